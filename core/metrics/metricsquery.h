// SPDX-License-Identifier: MIT
#pragma once

#include "sla/businesscalendar.h"
#include "tickets/ticket.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Switchboard {

// What a KPI report covers: the period [fromMs, toMs) in UTC ms, how time is
// measured, and which tickets count. docs/metrics.md defines each figure.
struct MetricsQuery
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive

    // The reporting calendar: durations are its business seconds, and the
    // volume grid uses its time zone. Empty: calendar (wall-clock) time, UTC.
    std::optional<BusinessCalendar> calendar;
    QString calendarName; // how the user named it ("builtin:ru-2026"), for the report

    // Filters on a ticket's current fields; an empty list does not filter.
    // Values within one list are alternatives (any of them), lists combine
    // (all of them). A ticket passes tags when it has any of them.
    QList<GroupId> groups;
    QList<AgentId> agents; // the current assignee
    QList<Channel> channels;
    QList<TicketType> types;
    QList<int> priorities;
    QStringList tags;
};

} // namespace Switchboard
