// SPDX-License-Identifier: MIT
#include "ticketsla.h"

#include "common/tr.h"

namespace Switchboard {
namespace {

bool passed(const SlaMetricState& metric, SlaCrossing::Kind kind, qint64 nowMs)
{
    for (const SlaCrossing& crossing : metric.crossings) {
        if (crossing.kind == kind && crossing.atMs <= nowMs)
            return true;
    }
    return false;
}

} // namespace

SlaMetricState TicketSla::metricAt(SlaMetric metric, qint64 nowMs,
                                   const BusinessCalendar& calendar) const
{
    SlaMetricState result = state[metric];
    if (nowMs <= computedAt || !result.target)
        return result;
    if (result.phase == SlaPhase::Paused) {
        result.pausedSeconds += (nowMs - computedAt) / 1000;
        return result;
    }
    if (result.phase != SlaPhase::Running)
        return result;
    result.elapsedSeconds += calendar.businessSecondsBetween(computedAt, nowMs);
    result.secondsLeft = result.target->limitSeconds - result.elapsedSeconds;
    result.warningsPassed = 0;
    result.nextWarningAt.reset();
    for (const SlaCrossing& crossing : result.crossings) {
        if (crossing.kind != SlaCrossing::Kind::Warning)
            continue;
        if (crossing.atMs <= nowMs)
            ++result.warningsPassed;
        else if (!result.nextWarningAt)
            result.nextWarningAt = crossing.atMs;
    }
    if (passed(result, SlaCrossing::Kind::Breach, nowMs)) {
        result.state = SlaState::Breached;
        if (!result.breachedAt)
            result.breachedAt = result.limitDueAt;
    } else if (result.warningsPassed > 0) {
        result.state = SlaState::Warning;
    } else if (passed(result, SlaCrossing::Kind::Goal, nowMs)) {
        result.state = SlaState::AtGoal;
    } else {
        result.state = SlaState::Running;
    }
    return result;
}

std::optional<SlaMetric> TicketSla::mostUrgent() const
{
    std::optional<SlaMetric> best;
    for (int i = 0; i < kSlaMetricCount; ++i) {
        const SlaMetricState& metric = state.metrics[size_t(i)];
        if (!metric.limitDueAt)
            continue;
        if (!best || *metric.limitDueAt < *state[*best].limitDueAt)
            best = SlaMetric(i);
    }
    return best;
}

QString toKey(SlaState state)
{
    switch (state) {
    case SlaState::Inactive:
        return QStringLiteral("inactive");
    case SlaState::Running:
        return QStringLiteral("running");
    case SlaState::Paused:
        return QStringLiteral("paused");
    case SlaState::Met:
        return QStringLiteral("met");
    case SlaState::AtGoal:
        return QStringLiteral("at_goal");
    case SlaState::Warning:
        return QStringLiteral("warning");
    case SlaState::Breached:
        break;
    }
    return QStringLiteral("breached");
}

QString toKey(SlaMetric metric)
{
    switch (metric) {
    case SlaMetric::FirstResponse:
        return QStringLiteral("first_response");
    case SlaMetric::NextResponse:
        return QStringLiteral("next_response");
    case SlaMetric::Resolution:
        break;
    }
    return QStringLiteral("resolution");
}

QString displayName(SlaState state)
{
    switch (state) {
    case SlaState::Inactive:
        return Tr::tr("not measured");
    case SlaState::Running:
        return Tr::tr("running");
    case SlaState::Paused:
        return Tr::tr("paused");
    case SlaState::Met:
        return Tr::tr("met");
    case SlaState::AtGoal:
        return Tr::tr("past goal");
    case SlaState::Warning:
        return Tr::tr("warning");
    case SlaState::Breached:
        break;
    }
    return Tr::tr("breached");
}

QString displayName(SlaMetric metric)
{
    switch (metric) {
    case SlaMetric::FirstResponse:
        return Tr::tr("First response");
    case SlaMetric::NextResponse:
        return Tr::tr("Next response");
    case SlaMetric::Resolution:
        break;
    }
    return Tr::tr("Resolution");
}

} // namespace Switchboard
