// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Switchboard {

// Where a slot's average handling time comes from (docs/staffing.md,
// "Staffing from history").
enum class AhtSource
{
    Slot,    // the time entries of the tickets created in the slot
    Period,  // too few of those: the time entries of all tickets of the period
    Default, // no time entries at all: the default AHT
};
QString toKey(AhtSource source); // "slot", "period", "default"

// One weekday-and-hour of the staffing plan, from the history of the period.
struct StaffingSlot
{
    int weekday = 1;    // 1 = Monday .. 7 = Sunday, local time of the reporting zone
    int hour = 0;       // 0 .. 23
    double hours = 0;   // how many hours of the period fall in this slot
    qint64 tickets = 0; // tickets created in those hours
    // tickets / hours; empty when the period holds none of this slot
    std::optional<double> arrivalsPerHour;
    double ahtSeconds = 0;
    AhtSource ahtSource = AhtSource::Default;
    qint64 ahtTickets = 0; // tickets with time entries behind a Slot or Period AHT
    // Erlang C for arrivalsPerHour and ahtSeconds: the fewest agents reaching
    // the target, the service level they reach and the traffic in erlangs;
    // empty with arrivalsPerHour.
    std::optional<int> agentsNeeded;
    std::optional<double> serviceLevel;
    std::optional<double> trafficErlangs;
    // The mean number of distinct agents who replied or had time entries in
    // one of these hours; empty with arrivalsPerHour.
    std::optional<double> agentsAvailable;
};

// The staffing plan of `report staffing`: agents needed and available per
// weekday and hour, computed by MetricsEngine::staffing().
struct StaffingReport
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool businessTime = false; // a reporting calendar was given (its zone is used)
    QString calendarName;
    QTimeZone timeZone = QTimeZone::utc();

    double targetServiceLevel = 0; // a fraction
    double answerWithinSeconds = 0;
    double defaultAhtSeconds = 0;
    int minSlotAhtTickets = 0;

    qint64 tickets = 0; // created in the period
    // Mean work time of the period's tickets that have time entries, and
    // their number; empty when none has.
    std::optional<double> periodAhtSeconds;
    qint64 periodAhtTickets = 0;

    // Monday 00:00 first, then Monday 01:00, ...: index (weekday - 1) * 24 + hour.
    std::array<StaffingSlot, 7 * 24> grid;

    const StaffingSlot& slot(int weekday, int hour) const
    {
        return grid[size_t((weekday - 1) * 24 + hour)];
    }

    // The JSON object of `report staffing --json` (docs/staffing.md).
    QJsonObject toJson() const;
};

} // namespace Switchboard
