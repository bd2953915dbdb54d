// SPDX-License-Identifier: MIT
#include "draftrepository.h"

#include "common/logging.h"
#include "common/tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {
namespace {

Error draftError(const QSqlQuery& query, const QString& what)
{
    qCWarning(lcTickets) << what << query.lastError().text();
    return Error{ErrorKind::Runtime, what, query.lastError().text()};
}

} // namespace

DraftRepository::DraftRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Status DraftRepository::save(TicketId ticket, AgentId agent, const ReplyDraft& draft) const
{
    if (draft.body.trimmed().isEmpty())
        return remove(ticket, agent);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO drafts (ticket_id, agent_id, body, internal, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (ticket_id, agent_id) DO UPDATE SET "
        "body = excluded.body, internal = excluded.internal, updated_at = excluded.updated_at"));
    query.addBindValue(ticket);
    query.addBindValue(agent);
    query.addBindValue(draft.body);
    query.addBindValue(draft.internal ? 1 : 0);
    query.addBindValue(draft.updatedAt);
    if (!query.exec())
        return draftError(query, Tr::tr("could not save the draft"));
    return {};
}

Result<std::optional<ReplyDraft>> DraftRepository::load(TicketId ticket, AgentId agent) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT body, internal, updated_at FROM drafts WHERE ticket_id = ? AND agent_id = ?"));
    query.addBindValue(ticket);
    query.addBindValue(agent);
    if (!query.exec())
        return draftError(query, Tr::tr("could not read the draft"));
    if (!query.next())
        return std::optional<ReplyDraft>();
    return std::optional<ReplyDraft>(ReplyDraft{
        query.value(0).toString(), query.value(1).toInt() != 0, query.value(2).toLongLong()});
}

Status DraftRepository::remove(TicketId ticket, AgentId agent) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE ticket_id = ? AND agent_id = ?"));
    query.addBindValue(ticket);
    query.addBindValue(agent);
    if (!query.exec())
        return draftError(query, Tr::tr("could not remove the draft"));
    return {};
}

} // namespace Switchboard
