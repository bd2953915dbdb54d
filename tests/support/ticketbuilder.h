// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/ticketbulkwriter.h"

#include <QString>

namespace Switchboard::Test {

// Writes customers, agents and tickets for tests through TicketBulkWriter,
// filling in everything a test does not care about. Each call commits on its
// own (no transaction), which is plenty fast for test-sized data; use
// TicketBulkWriter::bulkLoad directly for tens of thousands of rows.
class TicketBuilder
{
public:
    explicit TicketBuilder(DatabasePtr database);

    CustomerId customer(const QString& name, const QString& email,
                        const QString& language = QStringLiteral("en"));
    AgentId agent(const QString& login, const QString& name);
    // A ticket from `requester`; createdAt 0 means "ticket number minutes
    // after 2026-03-02T00:00Z" so that every ticket has a distinct time.
    TicketId ticket(NewTicket ticket);
    NewTicket draft(const QString& subject, CustomerId requester) const;

    // The first error met, empty if every write succeeded.
    QString error() const { return m_error; }
    TicketBulkWriter& writer() { return m_writer; }

private:
    TicketBulkWriter m_writer;
    QString m_error;
    qint64 m_count = 0;
};

} // namespace Switchboard::Test
