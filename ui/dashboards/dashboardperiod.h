// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace Switchboard {

// A reporting period of the dashboards, [fromMs, toMs) in UTC ms, and the
// rules that turn the period picker's choices into one: which instants
// "this week" or "last 30 days" cover in the user's time zone, which period
// a trend compares with, and how a period is cut into trend buckets.
struct DashboardPeriod
{
    enum class Kind
    {
        ThisWeek,    // from the start of the locale's week to now
        Last7Days,   // the 7 × 24 h before now
        Last30Days,  // the 30 × 24 h before now, as `report kpi` without --from
        ThisQuarter, // from the start of the calendar quarter to now
        Custom,      // whole local days, both dates included, cut at now
    };
    // How a trend cuts a period: days up to 31 days, weeks up to a year,
    // months beyond (so a long custom period stays a few dozen reports).
    enum class Step
    {
        Day,
        Week,
        Month,
    };

    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive

    // `from` and `to` are used by Custom only (swapped when reversed). Days
    // start at midnight in `zone`; a week starts on `firstDayOfWeek`.
    static DashboardPeriod of(Kind kind, qint64 nowMs, const QTimeZone& zone,
                              Qt::DayOfWeek firstDayOfWeek = Qt::Monday, QDate from = {},
                              QDate to = {});

    qint64 lengthMs() const { return toMs - fromMs; }
    bool isEmpty() const { return toMs <= fromMs; }
    // The period of the same length that ends where this one starts.
    DashboardPeriod previous() const { return {fromMs - lengthMs(), fromMs}; }

    Step trendStep() const;
    // The period cut at local midnights (Day), week starts (Week) or first
    // days of months (Month) in `zone`; the first and last bucket may be
    // partial. Together they cover the period exactly.
    QList<DashboardPeriod> buckets(const QTimeZone& zone,
                                   Qt::DayOfWeek firstDayOfWeek = Qt::Monday) const;

    friend bool operator==(const DashboardPeriod&, const DashboardPeriod&) = default;
};

} // namespace Switchboard
