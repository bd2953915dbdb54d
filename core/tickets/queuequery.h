// SPDX-License-Identifier: MIT
#pragma once

#include "ticket.h"

#include <Qt>
#include <QVariantList>

namespace Switchboard {

// Which tickets a queue view shows.
enum class QueueScope
{
    Open,       // new, open, pending, on hold
    Unassigned, // open scope and nobody assigned
    All,        // every ticket ever recorded
};

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
    Created
};

// A queue view: scope, free-text filter and order. Pure value; the repository
// turns it into SQL with bound parameters.
struct QueueQuery
{
    QueueScope scope = QueueScope::Open;
    QString search; // matches #id, subject or requester name/e-mail, case-insensitive
    QueueSortKey sortKey = QueueSortKey::Priority;
    Qt::SortOrder order = Qt::AscendingOrder;

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
    // The values of the sort key for this row; passed back to fetch the next page.
    QVariantList cursor;
};

} // namespace Switchboard
