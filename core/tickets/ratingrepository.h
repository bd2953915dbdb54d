// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"
#include "ticketrating.h"

#include <optional>

namespace Switchboard {

// Satisfaction ratings of resolved tickets (table ticket_ratings) and their
// summaries for the rating system. One rating per ticket: rating again
// replaces it. Every rating is also a 'rating' event in the ticket's history
// (old: the previous score or none, new: the score), written in the same
// transaction. Rating does not change the ticket itself (status, version),
// so an operator's open window does not see it as a conflicting edit.
// Usable from any thread (each call uses that thread's connection).
class RatingRepository
{
public:
    explicit RatingRepository(DatabasePtr database, const Clock& clock = Clock::system());

    // BadInput for a score out of 1..5 (location: the field's key, "score",
    // "reaction", ...), an unknown source, or a ticket that is not resolved
    // or closed; NotFound for an unknown ticket or enteredBy login.
    Status rate(const TicketRating& rating) const;
    // nullopt: the ticket has no rating yet. NotFound for an unknown ticket.
    Result<std::optional<TicketRating>> rating(TicketId ticket) const;
    // Ratings with fromMs <= rated_at < toMs. agent 0: the whole team;
    // otherwise the ratings of tickets currently assigned to that agent (a
    // reassigned ticket's rating moves with it).
    Result<RatingSummary> summary(qint64 fromMs, qint64 toMs, AgentId agent = 0) const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
