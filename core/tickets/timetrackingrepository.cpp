// SPDX-License-Identifier: MIT
#include "timetrackingrepository.h"

#include "common/logging.h"
#include "common/tr.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Switchboard {
namespace {

Error sqlError(const QSqlQuery& query, const QString& what)
{
    qCWarning(lcTickets) << what << query.lastError().text();
    return Error{ErrorKind::Runtime, what, query.lastError().text()};
}

QString ticketLocation(TicketId id)
{
    return QStringLiteral("#%1").arg(id);
}

Error busy(TicketId id)
{
    return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again"), ticketLocation(id)};
}

// Runs a prepared statement with its values bound in order.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

// Both parts are ids, never user text.
QString timerKey(AgentId agent, TicketId ticket)
{
    return QStringLiteral("timer.%1.%2").arg(agent).arg(ticket);
}

Result<AgentId> agentId(const QSqlDatabase& db, const QString& login)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT id FROM agents WHERE login = ?"), {login}))
        return sqlError(query, Tr::tr("could not read the agent"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such agent"), login};
    return query.value(0).toLongLong();
}

Status checkTicket(const QSqlDatabase& db, TicketId ticket)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"), {ticket}))
        return sqlError(query, Tr::tr("could not read the ticket"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such ticket"), ticketLocation(ticket)};
    return {};
}

// The agent's id once both the agent and the ticket are known to exist.
Result<AgentId> checkAgentAndTicket(const QSqlDatabase& db, const QString& login, TicketId ticket)
{
    auto agent = agentId(db, login);
    if (!agent)
        return agent;
    if (Status status = checkTicket(db, ticket); !status)
        return status.error();
    return agent;
}

// The running timer's start, read from its app_settings row. A value that is
// not a number (edited by hand) counts as no timer.
Result<std::optional<qint64>> timerStart(const QSqlDatabase& db, const QString& key)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {key}))
        return sqlError(query, Tr::tr("could not read the timer"));
    if (!query.next())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 start = query.value(0).toString().toLongLong(&ok);
    if (!ok) {
        qCWarning(lcTickets) << "ignoring the unreadable timer" << key;
        return std::optional<qint64>();
    }
    return std::optional<qint64>(start);
}

Status timeEvent(const QSqlDatabase& db, TicketId ticket, AgentId agent, const QVariant& oldValue,
                 const QVariant& newValue, qint64 now)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO ticket_events (ticket_id, actor_id, kind, old_value, "
                            "new_value, at) VALUES (?, ?, 'time', ?, ?, ?)"),
             {ticket, agent, oldValue, newValue, now}))
        return sqlError(query, Tr::tr("could not record the change"));
    return {};
}

// Inserts an entry and its history event; the caller holds the transaction.
Result<qint64> insertEntry(const QSqlDatabase& db, TicketId ticket, AgentId agent, qint64 startedAt,
                           qint64 seconds, const QString& source, const QString& note, qint64 now)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO time_entries (ticket_id, agent_id, started_at, seconds, "
                            "source, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
             {ticket, agent, startedAt, seconds, source,
              // A null QString binds as SQL NULL; note is NOT NULL.
              note.isNull() ? QStringLiteral("") : note}) ||
        !query.next())
        return sqlError(query, Tr::tr("could not save the time"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (Status status = timeEvent(db, ticket, agent, QVariant(QMetaType(QMetaType::QString)),
                                  QString::number(seconds), now);
        !status)
        return status.error();
    return id;
}

} // namespace

TimeTrackingRepository::TimeTrackingRepository(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Result<qint64> TimeTrackingRepository::addManual(TicketId ticket, const QString& agentLogin,
                                                 qint64 startedAtMs, int seconds,
                                                 const QString& note) const
{
    if (seconds < 1 || seconds > kMaxManualSeconds)
        return Error{ErrorKind::BadInput,
                     Tr::tr("the time spent must be from 1 second to 24 hours"),
                     QStringLiteral("seconds")};
    if (startedAtMs < 0)
        return Error{ErrorKind::BadInput, Tr::tr("the start time is not valid"),
                     QStringLiteral("startedAt")};
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return busy(ticket);
    auto agent = checkAgentAndTicket(db, agentLogin, ticket);
    if (!agent)
        return agent.error();
    auto id = insertEntry(db, ticket, *agent, startedAtMs, seconds, QStringLiteral("manual"), note,
                          m_clock.nowMs());
    if (!id)
        return id;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status TimeTrackingRepository::start(TicketId ticket, const QString& agentLogin) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return busy(ticket);
    auto agent = checkAgentAndTicket(db, agentLogin, ticket);
    if (!agent)
        return agent.error();
    QSqlQuery query(db);
    // DO NOTHING: a timer that runs keeps its first start.
    if (!run(query,
             QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO NOTHING"),
             {timerKey(*agent, ticket), QString::number(m_clock.nowMs())}))
        return sqlError(query, Tr::tr("could not start the timer"));
    return transaction.commit();
}

Result<std::optional<qint64>> TimeTrackingRepository::stop(TicketId ticket,
                                                           const QString& agentLogin) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return busy(ticket);
    auto agent = checkAgentAndTicket(db, agentLogin, ticket);
    if (!agent)
        return agent.error();
    const QString key = timerKey(*agent, ticket);
    auto started = timerStart(db, key);
    if (!started)
        return started;
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM app_settings WHERE key = ?"), {key}))
        return sqlError(query, Tr::tr("could not stop the timer"));
    if (query.numRowsAffected() == 0) // nothing ran: nothing to save
        return std::optional<qint64>();
    std::optional<qint64> recorded;
    if (*started) {
        const qint64 now = m_clock.nowMs();
        // Whole seconds; a clock set back makes the time negative, recorded as none.
        const qint64 seconds = qMax<qint64>(0, (now - **started) / 1000);
        if (seconds >= 1) {
            auto id = insertEntry(db, ticket, *agent, **started, seconds, QStringLiteral("timer"),
                                  {}, now);
            if (!id)
                return id.error();
        }
        recorded = seconds;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return recorded;
}

Result<std::optional<qint64>> TimeTrackingRepository::runningSince(TicketId ticket,
                                                                   const QString& agentLogin) const
{
    QSqlDatabase db = m_database->connection();
    auto agent = agentId(db, agentLogin);
    if (!agent)
        return agent.error();
    return timerStart(db, timerKey(*agent, ticket));
}

Result<QList<TimeEntry>> TimeTrackingRepository::entries(TicketId ticket) const
{
    QSqlDatabase db = m_database->connection();
    if (Status status = checkTicket(db, ticket); !status)
        return status.error();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT e.id, e.ticket_id, e.agent_id, a.login, a.name, e.started_at, "
                            "e.seconds, e.source, e.note FROM time_entries e "
                            "JOIN agents a ON a.id = e.agent_id WHERE e.ticket_id = ? "
                            "ORDER BY e.started_at, e.id"),
             {ticket}))
        return sqlError(query, Tr::tr("could not read the time spent"));
    QList<TimeEntry> entries;
    while (query.next()) {
        TimeEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.ticket = query.value(1).toLongLong();
        entry.agentId = query.value(2).toLongLong();
        entry.agentLogin = query.value(3).toString();
        entry.agentName = query.value(4).toString();
        entry.startedAt = query.value(5).toLongLong();
        entry.seconds = query.value(6).toInt();
        entry.source = query.value(7).toString();
        entry.note = query.value(8).toString();
        entries << entry;
    }
    return entries;
}

Result<qint64> TimeTrackingRepository::totalSeconds(TicketId ticket) const
{
    QSqlDatabase db = m_database->connection();
    if (Status status = checkTicket(db, ticket); !status)
        return status.error();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT COALESCE(sum(seconds), 0) FROM time_entries "
                            "WHERE ticket_id = ?"),
             {ticket}) ||
        !query.next())
        return sqlError(query, Tr::tr("could not read the time spent"));
    return query.value(0).toLongLong();
}

Result<qint64> TimeTrackingRepository::agentSeconds(AgentId agent, qint64 fromMs, qint64 toMs) const
{
    if (toMs < fromMs)
        return Error{ErrorKind::BadInput, Tr::tr("the period ends before it begins")};
    QSqlQuery query(m_database->connection());
    if (!run(query, QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {agent}))
        return sqlError(query, Tr::tr("could not read the agent"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such agent"), QString::number(agent)};
    // Served by the index time_entries_agent (agent_id, started_at).
    if (!run(query,
             QStringLiteral("SELECT COALESCE(sum(seconds), 0) FROM time_entries "
                            "WHERE agent_id = ? AND started_at >= ? AND started_at < ?"),
             {agent, fromMs, toMs}) ||
        !query.next())
        return sqlError(query, Tr::tr("could not read the time spent"));
    return query.value(0).toLongLong();
}

Status TimeTrackingRepository::removeEntry(qint64 id, const QString& agentLogin) const
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again")};
    auto agent = agentId(db, agentLogin);
    if (!agent)
        return agent.error();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT ticket_id, agent_id, seconds FROM time_entries WHERE id = ?"),
             {id}))
        return sqlError(query, Tr::tr("could not read the time spent"));
    if (!query.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such time entry"), QString::number(id)};
    const TicketId ticket = query.value(0).toLongLong();
    const AgentId owner = query.value(1).toLongLong();
    const qint64 seconds = query.value(2).toLongLong();
    query.finish();
    if (owner != *agent)
        return Error{ErrorKind::BadInput,
                     Tr::tr("only the agent who recorded this time can remove it"),
                     ticketLocation(ticket)};
    if (!run(query, QStringLiteral("DELETE FROM time_entries WHERE id = ?"), {id}))
        return sqlError(query, Tr::tr("could not remove the time"));
    if (Status status = timeEvent(db, ticket, *agent, QString::number(seconds),
                                  QVariant(QMetaType(QMetaType::QString)), m_clock.nowMs());
        !status)
        return status;
    return transaction.commit();
}

} // namespace Switchboard
