// SPDX-License-Identifier: MIT
#include "teamrepository.h"

#include "common/logging.h"
#include "common/tr.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace Switchboard {
namespace {

constexpr std::array<std::pair<RoutingMode, const char*>, 4> kRoutingModes{
    {{RoutingMode::Manual, "manual"},
     {RoutingMode::RoundRobin, "round_robin"},
     {RoutingMode::LeastOpen, "least_open"},
     {RoutingMode::Skills, "skills"}}};
constexpr std::array<std::pair<Availability, const char*>, 3> kAvailabilities{
    {{Availability::Online, "online"},
     {Availability::Away, "away"},
     {Availability::Offline, "offline"}}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key)
{
    for (const auto& [candidate, name] : table) {
        if (key == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

// Open tickets of one agent (bound: the agent id), through the partial
// index that holds only open tickets, so the count does not touch the
// resolved and closed history.
const QString kOpenCount = QStringLiteral("SELECT count(*) FROM tickets t INDEXED BY "
                                          "tickets_open_assignee WHERE t.assignee_id = %1 AND "
                                          "t.status_rank < 4");

// kOpenCount for an agent column, as the connection's backend runs it.
QString openCountOf(const QSqlDatabase& db, const QString& agentColumn)
{
    return SqlDialect::of(db).withoutPlanHints(kOpenCount.arg(agentColumn));
}

constexpr int kMaxGroupNameLength = 100;

Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error{ErrorKind::Runtime, Tr::tr("%1: %2").arg(what, query.lastError().text())};
}

Error noSuchGroup(const QString& name)
{
    return Error{ErrorKind::NotFound, Tr::tr("no such group: %1").arg(name)};
}

QStringList splitList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

} // namespace

QString toKey(RoutingMode value)
{
    return keyOf(kRoutingModes, value);
}

QString toKey(Availability value)
{
    return keyOf(kAvailabilities, value);
}

std::optional<RoutingMode> routingModeFromKey(const QString& key)
{
    return valueOf(kRoutingModes, key);
}

std::optional<Availability> availabilityFromKey(const QString& key)
{
    return valueOf(kAvailabilities, key);
}

TeamRepository::TeamRepository(DatabasePtr database)
    : m_database(std::move(database))
{}

Result<GroupId> TeamRepository::addGroup(const QString& name, RoutingMode routing)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorKind::BadInput, Tr::tr("a group needs a name")};
    if (trimmed.size() > kMaxGroupNameLength)
        return Error{
            ErrorKind::BadInput,
            Tr::tr("a group name may have at most %n character(s)", nullptr, kMaxGroupNameLength),
            trimmed.left(20)};

    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT 1 FROM groups WHERE name = ?"));
    sql.addBindValue(trimmed);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not add the group"));
    if (sql.next())
        return Error{ErrorKind::Conflict, Tr::tr("a group named %1 already exists").arg(trimmed)};
    sql.prepare(QStringLiteral("INSERT INTO groups (name, routing) VALUES (?, ?) RETURNING id"));
    sql.addBindValue(trimmed);
    sql.addBindValue(toKey(routing));
    if (!sql.exec() || !sql.next())
        return sqlError(sql, Tr::tr("could not add the group"));
    const GroupId id = sql.value(0).toLongLong();
    qCInfo(lcTickets) << "added group" << trimmed << "routing" << toKey(routing);
    return id;
}

Status TeamRepository::setGroupRouting(const QString& groupName, RoutingMode routing)
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("UPDATE groups SET routing = ? WHERE name = ?"));
    sql.addBindValue(toKey(routing));
    sql.addBindValue(groupName);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not change the group's routing"));
    if (sql.numRowsAffected() == 0)
        return noSuchGroup(groupName);
    qCInfo(lcTickets) << "group" << groupName << "now routes" << toKey(routing);
    return {};
}

Status TeamRepository::addMember(const QString& groupName, const QString& login)
{
    auto group = groupByName(groupName);
    if (!group)
        return group.error();
    auto agent = agentIdByLogin(login);
    if (!agent)
        return agent.error();
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("INSERT INTO group_members (group_id, agent_id) VALUES (?, ?) "
                               "ON CONFLICT DO NOTHING"));
    sql.addBindValue(group.value());
    sql.addBindValue(agent.value());
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not add the agent to the group"));
    return {};
}

Status TeamRepository::removeMember(const QString& groupName, const QString& login)
{
    auto group = groupByName(groupName);
    if (!group)
        return group.error();
    auto agent = agentIdByLogin(login);
    if (!agent)
        return agent.error();
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND agent_id = ?"));
    sql.addBindValue(group.value());
    sql.addBindValue(agent.value());
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not remove the agent from the group"));
    return {};
}

Status TeamRepository::setAvailability(const QString& login, Availability availability)
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("UPDATE agents SET availability = ? WHERE login = ?"));
    sql.addBindValue(toKey(availability));
    sql.addBindValue(login);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not change the agent's availability"));
    if (sql.numRowsAffected() == 0)
        return Error{ErrorKind::NotFound, Tr::tr("no such agent: %1").arg(login)};
    return {};
}

Status TeamRepository::setMaxOpen(const QString& login, int maxOpen)
{
    if (maxOpen < 0)
        return Error{ErrorKind::BadInput,
                     Tr::tr("the limit of open tickets must be 0 (no limit) or more"),
                     QString::number(maxOpen)};
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("UPDATE agents SET max_open = ? WHERE login = ?"));
    sql.addBindValue(maxOpen);
    sql.addBindValue(login);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not change the agent's limit of open tickets"));
    if (sql.numRowsAffected() == 0)
        return Error{ErrorKind::NotFound, Tr::tr("no such agent: %1").arg(login)};
    return {};
}

Result<GroupId> TeamRepository::groupByName(const QString& name) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT id FROM groups WHERE name = ?"));
    sql.addBindValue(name);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the group"));
    if (!sql.next())
        return noSuchGroup(name);
    return sql.value(0).toLongLong();
}

Result<QList<TeamGroup>> TeamRepository::groups() const
{
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT g.id, g.name, g.routing, m.agent_id FROM groups g "
                               "LEFT JOIN group_members m ON m.group_id = g.id "
                               "ORDER BY g.name, g.id, m.agent_id"));
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the groups"));
    QList<TeamGroup> groups;
    while (sql.next()) {
        const GroupId id = sql.value(0).toLongLong();
        if (groups.isEmpty() || groups.last().id != id) {
            TeamGroup group;
            group.id = id;
            group.name = sql.value(1).toString();
            // The CHECK constraint allows only the known keys.
            group.mode = routingModeFromKey(sql.value(2).toString()).value_or(RoutingMode::Manual);
            groups << group;
        }
        if (!sql.value(3).isNull())
            groups.last().members << sql.value(3).toLongLong();
    }
    return groups;
}

Result<QList<AgentRoutingSettings>> TeamRepository::agentSettings() const
{
    QSqlQuery sql(m_database->connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT a.id, a.login, a.availability, a.max_open, (%1) "
                               "FROM agents a ORDER BY a.id")
                    .arg(openCountOf(m_database->connection(), QStringLiteral("a.id"))));
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the agents' routing settings"));
    QList<AgentRoutingSettings> agents;
    while (sql.next()) {
        AgentRoutingSettings agent;
        agent.id = sql.value(0).toLongLong();
        agent.login = sql.value(1).toString();
        // The CHECK constraint allows only the known keys.
        agent.availability =
            availabilityFromKey(sql.value(2).toString()).value_or(Availability::Online);
        agent.maxOpen = sql.value(3).toInt();
        agent.openTickets = sql.value(4).toInt();
        agents << agent;
    }
    return agents;
}

Result<int> TeamRepository::openTicketCount(AgentId agent) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT (%1) FROM agents a WHERE a.id = ?")
                    .arg(openCountOf(m_database->connection(), QStringLiteral("a.id"))));
    sql.addBindValue(agent);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not count the agent's open tickets"));
    if (!sql.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such agent: #%1").arg(agent)};
    return sql.value(0).toInt();
}

Result<GroupRouting> TeamRepository::groupRouting(GroupId group) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT routing, routing_cursor FROM groups WHERE id = ?"));
    sql.addBindValue(group);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the group's routing"));
    if (!sql.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such group: #%1").arg(group)};
    GroupRouting routing;
    routing.id = group;
    // The CHECK constraint allows only the known keys.
    routing.mode = routingModeFromKey(sql.value(0).toString()).value_or(RoutingMode::Manual);
    routing.cursor = sql.value(1).toLongLong();
    return routing;
}

Result<QList<RoutingCandidate>> TeamRepository::onlineMembers(GroupId group) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT a.id, a.login, a.name, a.skills, a.languages, a.max_open, "
                               "(%1) FROM group_members m JOIN agents a ON a.id = m.agent_id "
                               "WHERE m.group_id = ? AND a.active = 1 AND "
                               "a.availability = 'online' ORDER BY a.id")
                    .arg(openCountOf(m_database->connection(), QStringLiteral("a.id"))));
    sql.addBindValue(group);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the group's members"));
    QList<RoutingCandidate> members;
    while (sql.next()) {
        RoutingCandidate member;
        member.id = sql.value(0).toLongLong();
        member.login = sql.value(1).toString();
        member.name = sql.value(2).toString();
        member.skills = splitList(sql.value(3).toString());
        member.languages = splitList(sql.value(4).toString());
        member.maxOpen = sql.value(5).toInt();
        member.openTickets = sql.value(6).toInt();
        members << member;
    }
    return members;
}

Status TeamRepository::setRoutingCursor(GroupId group, AgentId agent)
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("UPDATE groups SET routing_cursor = ? WHERE id = ?"));
    sql.addBindValue(agent);
    sql.addBindValue(group);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not save the round-robin position"));
    if (sql.numRowsAffected() == 0)
        return Error{ErrorKind::NotFound, Tr::tr("no such group: #%1").arg(group)};
    return {};
}

Result<AgentId> TeamRepository::agentIdByLogin(const QString& login) const
{
    QSqlQuery sql(m_database->connection());
    sql.prepare(QStringLiteral("SELECT id FROM agents WHERE login = ?"));
    sql.addBindValue(login);
    if (!sql.exec())
        return sqlError(sql, Tr::tr("could not read the agent"));
    if (!sql.next())
        return Error{ErrorKind::NotFound, Tr::tr("no such agent: %1").arg(login)};
    return sql.value(0).toLongLong();
}

} // namespace Switchboard
