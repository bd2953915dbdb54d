// SPDX-License-Identifier: MIT
#pragma once

#include "businesscalendar.h"
#include "common/result.h"

#include <QStringList>

namespace Switchboard {

// Finds a calendar by the name a user gives: "builtin:NAME" or a file path.
// The built-ins are the two generic calendars and the national production
// calendars compiled in from resources/calendars/:
//   24x7           always open, UTC
//   weekdays-9-18  Monday to Friday 09:00-18:00 in the system time zone
//   ru-2025, ru-2026, ru  Russia (Europe/Moscow), Mon-Fri 09:00-18:00, federal
//                  holidays, transferred working days, pre-holiday days closing at 17:00
//   cn-2025, cn-2026, cn  mainland China (Asia/Shanghai), Mon-Fri 09:00-18:00
//                  without a lunch break, holidays and make-up working days (调休)
// Years the data does not cover follow the weekly hours alone.
class CalendarCatalog
{
public:
    static QStringList builtinNames(); // without the "builtin:" prefix
    static Result<BusinessCalendar> builtin(const QString& name);
    static Result<BusinessCalendar> resolve(const QString& spec);
};

} // namespace Switchboard
