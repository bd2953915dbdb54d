// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "tickets/ticket.h"

#include <QList>
#include <QString>

namespace Switchboard::Test {

// What the fixture wrote for one ticket, so tests can compute the expected
// queue (order, filter, scope) independently of the repository's SQL.
struct FixtureTicket
{
    TicketId id = 0;
    QString subject;
    CustomerId requesterId = 0;
    QString requesterName;
    QString requesterEmail;
    AgentId assigneeId = 0;
    QString assigneeName;
    Channel channel = Channel::Email;
    TicketType type = TicketType::Consultation;
    int priority = 3;
    TicketStatus status = TicketStatus::New;
    qint64 createdAt = 0;
    QStringList messages; // bodies, oldest first
};

// Fills a database with reproducible queue data in Russian, Chinese and
// English through TicketBulkWriter, in one transaction per call: duplicate
// subjects, names and creation times on purpose, so tie-breaking is exercised.
class QueueFixture
{
public:
    static constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

    explicit QueueFixture(DatabasePtr database, quint32 seed = 1);

    // count tickets; with a conversation (customer message, reply, note,
    // system message) when `conversations` is true.
    bool addTickets(int count, bool conversations = false);
    // One ticket with the given subject and conversation bodies, for tests
    // that look for exact text.
    TicketId addTicket(const QString& subject, const QStringList& messages, int priority = 2,
                       TicketStatus status = TicketStatus::Open);

    const QList<FixtureTicket>& tickets() const { return m_tickets; }
    QString errorString() const { return m_error; }

private:
    bool ensurePeople();
    quint32 next();
    bool write(QList<FixtureTicket>& batch);

    DatabasePtr m_database;
    quint32 m_state;
    bool m_havePeople = false;
    QList<QPair<CustomerId, QPair<QString, QString>>> m_customers; // id, (name, e-mail)
    QList<QPair<AgentId, QString>> m_agents;
    GroupId m_group = 0;
    QList<FixtureTicket> m_tickets;
    QString m_error;
};

} // namespace Switchboard::Test
