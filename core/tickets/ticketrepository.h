// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "queuequery.h"
#include "storage/database.h"
#include "ticket.h"

namespace Switchboard {

// A group as pickers list it.
struct GroupSummary
{
    GroupId id = 0;
    QString name;
};

// Reads and writes tickets, agents and customers. The only place that knows
// the tickets' SQL; every method uses the calling thread's connection.
class TicketRepository
{
public:
    explicit TicketRepository(DatabasePtr database);

    // The next page of a queue view after `after` (null: the first page),
    // using keyset pagination so every page costs the same.
    Result<QList<QueueRow>> queuePage(const QueueQuery& query, const QueueRow* after,
                                      int limit) const;

    Result<TicketDetail> ticketDetail(TicketId id) const;

    Result<Agent> addAgent(const Agent& agent, qint64 nowMs);
    Result<Agent> agentByLogin(const QString& login) const;
    // Every agent, active ones first, by name: for assignee pickers.
    Result<QList<Agent>> agents() const;
    // Every group by name: for filter pickers.
    Result<QList<GroupSummary>> groups() const;
    Result<qint64> ticketCount() const;
    // Open tickets whose nearest running SLA limit is before dueBeforeMs
    // (overdue ones included): the "Breaching soon" count.
    Result<qint64> countDueBefore(qint64 dueBeforeMs) const;
    // The groups an agent belongs to.
    Result<QList<GroupId>> groupsOf(AgentId agent) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
