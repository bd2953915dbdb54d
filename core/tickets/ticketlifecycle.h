// SPDX-License-Identifier: MIT
#pragma once

#include "ticket.h"

#include <QString>

#include <optional>

namespace Switchboard {

// The rules of the ticket lifecycle, without storage:
//   new -> open, pending, on hold, resolved
//   open, pending, on hold -> each other and resolved
//   resolved -> closed, or open again (a reopening)
//   closed is final: the customer writing again opens a linked ticket.
// Nothing goes back to new, and closing needs a resolution first.
class TicketLifecycle
{
public:
    // Why the change is refused (translated), or nullopt when it is allowed.
    static std::optional<QString> refusal(TicketStatus from, TicketStatus to);
    static bool isAllowed(TicketStatus from, TicketStatus to) { return !refusal(from, to); }

    // resolved -> open is a reopening: counted, and it clears the resolution.
    static bool isReopening(TicketStatus from, TicketStatus to);
    static bool isOpen(TicketStatus status)
    {
        return status != TicketStatus::Resolved && status != TicketStatus::Closed;
    }

    // Where a customer's new message takes a ticket: pending and on hold
    // go back to open (the ball is with us again); a resolved ticket within
    // the reopen period is reopened. nullopt: the status stays.
    static std::optional<TicketStatus> afterCustomerMessage(TicketStatus status);
};

} // namespace Switchboard
