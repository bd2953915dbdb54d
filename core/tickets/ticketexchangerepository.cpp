// SPDX-License-Identifier: MIT
#include "ticketexchangerepository.h"

#include "common/textfold.h"
#include "common/tr.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Switchboard {
namespace {

Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error{ErrorKind::Runtime, QStringLiteral("%1: %2").arg(what, query.lastError().text())};
}

QVariant nullableTime(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalTime(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// The columns both the comparison of a re-import and the export read, from
// tickets t, customers c, agents a, groups g and ticket_ratings r.
// The tags are joined with U+001F, in tag order.
QString ticketColumns(const SqlDialect& dialect)
{
    const QString tags =
        dialect.isPostgres()
            ? QStringLiteral("(SELECT string_agg(tag, chr(31) ORDER BY tag) FROM ticket_tags "
                             "WHERE ticket_id = t.id)")
            : QStringLiteral("(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM "
                             "ticket_tags WHERE ticket_id = t.id ORDER BY tag))");
    return QStringLiteral("t.subject, t.channel, t.type, t.priority, t.status, c.name, c.email, "
                          "COALESCE(a.login, ''), COALESCE(a.name, ''), COALESCE(g.name, ''), "
                          "%1, t.created_at, t.updated_at, t.first_response_at, t.resolved_at, "
                          "t.closed_at, r.score, COALESCE(r.comment, '')")
        .arg(tags);
}
const char* const kTicketJoins = "JOIN customers c ON c.id = t.requester_id "
                                 "LEFT JOIN agents a ON a.id = t.assignee_id "
                                 "LEFT JOIN groups g ON g.id = t.group_id "
                                 "LEFT JOIN ticket_ratings r ON r.ticket_id = t.id ";

// Reads ticketColumns() starting at column `first`.
ExchangeTicket readTicket(const QSqlQuery& q, int first)
{
    ExchangeTicket t;
    int i = first;
    t.subject = q.value(i++).toString();
    t.channel = channelFromKey(q.value(i++).toString()).value_or(Channel::Email);
    t.type = ticketTypeFromKey(q.value(i++).toString()).value_or(TicketType::Consultation);
    t.priority = q.value(i++).toInt();
    t.status = ticketStatusFromKey(q.value(i++).toString()).value_or(TicketStatus::New);
    t.requesterName = q.value(i++).toString();
    t.requesterEmail = q.value(i++).toString();
    t.assigneeLogin = q.value(i++).toString();
    t.assigneeName = q.value(i++).toString();
    t.group = q.value(i++).toString();
    t.tags = q.value(i++).toString().split(QChar(31), Qt::SkipEmptyParts);
    t.createdAt = q.value(i++).toLongLong();
    t.updatedAt = q.value(i++).toLongLong();
    t.firstResponseAt = optionalTime(q.value(i++));
    t.resolvedAt = optionalTime(q.value(i++));
    t.closedAt = optionalTime(q.value(i++));
    const QVariant score = q.value(i++);
    if (!score.isNull())
        t.satisfactionScore = score.toInt();
    t.satisfactionComment = q.value(i++).toString();
    return t;
}

} // namespace

TicketExchangeRepository::TicketExchangeRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<QHash<QString, StoredExchangeTicket>>
TicketExchangeRepository::importedTickets(const QString& source) const
{
    QHash<QString, StoredExchangeTicket> tickets;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT x.external_id, t.id, %1 FROM ticket_external_ids x "
                             "JOIN tickets t ON t.id = x.ticket_id %2 WHERE x.source = ?")
                  .arg(ticketColumns(m_database->dialect()), QLatin1String(kTicketJoins)));
    q.addBindValue(source);
    if (!q.exec())
        return sqlError(q, Tr::tr("could not read imported tickets"));
    QHash<TicketId, QString> byId;
    while (q.next()) {
        StoredExchangeTicket stored;
        stored.ticket = readTicket(q, 2);
        stored.ticket.externalId = q.value(0).toString();
        stored.id = q.value(1).toLongLong();
        byId.insert(stored.id, stored.ticket.externalId);
        tickets.insert(stored.ticket.externalId, std::move(stored));
    }
    if (tickets.isEmpty())
        return tickets;
    q.prepare(QStringLiteral(
        "SELECT e.ticket_id, e.kind, COALESCE(a.login, ''), e.old_value, e.new_value, e.at "
        "FROM ticket_external_ids x JOIN ticket_events e ON e.ticket_id = x.ticket_id "
        "LEFT JOIN agents a ON a.id = e.actor_id WHERE x.source = ? ORDER BY e.ticket_id, e.id"));
    q.addBindValue(source);
    if (!q.exec())
        return sqlError(q, Tr::tr("could not read imported tickets"));
    while (q.next()) {
        TicketEvent e;
        e.kind = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.oldValue = q.value(3).toString();
        e.newValue = q.value(4).toString();
        e.at = q.value(5).toLongLong();
        tickets[byId.value(q.value(0).toLongLong())].events << e;
    }
    return tickets;
}

Result<QHash<QString, GroupId>> TicketExchangeRepository::groupIds() const
{
    QHash<QString, GroupId> ids;
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT name, id FROM groups")))
        return sqlError(q, Tr::tr("could not read groups"));
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Result<QHash<QString, AgentId>> TicketExchangeRepository::agentIds() const
{
    QHash<QString, AgentId> ids;
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT login, id FROM agents")))
        return sqlError(q, Tr::tr("could not read agents"));
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Result<QHash<QString, CustomerId>>
TicketExchangeRepository::customerIds(const QStringList& emails) const
{
    QHash<QString, CustomerId> ids;
    if (emails.isEmpty())
        return ids;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(m_database->dialect().isPostgres()
                  ? QStringLiteral("SELECT c.email, c.id FROM json_array_elements_text(CAST(? AS "
                                   "json)) AS j(value) JOIN customers c ON c.email = j.value")
                  : QStringLiteral("SELECT c.email, c.id FROM json_each(?) j "
                                   "JOIN customers c ON c.email = j.value"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(emails)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q, Tr::tr("could not read customers"));
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Status TicketExchangeRepository::addExternalIds(const QString& source,
                                                const QList<QPair<QString, TicketId>>& ids)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO ticket_external_ids (source, external_id, ticket_id) VALUES (?, ?, ?)"));
    for (const auto& [externalId, ticket] : ids) {
        q.bindValue(0, source);
        q.bindValue(1, externalId);
        q.bindValue(2, ticket);
        if (!q.exec())
            return sqlError(q, Tr::tr("could not record external id %1").arg(externalId));
    }
    return {};
}

Status TicketExchangeRepository::setRating(TicketId ticket, int score, const QString& comment,
                                           qint64 ratedAt)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO ticket_ratings (ticket_id, score, comment, source, rated_at) "
        "VALUES (?, ?, ?, 'import', ?) ON CONFLICT (ticket_id) DO UPDATE SET "
        "score = excluded.score, comment = excluded.comment, source = excluded.source, "
        "rated_at = excluded.rated_at"));
    q.addBindValue(ticket);
    q.addBindValue(score);
    q.addBindValue(comment.isNull() ? QStringLiteral("") : comment);
    q.addBindValue(ratedAt);
    if (!q.exec())
        return sqlError(q, Tr::tr("could not write the rating of ticket #%1").arg(ticket));
    return {};
}

Status TicketExchangeRepository::setFirstContactResolution(
    const QList<QPair<TicketId, std::optional<bool>>>& values)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE tickets SET first_contact_resolution = ? WHERE id = ?"));
    for (const auto& [ticket, firstContact] : values) {
        q.bindValue(0, firstContact ? QVariant(*firstContact ? 1 : 0)
                                    : QVariant(QMetaType::fromType<int>()));
        q.bindValue(1, ticket);
        if (!q.exec())
            return sqlError(q, Tr::tr("could not update ticket #%1").arg(ticket));
    }
    return {};
}

Status TicketExchangeRepository::updateTicket(TicketId id, const NewTicket& t)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(
        "UPDATE tickets SET subject = ?, subject_fold = ?, channel = ?, type = ?, priority = ?, "
        "status = ?, requester_id = ?, assignee_id = ?, group_id = ?, created_at = ?, "
        "updated_at = ?, first_response_at = ?, resolved_at = ?, closed_at = ?, "
        "version = version + 1 WHERE id = ?"));
    q.addBindValue(t.subject);
    q.addBindValue(foldForSearch(t.subject));
    q.addBindValue(toKey(t.channel));
    q.addBindValue(toKey(t.type));
    q.addBindValue(t.priority);
    q.addBindValue(toKey(t.status));
    q.addBindValue(t.requesterId);
    q.addBindValue(nullableId(t.assigneeId));
    q.addBindValue(nullableId(t.groupId));
    q.addBindValue(t.createdAt);
    q.addBindValue(t.updatedAt);
    q.addBindValue(nullableTime(t.firstResponseAt));
    q.addBindValue(nullableTime(t.resolvedAt));
    q.addBindValue(nullableTime(t.closedAt));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, Tr::tr("could not update ticket #%1").arg(id));
    q.prepare(QStringLiteral("DELETE FROM ticket_tags WHERE ticket_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, Tr::tr("could not update ticket #%1").arg(id));
    q.prepare(QStringLiteral(
        "INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString& tag : t.tags) {
        q.bindValue(0, id);
        q.bindValue(1, tag);
        if (!q.exec())
            return sqlError(q, Tr::tr("could not update ticket #%1").arg(id));
    }
    return {};
}

Status TicketExchangeRepository::forEachTicket(
    std::optional<qint64> from, std::optional<qint64> to,
    const std::function<Status(const ExchangeTicket&)>& visit) const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT t.id, (SELECT external_id FROM ticket_external_ids "
                       "WHERE ticket_id = t.id ORDER BY source LIMIT 1), "
                       "(SELECT body FROM messages WHERE ticket_id = t.id AND kind = 'customer' "
                       "ORDER BY created_at, id LIMIT 1), %1 FROM tickets t %2 "
                       "WHERE t.created_at >= ? AND t.created_at < ? ORDER BY t.created_at, t.id")
            .arg(ticketColumns(m_database->dialect()), QLatin1String(kTicketJoins)));
    q.addBindValue(from.value_or(std::numeric_limits<qint64>::min()));
    q.addBindValue(to.value_or(std::numeric_limits<qint64>::max()));
    if (!q.exec())
        return sqlError(q, Tr::tr("could not read tickets"));
    while (q.next()) {
        ExchangeTicket t = readTicket(q, 3);
        t.externalId = q.value(1).isNull() ? q.value(0).toString() : q.value(1).toString();
        t.body = q.value(2).toString();
        if (Status visited = visit(t); !visited)
            return visited;
    }
    if (q.lastError().isValid())
        return sqlError(q, Tr::tr("could not read tickets"));
    return {};
}

} // namespace Switchboard
