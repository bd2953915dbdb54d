// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/ticket.h"

#include <QList>

#include <optional>

namespace Switchboard {

// One stretch of a ticket's life as its SLA clock saw it: counting, paused
// (waiting on the customer, or on hold when the policy says so) or stopped
// (resolved or closed).
struct SlaPeriod
{
    enum Kind
    {
        Running,
        Paused,
        Stopped,
    };
    qint64 startMs = 0;
    std::optional<qint64> endMs; // null: still going on
    Kind kind = Running;
    TicketStatus status = TicketStatus::New; // the status that made it this kind
    friend bool operator==(const SlaPeriod&, const SlaPeriod&) = default;
};

// When the ticket's clock ran, paused and stopped, from its "created",
// "status" and "reopened" events (others are ignored), oldest first. It
// follows the resolution clock, which is the one a whole ticket has: the
// response clocks also wait while the ticket is resolved, which "stopped"
// covers. Consecutive periods of one kind are merged while nothing the reader
// needs changes: New and Open are both just "running", but running on hold
// (a policy that does not pause on hold) stays its own period, so the
// timeline shows why on hold did not pause. Periods of no length are left
// out. Without a "created" event the history starts at the earliest event.
// Events are taken in time order; equal instants keep their given order.
QList<SlaPeriod> slaTimeline(const QList<TicketEvent>& events, bool pauseOnHold);
// The same for a ticket whose history may lack its "created" event (tickets
// written before events were recorded, some imports): the ticket's creation
// time stands in for it, in the status the first status change left, or the
// current status if it never changed.
QList<SlaPeriod> slaTimeline(const Ticket& ticket, const QList<TicketEvent>& events,
                             bool pauseOnHold);

} // namespace Switchboard
