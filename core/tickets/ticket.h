// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

using TicketId = qint64;
using AgentId = qint64;
using CustomerId = qint64;
using GroupId = qint64;

enum class Channel
{
    Email,
    Chat,
    Phone,
    Web
};
enum class TicketType
{
    Consultation,
    Fault,
    Order,
    Complaint
};
enum class TicketStatus
{
    New,
    Open,
    Pending,
    OnHold,
    Resolved,
    Closed
};
enum class MessageKind
{
    Customer,
    Reply,
    Note,
    System
};
enum class AgentRole
{
    Operator,
    Lead,
    Trainer,
    Admin
};

// Stable storage/CLI keys ("email", "on_hold"); never translated.
QString toKey(Channel value);
QString toKey(TicketType value);
QString toKey(TicketStatus value);
QString toKey(MessageKind value);
QString toKey(AgentRole value);
std::optional<Channel> channelFromKey(const QString& key);
std::optional<TicketType> ticketTypeFromKey(const QString& key);
std::optional<TicketStatus> ticketStatusFromKey(const QString& key);
std::optional<MessageKind> messageKindFromKey(const QString& key);
std::optional<AgentRole> agentRoleFromKey(const QString& key);

// Translated names for display, following the glossary.
QString displayName(Channel value);
QString displayName(TicketType value);
QString displayName(TicketStatus value);
QString displayName(MessageKind value);
QString displayName(AgentRole value);

struct Agent
{
    AgentId id = 0;
    QString login;
    QString name;
    QString email;
    AgentRole role = AgentRole::Operator;
    QStringList skills;
    QStringList languages;
    bool active = true;
};

struct Message
{
    qint64 id = 0;
    MessageKind kind = MessageKind::Customer;
    QString author; // agent login, customer e-mail, or empty for the system
    QString authorName;
    QString body;
    qint64 createdAt = 0; // UTC ms
};

// One change to a ticket; the history is the source of truth for derived state.
struct TicketEvent
{
    qint64 id = 0;
    // created (new: "new"), status and reopened (old/new: status keys),
    // assignee (logins), group (group names), priority (numbers), reply,
    // note. An empty old/new value means none (unassigned, no group).
    // Imports write the same kinds (core/import/ticketassembler.h).
    QString kind;
    QString actor; // agent login, empty for the system or the customer
    QString oldValue;
    QString newValue;
    qint64 at = 0; // UTC ms
};

struct Ticket
{
    TicketId id = 0;
    QString subject;
    Channel channel = Channel::Email;
    TicketType type = TicketType::Consultation;
    int priority = 3; // 1 (highest) .. 4
    TicketStatus status = TicketStatus::New;
    QString requesterName;
    QString requesterEmail;
    QString assigneeLogin; // empty when unassigned
    QString assigneeName;
    QString group;
    QString language;
    QStringList tags;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    int version = 1;
};

// A ticket with its conversation and history, as the detail pane shows it.
struct TicketDetail
{
    Ticket ticket;
    QList<Message> messages;
    QList<TicketEvent> events;
};

} // namespace Switchboard
