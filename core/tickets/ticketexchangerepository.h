// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "exchangeticket.h"
#include "storage/database.h"
#include "ticketbulkwriter.h"

#include <QHash>

#include <functional>

namespace Switchboard {

// A ticket that an earlier import wrote, as it is stored now.
struct StoredExchangeTicket
{
    TicketId id = 0;
    ExchangeTicket ticket;
    QList<TicketEvent> events; // actor: agent login
};

// The SQL behind ticket import and export: external ids, ratings, the
// people and groups tickets refer to by name, updates of imported tickets
// and the one-row-per-ticket export query. New rows of tickets, messages
// and events go through TicketBulkWriter; this class adds what it does not
// write. Uses the calling thread's connection, so its writes join the
// transaction of a TicketBulkWriter::bulkLoad() running there.
class TicketExchangeRepository
{
public:
    explicit TicketExchangeRepository(DatabasePtr database);

    // The tickets imported from `source`, by external id.
    Result<QHash<QString, StoredExchangeTicket>> importedTickets(const QString& source) const;
    Result<QHash<QString, GroupId>> groupIds() const;
    Result<QHash<QString, AgentId>> agentIds() const;
    // Ids of the customers among `emails` that exist.
    Result<QHash<QString, CustomerId>> customerIds(const QStringList& emails) const;

    Status addExternalIds(const QString& source, const QList<QPair<QString, TicketId>>& ids);
    // The import's rating of a ticket, replacing an earlier one.
    Status setRating(TicketId ticket, int score, const QString& comment, qint64 ratedAt);
    // Overwrites a ticket's fields and tags and bumps its version, so an
    // editor holding the old version sees a conflict.
    Status updateTicket(TicketId id, const NewTicket& ticket);
    // tickets.first_contact_resolution of each ticket (nullopt: NULL, not
    // resolved), which TicketService sets at a resolution in the app.
    Status setFirstContactResolution(const QList<QPair<TicketId, std::optional<bool>>>& values);

    // Every ticket created in [from, to), oldest first. externalId is the
    // ticket's external id when it has one (the first by source name), else
    // its Switchboard id. Stops at the first error `visit` returns.
    Status forEachTicket(std::optional<qint64> from, std::optional<qint64> to,
                         const std::function<Status(const ExchangeTicket&)>& visit) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
