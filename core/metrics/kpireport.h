// SPDX-License-Identifier: MIT
#pragma once

#include "durationstats.h"
#include "sla/slapolicy.h"
#include "tickets/ticket.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Switchboard {

// SLA outcomes of one metric decided in the period (docs/metrics.md, "sla").
struct SlaCompliance
{
    qint64 met = 0;
    qint64 atGoal = 0;
    qint64 breached = 0;

    qint64 measured() const { return met + atGoal + breached; }
    // (met + at goal) / measured, in percent; empty when nothing was measured.
    std::optional<double> compliancePercent() const;
    friend bool operator==(const SlaCompliance&, const SlaCompliance&) = default;
};

// Where resolved tickets spent their time, status by status (docs/metrics.md,
// "time_in_status").
struct TimeInStatus
{
    qint64 tickets = 0; // tickets measured: those resolved in the period
    // Mean seconds per ticket, indexed by TicketStatus; empty without tickets.
    std::array<std::optional<double>, 6> meanSeconds;
    // The working status (new, open, pending, on hold) with the largest
    // mean; empty without tickets or when every mean is 0.
    std::optional<TicketStatus> bottleneck;

    std::optional<double> mean(TicketStatus status) const { return meanSeconds[size_t(status)]; }
};

// The KPI table of a period: every figure of docs/metrics.md, computed by
// MetricsEngine. Percentages are 0..100; durations are seconds (business
// seconds of the reporting calendar when there is one). Empty optionals are
// figures that are undefined for the period (an average of nothing).
struct KpiReport
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool businessTime = false;
    QString calendarName;
    QTimeZone timeZone = QTimeZone::utc(); // of the volume grid

    qint64 ticketsCreated = 0;
    qint64 ticketsResolved = 0;
    qint64 backlogStart = 0;
    qint64 backlogEnd = 0;
    std::optional<double> resolvedPercent;

    DurationStats firstResponse;
    DurationStats response;
    DurationStats resolution;

    std::optional<double> fcrPercent;
    std::optional<double> reopenRatePercent;

    std::array<SlaCompliance, kSlaMetricCount> sla;

    qint64 ratingsCount = 0;
    std::optional<double> satisfactionAverage;
    std::optional<double> satisfiedPercent;

    qint64 workSeconds = 0;
    double workHours() const { return double(workSeconds) / 3600.0; }

    TimeInStatus timeInStatus;

    // Tickets created, by local weekday (0 = Monday) and hour of day.
    std::array<std::array<qint64, 24>, 7> volume{};

    // The JSON object of `report kpi --json`; its keys are those of docs/metrics.md.
    QJsonObject toJson() const;
};

} // namespace Switchboard
