// SPDX-License-Identifier: MIT
#include "slaclock.h"

#include <algorithm>

namespace Switchboard {

namespace {

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

} // namespace

SlaClock::SlaClock(SlaPolicy policy, BusinessCalendar calendar)
    : m_policy(std::move(policy))
    , m_calendar(std::move(calendar))
{}

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
    // Remember when this segment crossed the goal and the limit: once the
    // segment is closed, its start is gone and the instants could not be found.
    if (const std::optional<SlaTarget>& target = m_policy.target(metric)) {
        auto crossing = [&](std::optional<qint64>& slot, qint64 seconds) {
            if (!slot && before < seconds && after >= seconds)
                slot = m_calendar.addBusinessSeconds(since, seconds - before);
        };
        crossing(track.goalAt, target->goalSeconds);
        crossing(track.limitAt, target->limitSeconds);
    }
    track.businessSeconds = after;
    track.runSince.reset();
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

    out.cycle = track.cycle;
    out.elapsedSeconds = track.businessSeconds;
    if (track.runSince)
        out.elapsedSeconds += m_calendar.businessSecondsBetween(*track.runSince, now);
    const qint64 pausedMs = track.pausedMs + (track.pauseSince ? now - *track.pauseSince : 0);
    out.pausedSeconds = pausedMs / 1000;
    out.secondsLeft = target.limitSeconds - out.elapsedSeconds;
    const qint64 e = out.elapsedSeconds;

    // The instant the open segment reaches an offset, or the crossing already recorded.
    auto dueAt = [&](const std::optional<qint64>& crossed, qint64 seconds) -> qint64 {
        if (crossed)
            return *crossed;
        return m_calendar.addBusinessSeconds(*track.runSince,
                                             std::max<qint64>(0, seconds - track.businessSeconds));
    };

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

    const QList<qint64> thresholds = m_policy.warningThresholds(target);
    for (qint64 threshold : thresholds) {
        if (threshold <= e)
            ++out.warningsPassed;
        else if (track.runSince && !out.nextWarningAt)
            out.nextWarningAt = dueAt(std::nullopt, threshold);
    }
    if (track.runSince) {
        out.goalDueAt = dueAt(track.goalAt, target.goalSeconds);
        out.limitDueAt = dueAt(track.limitAt, target.limitSeconds);
    }

    if (e > target.limitSeconds) {
        out.state = SlaState::Breached;
        out.breachedAt = track.limitAt ? track.limitAt : out.limitDueAt;
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
    for (const Message& message : messages) {
        if (message.kind == MessageKind::Customer)
            inputs.append(SlaInput::customerMessage(message.createdAt));
        else if (message.kind == MessageKind::Reply)
            inputs.append(SlaInput::publicReply(message.createdAt));
    }
    for (const TicketEvent& event : events) {
        if (event.kind == QLatin1String("created")) {
            inputs.append(SlaInput::created(event.at));
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
