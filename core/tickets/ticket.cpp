// SPDX-License-Identifier: MIT
#include "ticket.h"

#include "common/tr.h"

#include <array>
#include <utility>

namespace Switchboard {
namespace {

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

constexpr std::array<std::pair<Channel, const char*>, 4> kChannels{{{Channel::Email, "email"},
                                                                    {Channel::Chat, "chat"},
                                                                    {Channel::Phone, "phone"},
                                                                    {Channel::Web, "web"}}};
constexpr std::array<std::pair<TicketType, const char*>, 4> kTypes{
    {{TicketType::Consultation, "consultation"},
     {TicketType::Fault, "fault"},
     {TicketType::Order, "order"},
     {TicketType::Complaint, "complaint"}}};
constexpr std::array<std::pair<TicketStatus, const char*>, 6> kStatuses{
    {{TicketStatus::New, "new"},
     {TicketStatus::Open, "open"},
     {TicketStatus::Pending, "pending"},
     {TicketStatus::OnHold, "on_hold"},
     {TicketStatus::Resolved, "resolved"},
     {TicketStatus::Closed, "closed"}}};
constexpr std::array<std::pair<MessageKind, const char*>, 4> kMessageKinds{
    {{MessageKind::Customer, "customer"},
     {MessageKind::Reply, "reply"},
     {MessageKind::Note, "note"},
     {MessageKind::System, "system"}}};
constexpr std::array<std::pair<AgentRole, const char*>, 4> kRoles{
    {{AgentRole::Operator, "operator"},
     {AgentRole::Lead, "lead"},
     {AgentRole::Trainer, "trainer"},
     {AgentRole::Admin, "admin"}}};

} // namespace

QString toKey(Channel value)
{
    return keyOf(kChannels, value);
}
QString toKey(TicketType value)
{
    return keyOf(kTypes, value);
}
QString toKey(TicketStatus value)
{
    return keyOf(kStatuses, value);
}
QString toKey(MessageKind value)
{
    return keyOf(kMessageKinds, value);
}
QString toKey(AgentRole value)
{
    return keyOf(kRoles, value);
}
std::optional<Channel> channelFromKey(const QString& key)
{
    return valueOf(kChannels, key);
}
std::optional<TicketType> ticketTypeFromKey(const QString& key)
{
    return valueOf(kTypes, key);
}
std::optional<TicketStatus> ticketStatusFromKey(const QString& key)
{
    return valueOf(kStatuses, key);
}
std::optional<MessageKind> messageKindFromKey(const QString& key)
{
    return valueOf(kMessageKinds, key);
}
std::optional<AgentRole> agentRoleFromKey(const QString& key)
{
    return valueOf(kRoles, key);
}

QString displayName(Channel value)
{
    switch (value) {
    case Channel::Email:
        return Tr::tr("e-mail");
    case Channel::Chat:
        return Tr::tr("chat");
    case Channel::Phone:
        return Tr::tr("phone");
    case Channel::Web:
        return Tr::tr("web");
    }
    return {};
}

QString displayName(TicketType value)
{
    switch (value) {
    case TicketType::Consultation:
        return Tr::tr("consultation");
    case TicketType::Fault:
        return Tr::tr("fault");
    case TicketType::Order:
        return Tr::tr("order");
    case TicketType::Complaint:
        return Tr::tr("complaint");
    }
    return {};
}

QString displayName(TicketStatus value)
{
    switch (value) {
    case TicketStatus::New:
        return Tr::tr("New");
    case TicketStatus::Open:
        return Tr::tr("Open");
    case TicketStatus::Pending:
        return Tr::tr("Pending");
    case TicketStatus::OnHold:
        return Tr::tr("On hold");
    case TicketStatus::Resolved:
        return Tr::tr("Resolved");
    case TicketStatus::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

QString displayName(MessageKind value)
{
    switch (value) {
    case MessageKind::Customer:
        return Tr::tr("customer message");
    case MessageKind::Reply:
        return Tr::tr("reply");
    case MessageKind::Note:
        return Tr::tr("internal note");
    case MessageKind::System:
        return Tr::tr("system message");
    }
    return {};
}

QString displayName(AgentRole value)
{
    switch (value) {
    case AgentRole::Operator:
        return Tr::tr("operator");
    case AgentRole::Lead:
        return Tr::tr("team lead");
    case AgentRole::Trainer:
        return Tr::tr("trainer");
    case AgentRole::Admin:
        return Tr::tr("administrator");
    }
    return {};
}

} // namespace Switchboard
