// SPDX-License-Identifier: MIT
#include "metricsrepository.h"

#include "common/tr.h"
#include "pgstatement.h"
#include "storage/sqldialect.h"
#include "storage/sqlitestatement.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace Switchboard {
namespace {

Q_LOGGING_CATEGORY(lcMetricsSql, "switchboard.metrics.sql")

Error sqlError(const QSqlQuery& query, const QString& what)
{
    qCWarning(lcMetricsSql) << what << query.lastError().text();
    return Error{ErrorKind::Runtime, what, query.lastError().text()};
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

// The filters of a query as SQL on the tickets alias t: only placeholders
// are written into the text, the values are bound.
struct TicketFilter
{
    QString sql;
    QVariantList values;

    template <typename List, typename Convert>
    void add(const QString& column, const List& list, Convert convert)
    {
        if (list.isEmpty())
            return;
        QStringList marks;
        for (const auto& item : list) {
            marks << QStringLiteral("?");
            values << convert(item);
        }
        sql += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(u','));
    }
};

TicketFilter ticketFilter(const MetricsQuery& query)
{
    TicketFilter filter;
    auto same = [](const auto& value) { return QVariant::fromValue(value); };
    auto key = [](const auto& value) { return QVariant(toKey(value)); };
    filter.add(QStringLiteral("t.group_id"), query.groups, same);
    filter.add(QStringLiteral("t.assignee_id"), query.agents, same);
    filter.add(QStringLiteral("t.channel"), query.channels, key);
    filter.add(QStringLiteral("t.type"), query.types, key);
    filter.add(QStringLiteral("t.priority"), query.priorities, same);
    if (!query.tags.isEmpty()) {
        TicketFilter tags;
        tags.add(QStringLiteral("g.tag"), query.tags, same);
        filter.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM ticket_tags g "
                                     "WHERE g.ticket_id = t.id%1)")
                          .arg(tags.sql);
        filter.values << tags.values;
    }
    return filter;
}

// The status key order of TicketStatus, decoded in SQL so the loop reads integers.
const QString kStatusCase =
    QStringLiteral("CASE e.new_value WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 "
                   "WHEN 'on_hold' THEN 3 WHEN 'resolved' THEN 4 WHEN 'closed' THEN 5 ELSE -1 END");

// The connection's table of tickets in scope. PostgreSQL has no "temp"
// schema alias; pg_temp names the session's own schema the same way.
QString scopeTable(const QSqlDatabase& db)
{
    return SqlDialect::of(db).isPostgres() ? QStringLiteral("pg_temp.metrics_scope")
                                           : QStringLiteral("temp.metrics_scope");
}

// Creates the connection's scope table if needed and empties it.
bool resetScope(const QSqlDatabase& db, QSqlQuery& scope)
{
    if (!SqlDialect::of(db).isPostgres())
        return scope.exec(QStringLiteral(
                   "CREATE TEMP TABLE IF NOT EXISTS metrics_scope (id INTEGER PRIMARY KEY)")) &&
               scope.exec(QStringLiteral("DELETE FROM temp.metrics_scope"));
    // TRUNCATE, not DELETE: nothing vacuums temporary tables, and a
    // dashboard refills this one on every refresh of a long session.
    return scope.exec(QStringLiteral(
               "CREATE TEMP TABLE IF NOT EXISTS metrics_scope (id BIGINT PRIMARY KEY)")) &&
           scope.exec(QStringLiteral("TRUNCATE pg_temp.metrics_scope"));
}

// After filling the scope on PostgreSQL: nothing analyses temporary tables
// either, and without statistics the planner guesses its size.
bool analyseScope(const QSqlDatabase& db, QSqlQuery& scope)
{
    if (!SqlDialect::of(db).isPostgres())
        return true;
    return scope.exec(QStringLiteral("ANALYZE pg_temp.metrics_scope"));
}

template <typename Statement> StoredSlaOutcome readOutcome(const Statement& statement, int column)
{
    StoredSlaOutcome outcome;
    outcome.phase = SlaPhase(statement.int64(column));
    outcome.state = SlaState(statement.int64(column + 1));
    outcome.metAt = statement.optionalInt64(column + 2);
    outcome.breachedAt = statement.optionalInt64(column + 3);
    outcome.limitDueAt = statement.optionalInt64(column + 4);
    return outcome;
}

} // namespace

MetricsRepository::MetricsRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<GroupId> MetricsRepository::groupId(const QString& name) const
{
    QSqlQuery query(m_database->connection());
    if (!run(query, QStringLiteral("SELECT id FROM groups WHERE name = ?"), {name}))
        return sqlError(query, Tr::tr("could not read the groups"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such group"), name};
    return query.value(0).toLongLong();
}

Result<AgentId> MetricsRepository::agentId(const QString& login) const
{
    QSqlQuery query(m_database->connection());
    if (!run(query, QStringLiteral("SELECT id FROM agents WHERE login = ?"), {login}))
        return sqlError(query, Tr::tr("could not read the agents"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such agent"), login};
    return query.value(0).toLongLong();
}

Status MetricsRepository::fillScope(const MetricsQuery& query) const
{
    const QSqlDatabase db = m_database->connection();
    const TicketFilter filter = ticketFilter(query);

    // The scope: a temporary table (this connection's own) so the three
    // streams below walk the same ids in the same order. Open tickets come
    // from an index of open tickets. Done tickets are those resolved since
    // the start and created before the end: read through whichever of the
    // two indexes holds fewer of them, as counted on the index alone (a
    // recent period has few resolved since its start, an old one few
    // created before its end); the second count stops at the first.
    // PostgreSQL picks the index itself, from its statistics.
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery scope(db);
    if (!resetScope(db, scope))
        return sqlError(scope, Tr::tr("could not prepare the report"));
    bool byCreation = false;
    if (!dialect.isPostgres()) {
        if (!run(scope, QStringLiteral("SELECT count(*) FROM tickets WHERE resolved_at >= ?"),
                 {query.fromMs}) ||
            !scope.next())
            return sqlError(scope, Tr::tr("could not select the tickets of the report"));
        const qint64 resolvedSince = scope.value(0).toLongLong();
        if (!run(scope,
                 QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets WHERE created_at < ? "
                                "LIMIT ?)"),
                 {query.toMs, resolvedSince + 1}) ||
            !scope.next())
            return sqlError(scope, Tr::tr("could not select the tickets of the report"));
        byCreation = scope.value(0).toLongLong() <= resolvedSince;
    }
    QVariantList values{query.toMs};
    values << filter.values << query.fromMs << query.toMs << filter.values;
    if (!run(scope,
             dialect.withoutPlanHints(
                 QStringLiteral("INSERT INTO %3 (id) "
                                "SELECT t.id FROM tickets t WHERE t.status_rank < 4 "
                                "AND t.created_at < ?%1 "
                                "UNION "
                                "SELECT t.id FROM tickets t INDEXED BY %2 WHERE t.resolved_at >= ? "
                                "AND t.created_at < ?%1")
                     .arg(filter.sql,
                          byCreation ? QStringLiteral("tickets_created")
                                     : QStringLiteral("tickets_resolved"),
                          scopeTable(db))),
             values) ||
        !analyseScope(db, scope))
        return sqlError(scope, Tr::tr("could not select the tickets of the report"));
    scope.finish();
    return {};
}

Status
MetricsRepository::readHistories(const MetricsQuery& query,
                                 const std::function<void(const MetricsTicketHistory&)>& visit,
                                 bool withAgents) const
{
    if (Status scope = fillScope(query); !scope)
        return scope;
    return readScope(query.toMs, visit, withAgents);
}

Status MetricsRepository::fillScopeWith(const QList<TicketId>* ids) const
{
    const QSqlDatabase db = m_database->connection();
    QSqlQuery scope(db);
    if (!resetScope(db, scope))
        return sqlError(scope, Tr::tr("could not prepare the report"));
    if (!ids) {
        if (!scope.exec(
                QStringLiteral("INSERT INTO %1 (id) SELECT id FROM tickets").arg(scopeTable(db))) ||
            !analyseScope(db, scope))
            return sqlError(scope, Tr::tr("could not select the tickets of the report"));
        return {};
    }
    if (SqlDialect::of(db).isPostgres()) {
        // One statement, not a round trip per id.
        QStringList list;
        list.reserve(ids->size());
        for (TicketId id : *ids)
            list << QString::number(id);
        if (!run(scope,
                 QStringLiteral("INSERT INTO pg_temp.metrics_scope (id) "
                                "SELECT unnest(CAST(? AS BIGINT[])) ON CONFLICT DO NOTHING"),
                 {QStringLiteral("{%1}").arg(list.join(u','))}) ||
            !analyseScope(db, scope))
            return sqlError(scope, Tr::tr("could not select the tickets of the report"));
        return {};
    }
    scope.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.metrics_scope (id) VALUES (?)"));
    for (TicketId id : *ids) {
        scope.addBindValue(id);
        if (!scope.exec())
            return sqlError(scope, Tr::tr("could not select the tickets of the report"));
    }
    return {};
}

Status MetricsRepository::readHistoriesOf(
    const QList<TicketId>& ids, const std::function<void(const MetricsTicketHistory&)>& visit) const
{
    if (Status scope = fillScopeWith(&ids); !scope)
        return scope;
    return readScope(std::numeric_limits<qint64>::max(), visit, false);
}

Status MetricsRepository::readAllHistories(
    const std::function<void(const MetricsTicketHistory&)>& visit) const
{
    if (Status scope = fillScopeWith(nullptr); !scope)
        return scope;
    return readScope(std::numeric_limits<qint64>::max(), visit, false);
}

namespace {

// The three ordered streams readScope() merges by ticket id.
struct ScopeStreams
{
    QString tickets;
    QString events;   // binds the end of the period
    QString messages; // binds the end of the period
};

// Written once for both backends: on SQLite it runs on the C API as it
// always did, on PostgreSQL on three server-side cursors.
template <typename Statement>
Status mergeScope(const QSqlDatabase& db, const ScopeStreams& sql, qint64 toMs,
                  const std::function<void(const MetricsTicketHistory&)>& visit)
{
    auto tickets = MetricsStatements<Statement>::stream(db, sql.tickets);
    if (!tickets)
        return tickets.error();
    auto events = MetricsStatements<Statement>::stream(db, sql.events);
    if (!events)
        return events.error();
    events->bind(1, toMs);
    auto messages = MetricsStatements<Statement>::stream(db, sql.messages);
    if (!messages)
        return messages.error();
    messages->bind(1, toMs);

    // Each stream is positioned on its next unread row (or exhausted).
    auto advance = [](Statement& statement, bool& more) -> Status {
        auto row = statement.step();
        if (!row)
            return row.error();
        more = *row;
        return {};
    };
    bool moreEvents = false;
    bool moreMessages = false;
    if (Status s = advance(*events, moreEvents); !s)
        return s;
    if (Status s = advance(*messages, moreMessages); !s)
        return s;

    MetricsTicketHistory history;
    QList<MetricsEntry> fromEvents;
    for (;;) {
        auto row = tickets->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        history.id = tickets->int64(0);
        history.createdAt = tickets->int64(1);
        history.groupId = tickets->int64(17);
        for (int metric = 0; metric < kSlaMetricCount; ++metric)
            history.sla[size_t(metric)] = readOutcome(*tickets, 2 + 5 * metric);

        history.entries.clear();
        fromEvents.clear();
        while (moreEvents && events->int64(0) <= history.id) {
            if (events->int64(0) == history.id) {
                MetricsEntry entry;
                entry.at = events->int64(1);
                const int status = int(events->int64(4));
                if (events->int64(2) != 0) {
                    entry.kind = MetricsEntry::Kind::Reply;
                    entry.agent = events->optionalInt64(6).value_or(0);
                    fromEvents << entry;
                } else if (events->int64(5) != 0) {
                    // Before the status: a login may read like one ("open").
                    entry.kind = MetricsEntry::Kind::Assignee;
                    entry.agent = events->optionalInt64(6).value_or(0);
                    fromEvents << entry;
                } else if (status >= 0 || events->int64(3) != 0) {
                    // A reopening to a status we do not know goes back to open, as in SlaClock.
                    entry.to = status >= 0 ? TicketStatus(status) : TicketStatus::Open;
                    fromEvents << entry;
                }
            }
            if (Status s = advance(*events, moreEvents); !s)
                return s;
        }
        qsizetype next = 0;
        while (moreMessages && messages->int64(0) <= history.id) {
            if (messages->int64(0) == history.id) {
                const qint64 at = messages->int64(1);
                while (next < fromEvents.size() && fromEvents.at(next).at < at)
                    history.entries << fromEvents.at(next++);
                history.entries << MetricsEntry{MetricsEntry::Kind::CustomerMessage,
                                                TicketStatus::New, at};
            }
            if (Status s = advance(*messages, moreMessages); !s)
                return s;
        }
        while (next < fromEvents.size())
            history.entries << fromEvents.at(next++);
        visit(history);
    }
    return {};
}

} // namespace

Status MetricsRepository::readScope(qint64 toMs,
                                    const std::function<void(const MetricsTicketHistory&)>& visit,
                                    bool withAgents) const
{
    const QSqlDatabase db = m_database->connection();
    const SqlDialect dialect = SqlDialect::of(db);
    const QString scope = scopeTable(db);

    // CROSS JOIN keeps the scope the outer loop (SQLite does not reorder
    // it), so each ticket's rows are an index range read in order: no scan
    // of the whole history and no sort. PostgreSQL plans the joins itself.
    ScopeStreams sql;
    sql.tickets = dialect.withoutPlanHints(
        QStringLiteral("SELECT t.id, t.created_at, "
                       "COALESCE(s.fr_phase, 0), COALESCE(s.fr_state, 0), s.fr_met_at, "
                       "s.fr_breached_at, s.fr_limit_due, "
                       "COALESCE(s.nr_phase, 0), COALESCE(s.nr_state, 0), s.nr_met_at, "
                       "s.nr_breached_at, s.nr_limit_due, "
                       "COALESCE(s.res_phase, 0), COALESCE(s.res_state, 0), "
                       "s.res_met_at, s.res_breached_at, s.res_limit_due, "
                       "COALESCE(t.group_id, 0) "
                       "FROM %1 m CROSS JOIN tickets t ON t.id = m.id "
                       "LEFT JOIN ticket_sla s ON s.ticket_id = m.id ORDER BY m.id")
            .arg(scope));
    // With agents: the reply's author, and the agent an 'assignee' event
    // names by login (NULL when it unassigns). The comparisons are integers
    // on SQLite and booleans on PostgreSQL; both read as 0 or 1.
    sql.events = dialect.withoutPlanHints(
        QStringLiteral("SELECT e.ticket_id, e.at, e.kind = 'reply', "
                       "e.kind = 'reopened', %1, %2 "
                       "FROM %4 m CROSS JOIN ticket_events e "
                       "ON e.ticket_id = m.id AND e.at < ? "
                       "WHERE e.kind IN ('status', 'reopened', 'reply'%3) "
                       "ORDER BY m.id, e.at, e.id")
            .arg(kStatusCase,
                 withAgents ? QStringLiteral("e.kind = 'assignee', CASE e.kind "
                                             "WHEN 'reply' THEN e.actor_id "
                                             "WHEN 'assignee' THEN (SELECT a.id FROM agents a "
                                             "WHERE a.login = e.new_value) END")
                            : QStringLiteral("0, NULL"),
                 withAgents ? QStringLiteral(", 'assignee'") : QString(), scope));
    sql.messages =
        dialect.withoutPlanHints(QStringLiteral("SELECT ms.ticket_id, ms.created_at "
                                                "FROM %1 m CROSS JOIN messages ms "
                                                "ON ms.ticket_id = m.id AND ms.created_at < ? "
                                                "WHERE ms.kind = 'customer' "
                                                "ORDER BY m.id, ms.created_at, ms.id")
                                     .arg(scope));
    if (dialect.isPostgres())
        return mergeScope<PgStatement>(db, sql, toMs, visit);
    return mergeScope<SqliteStatement>(db, sql, toMs, visit);
}

Result<MetricsRepository::RatingTotals> MetricsRepository::ratings(const MetricsQuery& query) const
{
    RatingTotals totals;
    Status read = ratingsByHour(query, [&](qint64, const RatingTotals& hour) {
        totals.count += hour.count;
        totals.scoreSum += hour.scoreSum;
        totals.satisfied += hour.satisfied;
    });
    if (!read)
        return read.error();
    return totals;
}

Result<qint64> MetricsRepository::workSeconds(const MetricsQuery& query) const
{
    qint64 seconds = 0;
    Status read = workSecondsByHour(query, [&](qint64, qint64 hour) { seconds += hour; });
    if (!read)
        return read.error();
    return seconds;
}

Status MetricsRepository::createdByChannelAndType(
    const MetricsQuery& query,
    const std::function<void(const QString&, const QString&, qint64)>& visit) const
{
    const TicketFilter filter = ticketFilter(query);
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    QVariantList values{query.fromMs, query.toMs};
    values << filter.values;
    if (!run(sql,
             QStringLiteral("SELECT t.channel, t.type, count(*) FROM tickets t "
                            "WHERE t.created_at >= ? AND t.created_at < ?%1 GROUP BY 1, 2")
                 .arg(filter.sql),
             values))
        return sqlError(sql, Tr::tr("could not count the tickets"));
    while (sql.next())
        visit(sql.value(0).toString(), sql.value(1).toString(), sql.value(2).toLongLong());
    return {};
}

Status MetricsRepository::ratingsByHour(
    const MetricsQuery& query, const std::function<void(qint64, const RatingTotals&)>& visit) const
{
    const TicketFilter filter = ticketFilter(query);
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    QVariantList values{query.fromMs, query.toMs};
    values << filter.values;
    if (!run(sql,
             QStringLiteral("SELECT r.rated_at / 3600000, count(*), sum(r.score), "
                            "sum(CASE WHEN r.score >= 4 THEN 1 ELSE 0 END) FROM ticket_ratings r "
                            "JOIN tickets t ON t.id = r.ticket_id "
                            "WHERE r.rated_at >= ? AND r.rated_at < ?%1 GROUP BY 1")
                 .arg(filter.sql),
             values))
        return sqlError(sql, Tr::tr("could not read the ratings"));
    while (sql.next())
        visit(sql.value(0).toLongLong(),
              RatingTotals{sql.value(1).toLongLong(), sql.value(2).toLongLong(),
                           sql.value(3).toLongLong()});
    return {};
}

Status MetricsRepository::workSecondsByHour(const MetricsQuery& query,
                                            const std::function<void(qint64, qint64)>& visit) const
{
    const TicketFilter filter = ticketFilter(query);
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    QVariantList values{query.fromMs, query.toMs};
    values << filter.values;
    if (!run(sql,
             m_database->dialect().withoutPlanHints(
                 QStringLiteral("SELECT w.started_at / 3600000, sum(w.seconds) FROM agents a "
                                "CROSS JOIN time_entries w ON w.agent_id = a.id "
                                "AND w.started_at >= ? AND w.started_at < ? "
                                "JOIN tickets t ON t.id = w.ticket_id WHERE 1 = 1%1 GROUP BY 1")
                     .arg(filter.sql)),
             values))
        return sqlError(sql, Tr::tr("could not read the time entries"));
    while (sql.next())
        visit(sql.value(0).toLongLong(), sql.value(1).toLongLong());
    return {};
}

Result<QList<MetricsRepository::AgentInfo>> MetricsRepository::agents() const
{
    QSqlQuery sql(m_database->connection());
    if (!sql.exec(QStringLiteral("SELECT id, login, name FROM agents ORDER BY id")))
        return sqlError(sql, Tr::tr("could not read the agents"));
    QList<AgentInfo> agents;
    while (sql.next())
        agents << AgentInfo{sql.value(0).toLongLong(), sql.value(1).toString(),
                            sql.value(2).toString()};
    return agents;
}

Result<QList<MetricsRepository::AgentRating>>
MetricsRepository::agentRatings(const MetricsQuery& query) const
{
    const TicketFilter filter = ticketFilter(query);
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    QVariantList values{query.toMs, query.fromMs, query.toMs};
    values << filter.values;
    // The assignee when the rating was given: the latest 'assignee' event
    // at or before it (index ticket_events_ticket); when that names nobody,
    // the first agent assigned after it, before the end of the period.
    const QString sqlText =
        QStringLiteral("SELECT COALESCE("
                       "(SELECT (SELECT a.id FROM agents a WHERE a.login = e.new_value) "
                       "FROM ticket_events e WHERE e.ticket_id = r.ticket_id "
                       "AND e.kind = 'assignee' AND e.at <= r.rated_at "
                       "ORDER BY e.at DESC, e.id DESC LIMIT 1), "
                       "(SELECT a.id FROM ticket_events e JOIN agents a ON a.login = e.new_value "
                       "WHERE e.ticket_id = r.ticket_id AND e.kind = 'assignee' "
                       "AND e.at > r.rated_at AND e.at < ? ORDER BY e.at, e.id LIMIT 1)), "
                       "r.score, r.quality, r.effectiveness, r.communication "
                       "FROM ticket_ratings r JOIN tickets t ON t.id = r.ticket_id "
                       "WHERE r.rated_at >= ? AND r.rated_at < ?%1");
    if (!run(sql, sqlText.arg(filter.sql), values))
        return sqlError(sql, Tr::tr("could not read the ratings"));
    auto optionalInt = [](const QVariant& value) {
        return value.isNull() ? std::optional<int>() : std::optional<int>(value.toInt());
    };
    QList<AgentRating> ratings;
    while (sql.next()) {
        ratings << AgentRating{sql.value(0).toLongLong(), sql.value(1).toInt(),
                               optionalInt(sql.value(2)), optionalInt(sql.value(3)),
                               optionalInt(sql.value(4))};
    }
    if (sql.lastError().isValid())
        return sqlError(sql, Tr::tr("could not read the ratings"));
    return ratings;
}

Status MetricsRepository::createdTickets(
    const MetricsQuery& query,
    const std::function<void(qint64 createdAt, qint64 workSeconds)>& visit) const
{
    const TicketFilter filter = ticketFilter(query);
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    QVariantList values{query.toMs, query.fromMs, query.toMs};
    values << filter.values;
    if (!run(
            sql,
            m_database->dialect().withoutPlanHints(
                QStringLiteral("SELECT t.created_at, (SELECT COALESCE(sum(w.seconds), 0) "
                               "FROM time_entries w WHERE w.ticket_id = t.id AND w.started_at < ?) "
                               "FROM tickets t INDEXED BY tickets_created "
                               "WHERE t.created_at >= ? AND t.created_at < ?%1")
                    .arg(filter.sql)),
            values))
        return sqlError(sql, Tr::tr("could not read the tickets"));
    while (sql.next())
        visit(sql.value(0).toLongLong(), sql.value(1).toLongLong());
    if (sql.lastError().isValid())
        return sqlError(sql, Tr::tr("could not read the tickets"));
    return {};
}

Status MetricsRepository::timeEntries(
    const MetricsQuery& query,
    const std::function<void(AgentId agent, qint64 startedAt, qint64 seconds)>& visit) const
{
    const TicketFilter filter = ticketFilter(query);
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    QVariantList values{query.fromMs, query.toMs};
    values << filter.values;
    // Through the agents: time_entries is indexed by (agent, start) only.
    if (!run(sql,
             m_database->dialect().withoutPlanHints(
                 QStringLiteral("SELECT w.agent_id, w.started_at, w.seconds FROM agents a "
                                "CROSS JOIN time_entries w ON w.agent_id = a.id "
                                "AND w.started_at >= ? AND w.started_at < ? "
                                "JOIN tickets t ON t.id = w.ticket_id WHERE 1 = 1%1")
                     .arg(filter.sql)),
             values))
        return sqlError(sql, Tr::tr("could not read the time entries"));
    while (sql.next())
        visit(sql.value(0).toLongLong(), sql.value(1).toLongLong(), sql.value(2).toLongLong());
    if (sql.lastError().isValid())
        return sqlError(sql, Tr::tr("could not read the time entries"));
    return {};
}

namespace {

template <typename Statement>
Status readReplies(const QSqlDatabase& db, const QString& sql, const MetricsQuery& query,
                   const std::function<void(AgentId agent, qint64 at)>& visit)
{
    auto statement = MetricsStatements<Statement>::stream(db, sql);
    if (!statement)
        return statement.error();
    statement->bind(1, query.fromMs);
    statement->bind(2, query.toMs);
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        visit(statement->int64(0), statement->int64(1));
    }
}

} // namespace

Status MetricsRepository::replies(const MetricsQuery& query,
                                  const std::function<void(AgentId agent, qint64 at)>& visit) const
{
    if (Status scope = fillScope(query); !scope)
        return scope;
    const QSqlDatabase db = m_database->connection();
    const QString sql = m_database->dialect().withoutPlanHints(
        QStringLiteral("SELECT e.actor_id, e.at FROM %1 m "
                       "CROSS JOIN ticket_events e ON e.ticket_id = m.id "
                       "AND e.at >= ? AND e.at < ? "
                       "WHERE e.kind = 'reply' AND e.actor_id IS NOT NULL")
            .arg(scopeTable(db)));
    if (m_database->backend() == SqlBackend::Postgres)
        return readReplies<PgStatement>(db, sql, query, visit);
    return readReplies<SqliteStatement>(db, sql, query, visit);
}

Result<std::optional<QString>> MetricsRepository::setting(const QString& key) const
{
    QSqlQuery sql(m_database->connection());
    if (!run(sql, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {key}))
        return sqlError(sql, Tr::tr("could not read the settings"));
    if (!sql.next())
        return std::optional<QString>();
    return std::optional<QString>(sql.value(0).toString());
}

Status MetricsRepository::setSetting(const QString& key, const QString& value) const
{
    QSqlQuery sql(m_database->connection());
    if (!run(sql,
             QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key, value}))
        return sqlError(sql, Tr::tr("could not save the settings"));
    return {};
}

} // namespace Switchboard
