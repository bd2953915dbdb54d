// SPDX-License-Identifier: MIT
#include "ticketbuilder.h"

namespace Switchboard::Test {
namespace {

constexpr qint64 kBaseMs = 1772409600000; // 2026-03-02T00:00:00Z

} // namespace

TicketBuilder::TicketBuilder(DatabasePtr database)
    : m_writer(std::move(database))
{}

CustomerId TicketBuilder::customer(const QString& name, const QString& email,
                                   const QString& language)
{
    NewCustomer customer;
    customer.name = name;
    customer.email = email;
    customer.language = language;
    customer.createdAt = kBaseMs;
    auto id = m_writer.addCustomer(customer);
    if (!id) {
        if (m_error.isEmpty())
            m_error = id.error().toString();
        return 0;
    }
    return id.value();
}

AgentId TicketBuilder::agent(const QString& login, const QString& name)
{
    Agent agent;
    agent.login = login;
    agent.name = name;
    auto id = m_writer.addAgent(agent, kBaseMs);
    if (!id) {
        if (m_error.isEmpty())
            m_error = id.error().toString();
        return 0;
    }
    return id.value();
}

NewTicket TicketBuilder::draft(const QString& subject, CustomerId requester) const
{
    NewTicket ticket;
    ticket.subject = subject;
    ticket.requesterId = requester;
    return ticket;
}

TicketId TicketBuilder::ticket(NewTicket ticket)
{
    ++m_count;
    if (ticket.createdAt == 0)
        ticket.createdAt = kBaseMs + m_count * 60'000;
    auto id = m_writer.addTicket(ticket);
    if (!id) {
        if (m_error.isEmpty())
            m_error = id.error().toString();
        return 0;
    }
    return id.value();
}

} // namespace Switchboard::Test
