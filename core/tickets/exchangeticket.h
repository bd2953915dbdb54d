// SPDX-License-Identifier: MIT
#pragma once

#include "ticket.h"

#include <optional>

namespace Switchboard {

// A ticket as imports and exports see it: people and groups by name, not
// by id, and the fields a mapping file names. Times in UTC ms.
struct ExchangeTicket
{
    QString externalId; // the id in the system it came from
    QString subject;
    QString body; // the requester's first message
    QString requesterName;
    QString requesterEmail;
    Channel channel = Channel::Email;
    TicketType type = TicketType::Consultation;
    int priority = 3;
    TicketStatus status = TicketStatus::New;
    QString assigneeLogin; // empty: unassigned
    QString assigneeName;
    QString group;    // empty: no group
    QStringList tags; // sorted
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    std::optional<int> satisfactionScore; // 1..5
    QString satisfactionComment;
};

} // namespace Switchboard
