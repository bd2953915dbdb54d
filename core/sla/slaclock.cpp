// SPDX-License-Identifier: MIT
#include "slaclock.h"

#include <QSet>

#include <algorithm>

namespace Switchboard {

namespace {

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

} // namespace

QString SlaCrossing::key() const
{
    QLatin1String name("res");
    if (metric == SlaMetric::FirstResponse)
        name = QLatin1String("fr");
    else if (metric == SlaMetric::NextResponse)
        name = QLatin1String("nr");
    QString what = QStringLiteral("b");
    if (kind == Kind::Goal)
        what = QStringLiteral("g");
    else if (kind == Kind::Warning)
        what = QStringLiteral("w%1").arg(step);
    return QStringLiteral("%1:%2:%3").arg(name).arg(cycle).arg(what);
}

QList<SlaCrossing> SlaClockState::allCrossings() const
{
    QList<SlaCrossing> result;
    for (const SlaMetricState& metric : metrics)
        result.append(metric.crossings);
    std::stable_sort(result.begin(), result.end(),
                     [](const SlaCrossing& a, const SlaCrossing& b) { return a.atMs < b.atMs; });
    return result;
}

SlaClock::SlaClock(SlaPolicy policy, BusinessCalendar calendar)
    : m_policy(std::move(policy))
    , m_calendar(std::move(calendar))
{
    for (int i = 0; i < kSlaMetricCount; ++i) {
        if (const std::optional<SlaTarget>& target = m_policy.target(SlaMetric(i)))
            m_ladders[size_t(i)] = m_policy.warningThresholds(*target);
    }
}

bool SlaClock::pausedFor(SlaMetric metric) const
{
    if (m_status == TicketStatus::Pending)
        return true;
    if (m_status == TicketStatus::OnHold && m_policy.pauseOnHold)
        return true;
    // The resolution clock stops instead (finish()); the response clocks wait.
    return metric != SlaMetric::Resolution && isDone(m_status);
}

void SlaClock::start(Track& track, SlaMetric metric, qint64 at)
{
    const int cycle = track.cycle;
    track = Track();
    track.started = true;
    track.cycle = cycle + 1;
    track.warningAt.resize(m_ladders[size_t(metric)].size());
    // A threshold of 0 is passed the moment the clock starts: no segment
    // closes across it, as every segment starts with e >= 0.
    markCrossed(track, metric, at, -1, 0);
    openSegment(track, metric, at);
}

void SlaClock::openSegment(Track& track, SlaMetric metric, qint64 at)
{
    if (pausedFor(metric))
        track.pauseSince = at;
    else
        track.runSince = at;
}

void SlaClock::closeSegment(Track& track, SlaMetric metric, qint64 at)
{
    if (track.pauseSince) {
        track.pausedMs += at - *track.pauseSince;
        track.pauseSince.reset();
    }
    if (!track.runSince)
        return;
    const qint64 since = *track.runSince;
    const qint64 before = track.businessSeconds;
    const qint64 after = before + m_calendar.businessSecondsBetween(since, at);
    // Remember when this segment crossed its thresholds: once the segment is
    // closed, its start is gone and the instants could not be found.
    markCrossed(track, metric, since, before, after);
    track.businessSeconds = after;
    track.runSince.reset();
}

// Every threshold in (before, after] was reached in a run that started at
// since with before seconds counted. e floors each segment to whole seconds,
// so e reaches t exactly when the segment's business time reaches
// t - before seconds: the instant addBusinessSeconds finds, the same one the
// open segment projects in metricState().
void SlaClock::markCrossed(Track& track, SlaMetric metric, qint64 since, qint64 before,
                           qint64 after) const
{
    const std::optional<SlaTarget>& target = m_policy.target(metric);
    if (!target)
        return;
    auto mark = [&](std::optional<qint64>& slot, qint64 seconds) {
        if (!slot && before < seconds && seconds <= after)
            slot = m_calendar.addBusinessSeconds(
                since, std::max<qint64>(0, seconds - std::max<qint64>(before, 0)));
    };
    mark(track.goalAt, target->goalSeconds);
    mark(track.limitAt, target->limitSeconds);
    const QList<qint64>& ladder = m_ladders[size_t(metric)];
    for (qsizetype i = 0; i < ladder.size() && i < track.warningAt.size(); ++i)
        mark(track.warningAt[i], ladder[i]);
}

void SlaClock::finish(Track& track, SlaMetric metric, qint64 at)
{
    closeSegment(track, metric, at);
    track.finished = true;
    track.finishedAt = at;
}

void SlaClock::apply(const SlaInput& input)
{
    const qint64 at = std::max(input.atMs, m_lastAt);
    m_lastAt = at;
    Track& first = m_tracks[size_t(SlaMetric::FirstResponse)];
    Track& next = m_tracks[size_t(SlaMetric::NextResponse)];
    Track& resolution = m_tracks[size_t(SlaMetric::Resolution)];

    if (!m_created) {
        m_created = true;
        start(first, SlaMetric::FirstResponse, at);
        start(resolution, SlaMetric::Resolution, at);
        if (input.kind == SlaInput::Kind::Created)
            return;
    }

    switch (input.kind) {
    case SlaInput::Kind::Created:
        break; // a second creation changes nothing
    case SlaInput::Kind::CustomerMessage:
        // Before the first reply the first-response clock covers the message;
        // while a cycle is open the message joins it (the oldest one counts).
        if (m_replied && (!next.started || next.finished))
            start(next, SlaMetric::NextResponse, at);
        break;
    case SlaInput::Kind::PublicReply:
        if (!first.finished)
            finish(first, SlaMetric::FirstResponse, at);
        else if (next.started && !next.finished)
            finish(next, SlaMetric::NextResponse, at);
        m_replied = true;
        break;
    case SlaInput::Kind::StatusChanged: {
        std::array<bool, kSlaMetricCount> pausedBefore{};
        for (int i = 0; i < kSlaMetricCount; ++i)
            pausedBefore[size_t(i)] = pausedFor(SlaMetric(i));
        const bool wasDone = isDone(m_status);
        m_status = input.to;
        for (int i = 0; i < kSlaMetricCount; ++i) {
            const auto metric = SlaMetric(i);
            Track& track = m_tracks[size_t(i)];
            if (!track.started)
                continue;
            if (metric == SlaMetric::Resolution) {
                if (!track.finished && isDone(m_status)) {
                    finish(track, metric, at);
                    continue;
                }
                if (track.finished && wasDone && !isDone(m_status)) {
                    // Reopened: resume with the earlier time still counted.
                    track.finished = false;
                    openSegment(track, metric, at);
                    continue;
                }
            }
            // Splitting a segment only where the pause changes keeps the
            // whole-second sums independent of unrelated status changes.
            if (!track.finished && pausedBefore[size_t(i)] != pausedFor(metric)) {
                closeSegment(track, metric, at);
                openSegment(track, metric, at);
            }
        }
        break;
    }
    }
}

SlaMetricState SlaClock::metricState(SlaMetric metric, qint64 nowMs) const
{
    const Track& track = m_tracks[size_t(metric)];
    SlaMetricState out;
    out.target = m_policy.target(metric);
    if (!out.target || !track.started)
        return out;
    const SlaTarget target = *out.target;
    const qint64 now = std::max(nowMs, m_lastAt);

    out.phase = track.finished   ? SlaPhase::Finished
                : track.runSince ? SlaPhase::Running
                                 : SlaPhase::Paused;
    out.cycle = track.cycle;
    out.elapsedSeconds = track.businessSeconds;
    if (track.runSince)
        out.elapsedSeconds += m_calendar.businessSecondsBetween(*track.runSince, now);
    const qint64 pausedMs = track.pausedMs + (track.pauseSince ? now - *track.pauseSince : 0);
    out.pausedSeconds = pausedMs / 1000;
    out.secondsLeft = target.limitSeconds - out.elapsedSeconds;
    const qint64 e = out.elapsedSeconds;

    // When e reaches an offset: recorded if a closed segment passed it, else
    // where the open segment gets there; unknown while not running.
    auto instant = [&](const std::optional<qint64>& crossed,
                       qint64 seconds) -> std::optional<qint64> {
        if (crossed)
            return crossed;
        if (!track.runSince)
            return std::nullopt;
        return m_calendar.addBusinessSeconds(*track.runSince,
                                             std::max<qint64>(0, seconds - track.businessSeconds));
    };

    // A running clock lists what lies ahead too; otherwise nothing moves
    // until the next input, so only what was passed can be told.
    const QList<qint64>& ladder = m_ladders[size_t(metric)];
    auto add = [&](SlaCrossing::Kind kind, qsizetype step, const std::optional<qint64>& crossed,
                   qint64 seconds, bool passed) {
        if (!passed && !track.runSince)
            return;
        if (const std::optional<qint64> at = instant(crossed, seconds))
            out.crossings.append({metric, track.cycle, kind, int(step), *at});
    };
    if (target.goalSeconds < target.limitSeconds)
        add(SlaCrossing::Kind::Goal, 0, track.goalAt, target.goalSeconds, e > target.goalSeconds);
    for (qsizetype i = 0; i < ladder.size(); ++i) {
        if (ladder[i] > 0 && ladder[i] < target.limitSeconds)
            add(SlaCrossing::Kind::Warning, i, track.warningAt.at(i), ladder[i], e >= ladder[i]);
    }
    add(SlaCrossing::Kind::Breach, 0, track.limitAt, target.limitSeconds, e > target.limitSeconds);
    // Stable: equal instants keep the ladder order.
    std::stable_sort(out.crossings.begin(), out.crossings.end(),
                     [](const SlaCrossing& a, const SlaCrossing& b) {
                         return std::pair(a.atMs, a.kind) < std::pair(b.atMs, b.kind);
                     });

    if (track.finished) {
        if (e > target.limitSeconds) {
            out.state = SlaState::Breached;
            out.breachedAt = track.limitAt;
        } else {
            out.state = e > target.goalSeconds ? SlaState::AtGoal : SlaState::Met;
            out.metAt = track.finishedAt;
        }
        return out;
    }

    for (qint64 threshold : ladder) {
        if (threshold <= e)
            ++out.warningsPassed;
    }
    if (track.runSince) {
        for (const SlaCrossing& crossing : std::as_const(out.crossings)) {
            if (crossing.kind == SlaCrossing::Kind::Warning && ladder[crossing.step] > e) {
                out.nextWarningAt = crossing.atMs;
                break;
            }
        }
        out.goalDueAt = instant(track.goalAt, target.goalSeconds);
        out.limitDueAt = instant(track.limitAt, target.limitSeconds);
    }

    if (e > target.limitSeconds) {
        out.state = SlaState::Breached;
        out.breachedAt = instant(track.limitAt, target.limitSeconds);
    } else if (track.pauseSince) {
        out.state = SlaState::Paused;
    } else if (out.warningsPassed > 0) {
        out.state = SlaState::Warning;
    } else if (e > target.goalSeconds) {
        out.state = SlaState::AtGoal;
    } else {
        out.state = SlaState::Running;
    }
    return out;
}

SlaClockState SlaClock::state(qint64 nowMs) const
{
    SlaClockState out;
    for (int i = 0; i < kSlaMetricCount; ++i)
        out.metrics[size_t(i)] = metricState(SlaMetric(i), nowMs);
    return out;
}

SlaClockState SlaClock::compute(const QList<SlaInput>& inputs, const SlaPolicy& policy,
                                const BusinessCalendar& calendar, qint64 nowMs)
{
    SlaClock clock(policy, calendar);
    for (const SlaInput& input : inputs)
        clock.apply(input);
    return clock.state(nowMs);
}

QList<SlaInput> SlaClock::inputsFrom(const QList<TicketEvent>& events,
                                     const QList<Message>& messages)
{
    QList<SlaInput> inputs;
    inputs.reserve(events.size() + messages.size());
    QSet<qint64> replyTimes;
    for (const Message& message : messages) {
        if (message.kind == MessageKind::Customer) {
            inputs.append(SlaInput::customerMessage(message.createdAt));
        } else if (message.kind == MessageKind::Reply) {
            inputs.append(SlaInput::publicReply(message.createdAt));
            replyTimes.insert(message.createdAt);
        }
    }
    for (const TicketEvent& event : events) {
        if (event.kind == QLatin1String("created")) {
            inputs.append(SlaInput::created(event.at));
        } else if (event.kind == QLatin1String("reply")) {
            // Imported history records a reply as an event without a
            // message; a native reply has both and counts once.
            if (!replyTimes.contains(event.at))
                inputs.append(SlaInput::publicReply(event.at));
        } else if (event.kind == QLatin1String("status") ||
                   event.kind == QLatin1String("reopened")) {
            const bool reopened = event.kind == QLatin1String("reopened");
            const std::optional<TicketStatus> from = ticketStatusFromKey(event.oldValue);
            const std::optional<TicketStatus> to = ticketStatusFromKey(event.newValue);
            if (to || reopened) {
                inputs.append(SlaInput::statusChanged(
                    event.at, from.value_or(reopened ? TicketStatus::Resolved : TicketStatus::New),
                    to.value_or(TicketStatus::Open)));
            }
        }
    }
    // Creation first at its instant; otherwise messages before status changes
    // at the same instant, as a reply is written before the ticket is resolved.
    auto rank = [](const SlaInput& input) {
        switch (input.kind) {
        case SlaInput::Kind::Created:
            return 0;
        case SlaInput::Kind::CustomerMessage:
        case SlaInput::Kind::PublicReply:
            return 1;
        case SlaInput::Kind::StatusChanged:
            break;
        }
        return 2;
    };
    std::stable_sort(inputs.begin(), inputs.end(), [&](const SlaInput& a, const SlaInput& b) {
        return std::pair(a.atMs, rank(a)) < std::pair(b.atMs, rank(b));
    });
    return inputs;
}

} // namespace Switchboard
