// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "teamrepository.h"
#include "ticket.h"

#include <optional>

namespace Switchboard {

// What routing needs to know about a new ticket.
struct RoutingRequest
{
    GroupId group = 0; // 0: no group, nothing to route to
    TicketType type = TicketType::Consultation;
    Channel channel = Channel::Email;
    QString language; // "ru", "zh", "en"; empty: any
};

// The agent routing chose, and why (for the ticket history).
struct RoutingDecision
{
    AgentId agent = 0;
    QString login;
    QString name;
    int openTickets = 0; // before this ticket
    QString reason; // translated: "routed to Анна Смирнова: skill fault, 3 open tickets"
};

// Chooses the agent a new ticket of a group goes to, following the group's
// routing mode. Owns no state of its own: the round-robin position is
// stored in the group (groups.routing_cursor), so any instance, on any
// connection, continues where the last one stopped.
//
// An agent is eligible when they are a member of the group, active, online,
// and below their limit of open tickets (max_open; 0: no limit). Open
// tickets are those assigned to the agent that are not resolved or closed.
// - round robin: the next eligible agent after the last one chosen, in
//   agent-id order, wrapping around;
// - least open: the eligible agent with the fewest open tickets; among
//   equals the lowest agent id, so the choice is reproducible;
// - skills: each eligible agent scores one point for a skill equal to the
//   ticket's type key ("fault"), one for a skill equal to its channel key
//   ("phone") and one when their languages include the ticket's language.
//   An agent who lists languages but not the ticket's is not considered,
//   nor is one without a matching skill. Highest score wins, then fewest
//   open tickets, then lowest id. If nobody qualifies, the ticket goes to
//   the group's least-open agent, and the reason says so.
// Skills and languages compare case-insensitively.
class TicketRouter
{
public:
    explicit TicketRouter(DatabasePtr database);

    // Runs on the calling thread's connection and is meant to be called
    // inside the caller's write transaction (it opens none), so the choice,
    // the round-robin position and the assignment are saved together; use
    // an immediate transaction where several processes create tickets.
    // nullopt when the request has no group, the group routes manually, or
    // no member is eligible. NotFound for an unknown group.
    Result<std::optional<RoutingDecision>> route(const RoutingRequest& request) const;

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
