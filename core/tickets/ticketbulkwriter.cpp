// SPDX-License-Identifier: MIT
#include "ticketbulkwriter.h"

#include "common/logging.h"
#include "common/textfold.h"
#include "common/tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalMs(const std::optional<qint64>& ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; text columns are NOT NULL DEFAULT ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Error writeError(const QSqlQuery& query, const QString& what)
{
    return Error{ErrorKind::Runtime, Tr::tr("could not write %1: %2").arg(what, query.lastError().text())};
}

} // namespace

struct TicketBulkWriter::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : group(db), agent(db), member(db), customer(db), ticket(db), tag(db), message(db), event(db)
    {
        group.prepare(QStringLiteral("INSERT INTO groups (name, description) VALUES (?, ?)"));
        agent.prepare(QStringLiteral(
            "INSERT INTO agents (login, name, email, role, skills, languages, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        member.prepare(QStringLiteral("INSERT INTO group_members (group_id, agent_id) VALUES (?, ?)"));
        customer.prepare(QStringLiteral(
            "INSERT INTO customers (name, email, organisation, language, tier, name_fold, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        ticket.prepare(QStringLiteral(
            "INSERT INTO tickets (subject, subject_fold, channel, type, priority, status, "
            "requester_id, assignee_id, group_id, language, created_at, updated_at, "
            "first_response_at, resolved_at, closed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        tag.prepare(QStringLiteral("INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?, ?)"));
        message.prepare(QStringLiteral(
            "INSERT INTO messages (ticket_id, kind, author_agent_id, author_customer_id, body, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        event.prepare(QStringLiteral(
            "INSERT INTO ticket_events (ticket_id, actor_id, kind, old_value, new_value, at) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
    }

    QSqlQuery group, agent, member, customer, ticket, tag, message, event;
};

TicketBulkWriter::TicketBulkWriter(DatabasePtr database)
    : m_database(std::move(database))
    , m_statements(std::make_unique<Statements>(m_database->connection()))
{
}

TicketBulkWriter::~TicketBulkWriter() = default;

Result<GroupId> TicketBulkWriter::addGroup(const QString& name, const QString& description)
{
    QSqlQuery& q = m_statements->group;
    q.bindValue(0, name);
    q.bindValue(1, text(description));
    if (!q.exec())
        return writeError(q, Tr::tr("group"));
    return q.lastInsertId().toLongLong();
}

Result<AgentId> TicketBulkWriter::addAgent(const Agent& agent, qint64 createdAt, GroupId group)
{
    QSqlQuery& q = m_statements->agent;
    q.bindValue(0, agent.login);
    q.bindValue(1, agent.name);
    q.bindValue(2, text(agent.email));
    q.bindValue(3, toKey(agent.role));
    q.bindValue(4, text(agent.skills.join(QLatin1Char(','))));
    q.bindValue(5, text(agent.languages.join(QLatin1Char(','))));
    q.bindValue(6, agent.active ? 1 : 0);
    q.bindValue(7, createdAt);
    if (!q.exec())
        return writeError(q, Tr::tr("agent"));
    const AgentId id = q.lastInsertId().toLongLong();
    if (group > 0) {
        QSqlQuery& m = m_statements->member;
        m.bindValue(0, group);
        m.bindValue(1, id);
        if (!m.exec())
            return writeError(m, Tr::tr("group member"));
    }
    return id;
}

Result<CustomerId> TicketBulkWriter::addCustomer(const NewCustomer& customer)
{
    QSqlQuery& q = m_statements->customer;
    q.bindValue(0, customer.name);
    q.bindValue(1, customer.email);
    q.bindValue(2, text(customer.organisation));
    q.bindValue(3, customer.language);
    q.bindValue(4, customer.tier);
    q.bindValue(5, foldForSearch(customer.name));
    q.bindValue(6, customer.createdAt);
    if (!q.exec())
        return writeError(q, Tr::tr("customer"));
    return q.lastInsertId().toLongLong();
}

Result<TicketId> TicketBulkWriter::addTicket(const NewTicket& t)
{
    QSqlQuery& q = m_statements->ticket;
    q.bindValue(0, t.subject);
    q.bindValue(1, foldForSearch(t.subject));
    q.bindValue(2, toKey(t.channel));
    q.bindValue(3, toKey(t.type));
    q.bindValue(4, t.priority);
    q.bindValue(5, toKey(t.status));
    q.bindValue(6, t.requesterId);
    q.bindValue(7, idOrNull(t.assigneeId));
    q.bindValue(8, idOrNull(t.groupId));
    q.bindValue(9, t.language);
    q.bindValue(10, t.createdAt);
    q.bindValue(11, t.updatedAt > 0 ? t.updatedAt : t.createdAt);
    q.bindValue(12, optionalMs(t.firstResponseAt));
    q.bindValue(13, optionalMs(t.resolvedAt));
    q.bindValue(14, optionalMs(t.closedAt));
    if (!q.exec())
        return writeError(q, Tr::tr("ticket"));
    const TicketId id = q.lastInsertId().toLongLong();
    QSqlQuery& tag = m_statements->tag;
    for (const QString& name : t.tags) {
        tag.bindValue(0, id);
        tag.bindValue(1, name);
        if (!tag.exec())
            return writeError(tag, Tr::tr("tag"));
    }
    return id;
}

Status TicketBulkWriter::addMessage(TicketId ticket, MessageKind kind, AgentId authorAgent,
                                    CustomerId authorCustomer, const QString& body, qint64 at)
{
    QSqlQuery& q = m_statements->message;
    q.bindValue(0, ticket);
    q.bindValue(1, toKey(kind));
    q.bindValue(2, idOrNull(authorAgent));
    q.bindValue(3, idOrNull(authorCustomer));
    q.bindValue(4, body);
    q.bindValue(5, at);
    if (!q.exec())
        return writeError(q, Tr::tr("message"));
    return {};
}

Status TicketBulkWriter::addEvent(TicketId ticket, AgentId actor, const QString& kind,
                                  const QString& oldValue, const QString& newValue, qint64 at)
{
    QSqlQuery& q = m_statements->event;
    q.bindValue(0, ticket);
    q.bindValue(1, idOrNull(actor));
    q.bindValue(2, kind);
    q.bindValue(3, oldValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(oldValue));
    q.bindValue(4, newValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newValue));
    q.bindValue(5, at);
    if (!q.exec())
        return writeError(q, Tr::tr("event"));
    return {};
}

} // namespace Switchboard
