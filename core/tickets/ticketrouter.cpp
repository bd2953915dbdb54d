// SPDX-License-Identifier: MIT
#include "ticketrouter.h"

#include "common/logging.h"
#include "common/tr.h"

#include <algorithm>

namespace Switchboard {
namespace {

bool isFull(const RoutingCandidate& agent)
{
    return agent.maxOpen > 0 && agent.openTickets >= agent.maxOpen;
}

// Fewer open tickets first; among equals the lower id, so that the same
// data always gives the same choice.
bool lessLoaded(const RoutingCandidate& a, const RoutingCandidate& b)
{
    if (a.openTickets != b.openTickets)
        return a.openTickets < b.openTickets;
    return a.id < b.id;
}

const RoutingCandidate& leastOpen(const QList<RoutingCandidate>& eligible)
{
    return *std::min_element(eligible.cbegin(), eligible.cend(), lessLoaded);
}

// `eligible` is in agent-id order.
const RoutingCandidate& nextAfter(const QList<RoutingCandidate>& eligible, AgentId cursor)
{
    for (const RoutingCandidate& agent : eligible) {
        if (agent.id > cursor)
            return agent;
    }
    return eligible.first();
}

bool containsKey(const QStringList& list, const QString& key)
{
    return list.contains(key, Qt::CaseInsensitive);
}

// Which of the ticket's criteria an agent meets.
struct SkillMatch
{
    bool type = false;
    bool channel = false;
    bool language = false;
    int score() const { return int(type) + int(channel) + int(language); }
};

// nullopt: the agent is not considered for the ticket (no matching skill,
// or they list languages and the ticket's is not among them).
std::optional<SkillMatch> matchSkills(const RoutingCandidate& agent, const RoutingRequest& request)
{
    SkillMatch match;
    match.type = containsKey(agent.skills, toKey(request.type));
    match.channel = containsKey(agent.skills, toKey(request.channel));
    if (!match.type && !match.channel)
        return std::nullopt;
    if (!request.language.isEmpty() && !agent.languages.isEmpty()) {
        if (!containsKey(agent.languages, request.language))
            return std::nullopt;
        match.language = true;
    }
    return match;
}

// The matched criteria as the history shows them: "skill fault",
// "skills fault and phone, language ru".
QString describe(const SkillMatch& match, const RoutingRequest& request)
{
    QString text;
    if (match.type && match.channel) {
        //: Routing reason: the agent has both skills, e.g. "skills fault and phone".
        text = Tr::tr("skills %1 and %2").arg(toKey(request.type), toKey(request.channel));
    } else {
        //: Routing reason: the agent has this skill, e.g. "skill fault".
        text = Tr::tr("skill %1").arg(match.type ? toKey(request.type) : toKey(request.channel));
    }
    if (match.language) {
        //: Routing reason: the matched criteria, e.g. "skill fault, language ru".
        text = Tr::tr("%1, language %2").arg(text, request.language);
    }
    return text;
}

RoutingDecision decisionFor(const RoutingCandidate& agent, QString reason)
{
    RoutingDecision decision;
    decision.agent = agent.id;
    decision.login = agent.login;
    decision.name = agent.name;
    decision.openTickets = agent.openTickets;
    decision.reason = std::move(reason);
    return decision;
}

} // namespace

TicketRouter::TicketRouter(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<std::optional<RoutingDecision>> TicketRouter::route(const RoutingRequest& request) const
{
    using Decision = std::optional<RoutingDecision>;
    if (request.group == 0)
        return Decision();
    TeamRepository team(m_database);
    auto group = team.groupRouting(request.group);
    if (!group)
        return group.error();
    if (group->mode == RoutingMode::Manual)
        return Decision();

    auto members = team.onlineMembers(request.group);
    if (!members)
        return members.error();
    QList<RoutingCandidate> eligible = members.value();
    eligible.removeIf(isFull);
    if (eligible.isEmpty()) {
        qCDebug(lcTickets) << "routing: no eligible agent in group" << request.group;
        return Decision();
    }

    Decision decision;
    switch (group->mode) {
    case RoutingMode::Manual:
        return Decision();
    case RoutingMode::RoundRobin: {
        const RoutingCandidate& agent = nextAfter(eligible, group->cursor);
        if (Status saved = team.setRoutingCursor(request.group, agent.id); !saved)
            return saved.error();
        //: Routing reason in the ticket history. %1: agent name.
        decision = decisionFor(agent, Tr::tr("routed to %1: round robin, %n open ticket(s)",
                                             nullptr, agent.openTickets)
                                          .arg(agent.name));
        break;
    }
    case RoutingMode::LeastOpen: {
        const RoutingCandidate& agent = leastOpen(eligible);
        //: Routing reason in the ticket history. %1: agent name.
        decision = decisionFor(
            agent, Tr::tr("routed to %1: fewest open tickets (%n)", nullptr, agent.openTickets)
                       .arg(agent.name));
        break;
    }
    case RoutingMode::Skills: {
        const RoutingCandidate* best = nullptr;
        SkillMatch bestMatch;
        for (const RoutingCandidate& agent : std::as_const(eligible)) {
            const auto match = matchSkills(agent, request);
            if (!match)
                continue;
            // Higher score, then fewer open tickets, then lower id
            // (eligible is in id order, so a tie keeps the earlier agent).
            if (!best || match->score() > bestMatch.score() ||
                (match->score() == bestMatch.score() && agent.openTickets < best->openTickets)) {
                best = &agent;
                bestMatch = *match;
            }
        }
        if (best) {
            //: Routing reason in the ticket history. %1: agent name, %2: the
            //: matched criteria ("skill fault, language ru").
            decision = decisionFor(
                *best, Tr::tr("routed to %1: %2, %n open ticket(s)", nullptr, best->openTickets)
                           .arg(best->name, describe(bestMatch, request)));
        } else {
            const RoutingCandidate& agent = leastOpen(eligible);
            //: Routing reason in the ticket history. %1: agent name.
            decision =
                decisionFor(agent, Tr::tr("routed to %1: no agent with the skill, fewest open "
                                          "tickets (%n)",
                                          nullptr, agent.openTickets)
                                       .arg(agent.name));
        }
        break;
    }
    }
    if (decision)
        qCDebug(lcTickets) << "routing: group" << request.group << "->" << decision->login
                           << toKey(group->mode);
    return decision;
}

} // namespace Switchboard
