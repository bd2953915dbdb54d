// SPDX-License-Identifier: MIT
#pragma once

#include "ticket.h"

#include <QString>

namespace Switchboard {

// Time an agent spent on a ticket (table time_entries): the cost of
// resolution in the service metrics.
struct TimeEntry
{
    qint64 id = 0;
    TicketId ticket = 0;
    AgentId agentId = 0;
    QString agentLogin;
    QString agentName;
    qint64 startedAt = 0; // UTC ms
    int seconds = 0;      // > 0
    QString source;       // "timer" or "manual"
    QString note;
};

} // namespace Switchboard
