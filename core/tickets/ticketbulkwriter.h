// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "ticket.h"

#include <functional>
#include <memory>
#include <optional>

namespace Switchboard {

struct NewCustomer
{
    QString name;
    QString email;
    QString organisation;
    QString language = QStringLiteral("en");
    QString tier = QStringLiteral("standard");
    qint64 createdAt = 0;
};

// A complete ticket row as it is written, timestamps in UTC ms.
struct NewTicket
{
    QString subject;
    Channel channel = Channel::Email;
    TicketType type = TicketType::Consultation;
    int priority = 3;
    TicketStatus status = TicketStatus::New;
    CustomerId requesterId = 0;
    AgentId assigneeId = 0; // 0: unassigned
    GroupId groupId = 0;    // 0: no group
    QString language = QStringLiteral("en");
    QStringList tags;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
};

// Writes many tickets with their conversation and history fast, through
// statements prepared once on the SQLite C API (QSqlQuery's per-row variant
// conversions cost more than SQLite itself). Used by the demo generator, the
// benchmark, test builders and (later) importers. It does not open a
// transaction: the caller wraps a whole batch in one, so the batch is
// all-or-nothing. Use it on the thread that created it.
class TicketBulkWriter
{
public:
    explicit TicketBulkWriter(DatabasePtr database);
    ~TicketBulkWriter();
    TicketBulkWriter(const TicketBulkWriter&) = delete;
    TicketBulkWriter& operator=(const TicketBulkWriter&) = delete;

    Result<GroupId> addGroup(const QString& name, const QString& description = {});
    Result<AgentId> addAgent(const Agent& agent, qint64 createdAt, GroupId group = 0);
    Result<CustomerId> addCustomer(const NewCustomer& customer);
    Result<TicketId> addTicket(const NewTicket& ticket);
    // authorAgent / authorCustomer: 0 when not applicable.
    Status addMessage(TicketId ticket, MessageKind kind, AgentId authorAgent,
                      CustomerId authorCustomer, const QString& body, qint64 at);
    // actor: 0 for the system or the customer.
    Status addEvent(TicketId ticket, AgentId actor, const QString& kind, const QString& oldValue,
                    const QString& newValue, qint64 at);

    // Runs `load` (which calls the add* functions) inside one transaction
    // that commits only if `load` succeeds: all or nothing. Made for loading
    // many tickets into a database that has none yet, it then also
    // - writes with a rollback journal instead of the WAL for the duration,
    //   so each page is written once rather than to the WAL and again at the
    //   checkpoint, and without syncing (a crash of the program still rolls
    //   back; a power cut during the load may not);
    // - drops the tickets' secondary indexes and search triggers and recreates
    //   them, exactly as they were, at the end (building an index once from
    //   all rows is several times faster than updating it row by row), then
    //   rebuilds the search index;
    // - buffers messages and events and writes them in batches, so an error in
    //   one of them may be reported by a later call; `load` should return it,
    //   and the whole load is rolled back.
    // Into a database that has tickets it only wraps `load` in the transaction.
    // The connection's settings are restored afterwards, also on failure.
    Status bulkLoad(const std::function<Status()>& load);

private:
    struct Statements;
    DatabasePtr m_database;
    std::unique_ptr<Statements> m_statements;
    Status beginBulkLoad();
    Status endBulkLoad();

    QStringList m_droppedSchema; // CREATE statements to replay in endBulkLoad()
    bool m_bulkLoading = false;
};

} // namespace Switchboard
