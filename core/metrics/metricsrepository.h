// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "metricshistory.h"
#include "metricsquery.h"
#include "storage/database.h"

#include <functional>

namespace Switchboard {

// The SQL behind the KPI report. Reads, never writes (except a temporary
// table of the tickets in scope, private to the connection). Call it on the
// thread whose connection it should use; wrap the calls of one report in a
// transaction so they see one snapshot.
class MetricsRepository
{
public:
    explicit MetricsRepository(DatabasePtr database);

    // NotFound for an unknown name or login.
    Result<GroupId> groupId(const QString& name) const;
    Result<AgentId> agentId(const QString& login) const;

    // Calls `visit` once per ticket that may count in the period, in id
    // order, with its history before query.toMs. The tickets are those that
    // pass the filters, were created before the end of the period and are
    // either open now or were last resolved on or after its start: every
    // ticket with something in the period, or open at its start or end, is
    // among them (docs/metrics.md, "Which tickets are read"). Three streamed
    // statements (tickets, events, customer messages) read through the
    // indexes tickets_open_created, tickets_resolved, ticket_events_ticket
    // and messages_ticket, merged by ticket id.
    Status readHistories(const MetricsQuery& query,
                         const std::function<void(const MetricsTicketHistory&)>& visit) const;

    struct RatingTotals
    {
        qint64 count = 0;
        qint64 scoreSum = 0;
        qint64 satisfied = 0; // score 4 or 5
    };
    // Ratings given in the period to tickets that pass the filters.
    Result<RatingTotals> ratings(const MetricsQuery& query) const;
    // Seconds of time entries started in the period on tickets that pass the filters.
    Result<qint64> workSeconds(const MetricsQuery& query) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
