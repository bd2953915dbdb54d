// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

// How a group hands out its new tickets (groups.routing).
enum class RoutingMode
{
    Manual,     // nobody is chosen; agents take tickets themselves
    RoundRobin, // each eligible member in turn, in agent-id order
    LeastOpen,  // the eligible member with the fewest open tickets
    Skills,     // the member whose skills fit the ticket best
};

// Whether an agent takes new tickets now (agents.availability). Routing
// assigns to online agents only.
enum class Availability
{
    Online,
    Away,
    Offline,
};

// Stable storage/CLI keys ("round_robin", "away"); never translated.
QString toKey(RoutingMode value);
QString toKey(Availability value);
std::optional<RoutingMode> routingModeFromKey(const QString& key);
std::optional<Availability> availabilityFromKey(const QString& key);

// A group's routing settings, as TicketRouter reads them.
struct GroupRouting
{
    GroupId id = 0;
    RoutingMode mode = RoutingMode::Manual;
    AgentId cursor = 0; // the agent round-robin chose last; 0: none yet
};

// A group member who could be given a ticket now, with what routing weighs.
struct RoutingCandidate
{
    AgentId id = 0;
    QString login;
    QString name;
    QStringList skills;
    QStringList languages;
    int maxOpen = 0; // 0: no limit
    int openTickets = 0;
};

// A group with its routing mode and members, as the team settings show it.
struct TeamGroup
{
    GroupId id = 0;
    QString name;
    RoutingMode mode = RoutingMode::Manual;
    QList<AgentId> members; // every member, active or not, in agent-id order
};

// What routing knows of one agent besides its profile: whether it takes
// tickets now, its limit and its current load.
struct AgentRoutingSettings
{
    AgentId id = 0;
    QString login;
    Availability availability = Availability::Online;
    int maxOpen = 0; // 0: no limit
    int openTickets = 0;
};

// Reads and writes groups, their members and the agents' routing settings
// (availability, limit of open tickets). Every method uses the calling
// thread's connection and opens no transaction, so a caller can combine
// several calls into one.
class TeamRepository
{
public:
    explicit TeamRepository(DatabasePtr database);

    // Conflict if a group of that name exists.
    Result<GroupId> addGroup(const QString& name, RoutingMode routing = RoutingMode::Manual);
    Status setGroupRouting(const QString& groupName, RoutingMode routing);
    // Adding a member twice is not an error: the agent stays a member once.
    Status addMember(const QString& groupName, const QString& login);
    // Removing an agent who is not a member is not an error either.
    Status removeMember(const QString& groupName, const QString& login);
    Status setAvailability(const QString& login, Availability availability);
    // maxOpen 0 removes the limit; a negative value is BadInput.
    Status setMaxOpen(const QString& login, int maxOpen);

    Result<GroupId> groupByName(const QString& name) const;
    // Every group by name, with its members.
    Result<QList<TeamGroup>> groups() const;
    // Every agent's availability, limit and open tickets, in agent-id order.
    Result<QList<AgentRoutingSettings>> agentSettings() const;
    // Tickets assigned to the agent that are not resolved or closed.
    Result<int> openTicketCount(AgentId agent) const;

    Result<GroupRouting> groupRouting(GroupId group) const;
    // The group's members that are active and online, in agent-id order,
    // with their open-ticket counts. Whether one is full is the router's call.
    Result<QList<RoutingCandidate>> onlineMembers(GroupId group) const;
    Status setRoutingCursor(GroupId group, AgentId agent);

private:
    Result<AgentId> agentIdByLogin(const QString& login) const;

    DatabasePtr m_database;
};

} // namespace Switchboard
