// SPDX-License-Identifier: MIT
#include "ticketlifecycle.h"

#include "common/tr.h"

namespace Switchboard {

std::optional<QString> TicketLifecycle::refusal(TicketStatus from, TicketStatus to)
{
    if (from == to)
        return Tr::tr("the ticket is already “%1”").arg(displayName(to));
    if (to == TicketStatus::New)
        return Tr::tr("a ticket cannot go back to new");
    if (from == TicketStatus::Closed)
        return Tr::tr("a closed ticket cannot change; when the customer writes again, a linked "
                      "ticket is opened");
    if (to == TicketStatus::Closed && from != TicketStatus::Resolved)
        return Tr::tr("only a resolved ticket can be closed; resolve it first");
    if (from == TicketStatus::Resolved && to != TicketStatus::Open && to != TicketStatus::Closed)
        return Tr::tr("a resolved ticket can only be reopened or closed");
    return std::nullopt;
}

bool TicketLifecycle::isReopening(TicketStatus from, TicketStatus to)
{
    return from == TicketStatus::Resolved && to == TicketStatus::Open;
}

std::optional<TicketStatus> TicketLifecycle::afterCustomerMessage(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Pending:
    case TicketStatus::OnHold:
    case TicketStatus::Resolved:
        return TicketStatus::Open;
    case TicketStatus::New:
    case TicketStatus::Open:
    case TicketStatus::Closed:
        break;
    }
    return std::nullopt;
}

} // namespace Switchboard
