// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "metricshistory.h"
#include "metricsquery.h"
#include "storage/database.h"

#include <QList>

#include <functional>
#include <optional>

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
    // withAgents also reads 'assignee' events (as Assignee entries) and the
    // author of each reply (MetricsEntry::agent), for the agents report.
    Status readHistories(const MetricsQuery& query,
                         const std::function<void(const MetricsTicketHistory&)>& visit,
                         bool withAgents = false) const;

    // The whole history of the given tickets (or of every ticket), for the
    // hourly facts (MetricsFactStore); ids that no ticket has are skipped.
    Status readHistoriesOf(const QList<TicketId>& ids,
                           const std::function<void(const MetricsTicketHistory&)>& visit) const;
    Status readAllHistories(const std::function<void(const MetricsTicketHistory&)>& visit) const;

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
    // Tickets created in the period that pass the filters, per channel and
    // type (key values as stored), in one grouped read of the creation index.
    Status createdByChannelAndType(
        const MetricsQuery& query,
        const std::function<void(const QString& channel, const QString& type, qint64 count)>& visit)
        const;
    // The same two, per UTC hour of the period (hours since the epoch), for
    // the facts-based report (MetricsEngine::kpiFromFacts).
    Status ratingsByHour(const MetricsQuery& query,
                         const std::function<void(qint64 hour, const RatingTotals&)>& visit) const;
    Status workSecondsByHour(const MetricsQuery& query,
                             const std::function<void(qint64 hour, qint64 seconds)>& visit) const;

    struct AgentInfo
    {
        AgentId id = 0;
        QString login;
        QString name;
    };
    // Every agent, active or not, by id.
    Result<QList<AgentInfo>> agents() const;

    // One rating given in the period, with the agent who was the ticket's
    // assignee when it was given (the last 'assignee' event at or before
    // rated_at) or, when nobody was, the first agent assigned after it
    // before the end of the period; 0 when none.
    struct AgentRating
    {
        AgentId agent = 0;
        int score = 0;
        std::optional<int> quality;
        std::optional<int> effectiveness;
        std::optional<int> communication;
    };
    // Ratings given in the period to tickets that pass the filters.
    Result<QList<AgentRating>> agentRatings(const MetricsQuery& query) const;

    // Calls `visit` once per ticket created in the period that passes the
    // filters, with its creation and the seconds of its time entries that
    // started before the end of the period (0 when it has none).
    Status
    createdTickets(const MetricsQuery& query,
                   const std::function<void(qint64 createdAt, qint64 workSeconds)>& visit) const;
    // Calls `visit` once per time entry started in the period on a ticket
    // that passes the filters.
    Status timeEntries(
        const MetricsQuery& query,
        const std::function<void(AgentId agent, qint64 startedAt, qint64 seconds)>& visit) const;
    // Calls `visit` once per public reply in the period whose event names
    // its author, on the tickets readHistories() reads.
    Status replies(const MetricsQuery& query,
                   const std::function<void(AgentId agent, qint64 at)>& visit) const;

    // A value of app_settings; nullopt when the key is not set.
    Result<std::optional<QString>> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value) const;

private:
    // Fills temp.metrics_scope with the tickets readHistories() reads.
    Status fillScope(const MetricsQuery& query) const;
    // Fills it with the ids, or every ticket when ids is null.
    Status fillScopeWith(const QList<TicketId>* ids) const;
    // Streams the histories of the tickets in temp.metrics_scope before toMs.
    Status readScope(qint64 toMs, const std::function<void(const MetricsTicketHistory&)>& visit,
                     bool withAgents) const;

    DatabasePtr m_database;
};

} // namespace Switchboard
