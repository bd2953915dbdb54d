// SPDX-License-Identifier: MIT
#pragma once

#include "sla/slaclock.h"
#include "tickets/ticket.h"

#include <QList>

#include <array>
#include <optional>

namespace Switchboard {

// One thing in a ticket's history that a metric looks at.
struct MetricsEntry
{
    enum class Kind : quint8
    {
        CustomerMessage, // a message from the customer (table messages)
        Reply,           // a public reply: a 'reply' event, also for imports without messages
        Status,          // a 'status' or 'reopened' event; `to` is the new status
        Assignee,        // an 'assignee' event (read only when asked for agents)
    };
    Kind kind = Kind::Status;
    TicketStatus to = TicketStatus::New;
    qint64 at = 0; // UTC ms
    // Read only when asked for agents: the author of a Reply (0 when the
    // event names none) and the new assignee of an Assignee entry (0:
    // unassigned, or a login no agent has).
    AgentId agent = 0;
};

// A metric's outcome as SlaService last stored it in ticket_sla.
struct StoredSlaOutcome
{
    SlaPhase phase = SlaPhase::Inactive;
    SlaState state = SlaState::Inactive;
    std::optional<qint64> metAt;
    std::optional<qint64> breachedAt;
    std::optional<qint64> limitDueAt;
};

// What the metrics read of one ticket: its creation, stored SLA outcomes and
// the history before the end of the period, in time order (at one instant,
// customer messages, then events in the order they were written).
struct MetricsTicketHistory
{
    TicketId id = 0;
    qint64 createdAt = 0;
    GroupId groupId = 0; // 0: none
    std::array<StoredSlaOutcome, kSlaMetricCount> sla;
    QList<MetricsEntry> entries;
};

} // namespace Switchboard
