// SPDX-License-Identifier: MIT
#pragma once

#include "businesscalendar.h"
#include "common/result.h"
#include "slapolicy.h"
#include "storage/database.h"

#include <QByteArray>
#include <QStringList>

namespace Switchboard {

// A calendar as Settings lists it.
struct SlaCalendarEntry
{
    QString spec; // what a policy names: "builtin:ru-2026" or a stored name
    bool builtin = false;
    qint64 updatedAt = 0; // UTC ms; 0 for built-ins
};

// The SLA configuration of a help desk: the ordered policies and the
// calendars they run on, stored in sla_policies and sla_calendars as the JSON
// of SlaPolicyFormat and CalendarFormat. Built-in calendars
// (CalendarCatalog) are read-only and always available; stored calendars
// have plain names. Until policies are saved the shipped defaults apply.
class SlaConfigRepository
{
public:
    explicit SlaConfigRepository(DatabasePtr database);

    // The stored policies, or defaultSlaPolicies() when none are stored.
    Result<SlaPolicySet> policies() const;
    Result<bool> hasStoredPolicies() const;
    // Validates (limits >= goals, unique names, every calendar resolvable, at
    // least one policy) and replaces the stored list in one transaction.
    // Does not recompute tickets; SlaService::savePolicies does both.
    Status savePolicies(const SlaPolicySet& policies, qint64 nowMs) const;

    // Built-ins first, then the stored calendars by name.
    Result<QList<SlaCalendarEntry>> calendars() const;
    // "builtin:NAME" or the name of a stored calendar.
    Result<BusinessCalendar> calendar(const QString& spec) const;
    // Creates or replaces a stored calendar. The name must not be empty or
    // start with "builtin:".
    Status saveCalendar(const QString& name, const BusinessCalendar& calendar, qint64 nowMs) const;
    // Refused while a stored policy uses the calendar.
    Status removeCalendar(const QString& name) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
