// SPDX-License-Identifier: MIT
#pragma once

#include "businesscalendar.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Switchboard {

// The calendar file format of docs/CLI.md ("Calendars"): reads a JSON file
// into a BusinessCalendar, naming the file and the bad field in errors, and
// writes a calendar back in the same format. Besides the documented fields
// it reads and writes "date_hours" (an object from "YYYY-MM-DD" to the
// intervals of that date, overriding everything else) and ignores "name",
// "description" and "notes"; any other field is an error, to catch typos.
class CalendarFormat
{
public:
    // source names the file (or other origin) in error locations.
    static Result<BusinessCalendar> parse(const QByteArray& json, const QString& source);
    static Result<BusinessCalendar> load(const QString& path);
    static QByteArray serialise(const BusinessCalendar& calendar);

    // "HH:MM" or "HH:MM:SS"; "24:00" only where allowEndOfDay.
    static std::optional<int> parseTime(const QString& text, bool allowEndOfDay);
    // "HH:MM", with ":SS" only when the seconds are not zero; 86400 is "24:00".
    static QString formatTime(int second);
};

} // namespace Switchboard
