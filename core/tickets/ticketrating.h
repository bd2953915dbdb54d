// SPDX-License-Identifier: MIT
#pragma once

#include "ticket.h"

#include <QString>

#include <optional>

namespace Switchboard {

// A customer's satisfaction rating of one resolved ticket: the overall score
// and the criteria of the rating system (REQUIREMENTS.md, rating system:
// reaction time, quality of service, effectiveness of the solution,
// communication, and the customer's own words). One per ticket.
struct TicketRating
{
    TicketId ticket = 0;
    int score = 0;                    // 1 .. 5
    std::optional<int> reaction;      // 1 .. 5; nullopt: not asked or not answered
    std::optional<int> quality;       // 1 .. 5
    std::optional<int> effectiveness; // 1 .. 5
    std::optional<int> communication; // 1 .. 5
    QString comment;
    // "operator" (typed in by an agent), "survey" (the customer answered a
    // survey after resolution) or "import" (another system's history).
    QString source = QStringLiteral("operator");
    QString enteredBy;  // agent login; empty when nobody entered it (a survey, an import)
    qint64 ratedAt = 0; // UTC ms; 0 when rating: now
};

// Ratings of a period, for the team or one agent. Means are over the
// ratings that have a value; nullopt when there is none.
struct RatingSummary
{
    int count = 0;
    int satisfiedCount = 0; // score 4 or 5
    std::optional<double> meanScore;
    std::optional<double> satisfiedPercent; // 0 .. 100
    std::optional<double> meanReaction;
    std::optional<double> meanQuality;
    std::optional<double> meanEffectiveness;
    std::optional<double> meanCommunication;
};

} // namespace Switchboard
