// SPDX-License-Identifier: MIT
#pragma once

#include "ticket.h"

#include <QStringList>
#include <Qt>
#include <QVariantList>

#include <optional>

namespace Switchboard {

// QueueRow::slaDueAt of a ticket with no running SLA clock; sorts last.
inline constexpr qint64 kNoSlaDeadline = 253402300799000;

// Which tickets a queue view shows.
enum class QueueScope
{
    Open,             // new, open, pending, on hold
    Unassigned,       // open scope and nobody assigned
    All,              // every ticket ever recorded
    BreachingSoon,    // open scope with a running SLA limit before QueueQuery::dueBeforeMs
    Mine,             // open scope assigned to QueueQuery::agentId
    Pending,          // waiting on the customer
    RecentlyResolved, // resolved or closed since QueueQuery::resolvedSinceMs
};

// Whether a scope holds open tickets only, so the open partial indexes serve it.
inline bool isOpenScope(QueueScope scope)
{
    return scope != QueueScope::All && scope != QueueScope::RecentlyResolved;
}

// Columns the queue can be ordered by; each is backed by an index so the
// first page of any order is read without sorting the whole table.
enum class QueueSortKey
{
    Id,
    Subject,
    Requester,
    Channel,
    Type,
    Priority,
    Status,
    Assignee,
    Created,
    // The nearest running SLA limit (tickets.sla_due_at): overdue first, then
    // by time left; tickets whose clocks are paused or stopped come last.
    Urgency,
};

// Conditions on ticket fields a queue view adds to its scope: a ticket shows
// when it matches every non-empty part, and a list part when its field is any
// of the listed values. Saved filters (savedfilterrepository.h) store it by
// names; here everything is an id or a key, ready to be bound.
struct QueueFilter
{
    QList<TicketStatus> statuses;
    QList<int> priorities;
    QList<TicketType> types;
    QList<Channel> channels;
    QList<GroupId> groups;
    QList<AgentId> assignees; // 0 stands for "unassigned"
    QStringList tags;         // any of them, compared exactly
    // Created in [from, to), UTC ms; either end may be open.
    std::optional<qint64> createdFromMs;
    std::optional<qint64> createdToMs;

    bool isEmpty() const
    {
        return statuses.isEmpty() && priorities.isEmpty() && types.isEmpty() &&
               channels.isEmpty() && groups.isEmpty() && assignees.isEmpty() && tags.isEmpty() &&
               !createdFromMs && !createdToMs;
    }
    bool operator==(const QueueFilter&) const = default;
};

// A queue view: scope, filter, free text and order. Pure value; the
// repository turns it into SQL with bound parameters.
struct QueueQuery
{
    QueueScope scope = QueueScope::Open;
    QueueFilter filter;
    QString search; // matches #id, subject or requester name/e-mail, case-insensitive
    QueueSortKey sortKey = QueueSortKey::Urgency;
    Qt::SortOrder order = Qt::AscendingOrder;
    // BreachingSoon: UTC ms; the caller sets it from its clock ("now + 2 h").
    qint64 dueBeforeMs = 0;
    AgentId agentId = 0;        // Mine: whose tickets
    qint64 resolvedSinceMs = 0; // RecentlyResolved: UTC ms, set by the caller from its clock

    bool operator==(const QueueQuery&) const = default;
};

// One row of the queue table.
struct QueueRow
{
    TicketId id = 0;
    QString subject;
    QString requesterName;
    QString requesterEmail;
    Channel channel = Channel::Email;
    TicketType type = TicketType::Consultation;
    int priority = 3;
    TicketStatus status = TicketStatus::New;
    QString assigneeName; // empty when unassigned
    qint64 createdAt = 0;
    qint64 slaDueAt = 0; // the nearest running SLA limit, kNoSlaDeadline when none runs
    // The values of the sort key for this row; passed back to fetch the next page.
    QVariantList cursor;
};

} // namespace Switchboard
