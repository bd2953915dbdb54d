// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace Switchboard {

// Business hours of a help desk: weekly open intervals in an IANA time zone,
// holidays, transferred working days and dates with their own hours. Answers
// "instant + N business minutes" and "business time between two instants".
//
// Business time is real elapsed time inside open intervals: each local open
// interval is converted to UTC with the zone's historical rules, so a skipped
// DST hour does not count and a repeated hour counts twice. A local boundary
// that does not exist (inside a DST gap) moves to the end of the gap, the
// first instant the clock shows a later time; a boundary that exists twice
// (inside a repeated hour) is its first occurrence.
//
// The UTC intervals are computed a whole local year at a time, when a query
// first needs that year, and kept with a prefix sum of business time, so a
// query is a binary search. Copies share that cache; it is guarded by a
// read-write lock, so a calendar may be used from several threads. Years
// from kFirstYear to kLastYear are computed; before and after them the
// calendar is closed. A year for which the rules name no holidays simply
// follows the weekly hours.
class BusinessCalendar
{
public:
    enum class Boundary
    {
        Close,    // ending exactly at a closing time gives that closing time
        NextOpen, // ... gives the next opening; 0 minutes outside hours move to the next opening
    };

    // A local open interval of one day, in seconds after midnight; end 86400 is "24:00".
    struct Interval
    {
        int startSecond = 0;
        int endSecond = 0;
        friend bool operator==(const Interval&, const Interval&) = default;
    };
    using DayHours = QList<Interval>;

    // Everything a calendar is made of; BusinessCalendar::create() checks it.
    struct Rules
    {
        QTimeZone zone;
        std::array<DayHours, 7> week; // index 0 is Monday
        QSet<QDate> holidays;         // closed whatever the weekday
        QSet<QDate> workdays;         // open although the weekday is closed
        std::optional<DayHours>
            workdayHours;                // hours of a workday; else the first Mon-Fri with hours
        QMap<QDate, DayHours> dateHours; // hours of one date, overriding everything else
    };

    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 9999;

    // An invalid calendar, closed at all times; use create().
    BusinessCalendar();

    // Checks the rules: a valid zone, intervals inside a day, in order and not
    // overlapping, at least one weekday with hours (so adding always ends),
    // no date both a holiday and a workday.
    static Result<BusinessCalendar> create(Rules rules);

    bool isValid() const { return m_data != nullptr; }
    const Rules& rules() const;
    QTimeZone timeZone() const;
    // The hours of one local date after holidays, workdays and date hours.
    DayHours hoursOn(const QDate& date) const;

    // All instants are UTC milliseconds since the epoch. minutes must not be negative.
    qint64 addBusinessMinutes(qint64 startMs, qint64 minutes,
                              Boundary boundary = Boundary::Close) const;
    qint64 addBusinessSeconds(qint64 startMs, qint64 seconds,
                              Boundary boundary = Boundary::Close) const;
    // 0 when endMs <= startMs; whole seconds (floor).
    qint64 businessSecondsBetween(qint64 startMs, qint64 endMs) const;
    // Whole minutes (floor).
    qint64 businessMinutesBetween(qint64 startMs, qint64 endMs) const;
    bool isOpenAt(qint64 ms) const;
    // ms itself when open, else the next opening (the end of kLastYear if none).
    qint64 nextOpening(qint64 ms) const;

    // The UTC instant of a local date and time of day (seconds, 86400 allowed),
    // with the gap and repeated-hour rules above.
    static qint64 localToUtcMs(const QTimeZone& zone, const QDate& date, int second);

private:
    struct Data;
    explicit BusinessCalendar(std::shared_ptr<Data> data);

    std::shared_ptr<Data> m_data;
};

} // namespace Switchboard
