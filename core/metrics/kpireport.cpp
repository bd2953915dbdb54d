// SPDX-License-Identifier: MIT
#include "kpireport.h"

#include "common/timeformat.h"

#include <QJsonArray>

#include <cmath>

namespace Switchboard {
namespace {

// Three decimals: milliseconds for durations, plenty for percentages.
QJsonValue number(const std::optional<double>& value)
{
    if (!value)
        return QJsonValue::Null;
    return std::round(*value * 1000.0) / 1000.0;
}

QJsonObject statsJson(const DurationStats& stats)
{
    return QJsonObject{
        {QStringLiteral("count"), stats.count},
        {QStringLiteral("total_seconds"), number(stats.totalSeconds)},
        {QStringLiteral("average_seconds"), number(stats.averageSeconds)},
        {QStringLiteral("median_seconds"), number(stats.medianSeconds)},
        {QStringLiteral("p90_seconds"), number(stats.p90Seconds)},
        {QStringLiteral("max_seconds"), number(stats.maxSeconds)},
    };
}

QJsonObject slaJson(const SlaCompliance& sla)
{
    return QJsonObject{
        {QStringLiteral("met"), sla.met},
        {QStringLiteral("at_goal"), sla.atGoal},
        {QStringLiteral("breached"), sla.breached},
        {QStringLiteral("measured"), sla.measured()},
        {QStringLiteral("compliance_pct"), number(sla.compliancePercent())},
    };
}

constexpr std::array kStatuses = {TicketStatus::New,      TicketStatus::Open,
                                  TicketStatus::Pending,  TicketStatus::OnHold,
                                  TicketStatus::Resolved, TicketStatus::Closed};

} // namespace

std::optional<double> SlaCompliance::compliancePercent() const
{
    if (measured() == 0)
        return std::nullopt;
    return 100.0 * double(met + atGoal) / double(measured());
}

QJsonObject KpiReport::toJson() const
{
    QJsonObject period{
        {QStringLiteral("from"), isoTimestamp(fromMs, timeZone)},
        {QStringLiteral("to"), isoTimestamp(toMs, timeZone)},
        {QStringLiteral("time_zone"), QString::fromUtf8(timeZone.id())},
        {QStringLiteral("time"),
         businessTime ? QStringLiteral("business") : QStringLiteral("calendar")},
        {QStringLiteral("calendar"),
         calendarName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(calendarName)},
    };

    QJsonObject means;
    for (const TicketStatus status : kStatuses)
        means.insert(toKey(status), number(timeInStatus.mean(status)));
    const QJsonObject statusTimes{
        {QStringLiteral("tickets"), timeInStatus.tickets},
        {QStringLiteral("mean_seconds"), means},
        {QStringLiteral("bottleneck"), timeInStatus.bottleneck
                                           ? QJsonValue(toKey(*timeInStatus.bottleneck))
                                           : QJsonValue(QJsonValue::Null)},
    };

    QJsonArray grid;
    for (const auto& day : volume) {
        QJsonArray hours;
        for (const qint64 count : day)
            hours.append(count);
        grid.append(hours);
    }

    return QJsonObject{
        {QStringLiteral("period"), period},
        {QStringLiteral("tickets_created"), ticketsCreated},
        {QStringLiteral("tickets_resolved"), ticketsResolved},
        {QStringLiteral("backlog_start"), backlogStart},
        {QStringLiteral("backlog_end"), backlogEnd},
        {QStringLiteral("resolved_pct"), number(resolvedPercent)},
        {QStringLiteral("first_response"), statsJson(firstResponse)},
        {QStringLiteral("response"), statsJson(response)},
        {QStringLiteral("resolution"), statsJson(resolution)},
        {QStringLiteral("fcr_pct"), number(fcrPercent)},
        {QStringLiteral("reopen_rate_pct"), number(reopenRatePercent)},
        {QStringLiteral("sla"),
         QJsonObject{
             {QStringLiteral("first_response"), slaJson(sla[size_t(SlaMetric::FirstResponse)])},
             {QStringLiteral("next_response"), slaJson(sla[size_t(SlaMetric::NextResponse)])},
             {QStringLiteral("resolution"), slaJson(sla[size_t(SlaMetric::Resolution)])},
         }},
        {QStringLiteral("ratings_count"), ratingsCount},
        {QStringLiteral("satisfaction_avg"), number(satisfactionAverage)},
        {QStringLiteral("satisfied_pct"), number(satisfiedPercent)},
        {QStringLiteral("work_hours"), number(workHours())},
        {QStringLiteral("time_in_status"), statusTimes},
        {QStringLiteral("volume_by_weekday_hour"), grid},
    };
}

} // namespace Switchboard
