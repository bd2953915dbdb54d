// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"
#include "ticket.h"

#include <functional>
#include <optional>

namespace Switchboard {

// A ticket as it arrives: from the CLI, a mail pipe or the app.
struct NewTicketRequest
{
    QString subject;
    QString requesterEmail;
    QString requesterName; // for a new customer; empty: the part before the @
    Channel channel = Channel::Email;
    TicketType type = TicketType::Consultation;
    int priority = 3;
    QString body; // the customer's first message; may be empty
    QString group;
    QStringList tags;
    QString language; // empty: the customer's language
};

struct ReplyRequest
{
    QString agent; // login
    QString body;
    bool internal = false;                  // a note colleagues see, the customer does not
    std::optional<TicketStatus> thenStatus; // "send and set status"
    std::optional<int> expectedVersion;
};

// Header fields an agent may edit; unset fields stay as they are.
struct TicketFieldsChange
{
    std::optional<int> priority;
    std::optional<TicketType> type;
    std::optional<QString> group; // empty string: no group
    std::optional<QStringList> tags;
};

// Every change an operator makes to a ticket. Each write is one transaction
// that takes SQLite's write lock first, checks the ticket's version when the
// caller read one (optimistic concurrency across windows and processes),
// records an event per change (actor, old, new, time) and bumps the version;
// the ticket's SLA is brought up to date afterwards.
// Refusals are errors a user can act on: Conflict when someone else changed
// or took the ticket, NotFound for an unknown ticket or agent, BadInput for a
// change the lifecycle or the agent's limit does not allow.
class TicketService
{
public:
    explicit TicketService(DatabasePtr database, const Clock& clock = Clock::system());

    // A new ticket: routed when its group routes automatically (the history
    // says to whom and why), then acknowledged to the customer.
    Result<Ticket> create(const NewTicketRequest& request) const;

    // Takes an unassigned ticket; Conflict when another agent has it.
    Result<Ticket> claim(TicketId id, const QString& agent,
                         std::optional<int> expectedVersion = {}) const;
    // agent empty: unassign. by: who does it (empty: the system).
    Result<Ticket> assign(TicketId id, const QString& agent, const QString& by,
                          std::optional<int> expectedVersion = {}) const;
    Result<Ticket> reply(TicketId id, const ReplyRequest& request) const;
    Result<Ticket> setStatus(TicketId id, TicketStatus status, const QString& agent,
                             std::optional<int> expectedVersion = {}) const;
    Result<Ticket> updateFields(TicketId id, const TicketFieldsChange& change, const QString& agent,
                                std::optional<int> expectedVersion = {}) const;
    // The customer writes again. Pending and on-hold tickets go back to open;
    // a resolved one is reopened within the reopen period; a closed one, or
    // a resolved one after the period, gets a new linked ticket, which is
    // what this returns then.
    Result<Ticket> addCustomerMessage(TicketId id, const QString& body) const;

    // How long after its resolution a customer's message reopens a ticket.
    Result<qint64> reopenPeriodMs() const;
    Status setReopenPeriodDays(int days) const;
    static constexpr int kDefaultReopenPeriodDays = 7;

    // New tickets (except by phone) get a system message, rendered from the
    // "acknowledgement" template in the customer's language, that says when
    // the first answer is due. On unless switched off.
    bool acknowledgementsEnabled() const;
    Status setAcknowledgementsEnabled(bool enabled) const;

    // What one write sees and does inside its transaction (ticketservice.cpp).
    struct WriteState;

private:
    Result<Ticket> write(TicketId id, const QString& actor, std::optional<int> expectedVersion,
                         const std::function<Status(WriteState&)>& change) const;
    Result<TicketId> insertTicket(const NewTicketRequest& request, TicketId linkedFrom) const;
    void afterWrite(TicketId id) const;
    void acknowledge(TicketId id, Channel channel) const;

    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
