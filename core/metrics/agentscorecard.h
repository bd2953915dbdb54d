// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "tickets/ticket.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Switchboard {

// The per-agent scorecard of the rating system (REQUIREMENTS.md: reaction
// time, quality of service, effectiveness of the solution, communication and
// customer feedback), computed by MetricsEngine::agents() and defined in
// docs/metrics.md, "report agents".

// The five criteria, in the order of the requirements.
enum class ScorecardCriterion
{
    Reaction,
    Quality,
    Effectiveness,
    Communication,
    Feedback,
};
inline constexpr int kScorecardCriteria = 5;
QString toKey(ScorecardCriterion criterion); // "reaction", "quality", ...

// The measured figures a scorecard is built from.
enum class ScorecardFigure
{
    ReactionMedian, // median first response of the tickets, seconds (lower is better)
    FcrPercent,     // first-contact resolution of the tickets, 0 .. 100
    Quality,        // mean ticket_ratings.quality, 1 .. 5
    Effectiveness,  // mean ticket_ratings.effectiveness, 1 .. 5
    Communication,  // mean ticket_ratings.communication, 1 .. 5
    Feedback,       // mean ticket_ratings.score (the overall score), 1 .. 5
};
inline constexpr int kScorecardFigures = 6;
QString toKey(ScorecardFigure figure); // "reaction_median_seconds", "fcr_pct", ...

// How much each criterion counts in the total. Stored in app_settings under
// kSettingsKey as a JSON object with the criteria's keys; a key that is
// absent keeps its default of 1.
struct ScorecardWeights
{
    static inline const QString kSettingsKey = QStringLiteral("metrics.scorecard_weights");

    std::array<double, kScorecardCriteria> values{1, 1, 1, 1, 1};

    double weight(ScorecardCriterion criterion) const { return values[size_t(criterion)]; }
    void setWeight(ScorecardCriterion criterion, double weight)
    {
        values[size_t(criterion)] = weight;
    }

    // BadInput unless every weight is a finite number of 0 or more and at
    // least one is above 0 (location: the criterion's key).
    Status validate() const;
    QJsonObject toJson() const;
    // BadInput for an unknown key, a value that is not a number, or weights
    // that do not validate.
    static Result<ScorecardWeights> fromJson(const QJsonObject& object);

    friend bool operator==(const ScorecardWeights&, const ScorecardWeights&) = default;
};

// Counts and sums of one agent's (or the team's) tickets in a period, folded
// one ticket and one rating at a time.
class ScorecardTally
{
public:
    // A ticket resolved in the period: its first response (when it has
    // one) and whether it counts as a first-contact resolution.
    void addResolved(std::optional<double> firstResponseSeconds, bool firstContact);
    void addRating(int score, std::optional<int> quality, std::optional<int> effectiveness,
                   std::optional<int> communication);
    void add(const ScorecardTally& other);

    qint64 resolved() const { return m_resolved; }
    qint64 rated() const { return m_rated; }
    // The figures; empty where there is nothing to measure.
    std::array<std::optional<double>, kScorecardFigures> figures() const;

private:
    struct Mean
    {
        qint64 count = 0;
        qint64 sum = 0;
        void add(std::optional<int> value)
        {
            if (value) {
                ++count;
                sum += *value;
            }
        }
        std::optional<double> value() const;
    };

    qint64 m_resolved = 0;
    qint64 m_firstContact = 0;
    QList<double> m_firstResponses;
    qint64 m_rated = 0;
    Mean m_score;
    Mean m_quality;
    Mean m_effectiveness;
    Mean m_communication;
};

// One agent's row of a period.
struct AgentScore
{
    AgentId agent = 0;
    QString login;
    QString name;
    qint64 resolved = 0;
    qint64 rated = 0;
    bool lowSample = false; // fewer rated tickets than the threshold
    std::array<std::optional<double>, kScorecardFigures> figures;
    std::array<std::optional<double>, kScorecardCriteria> scores; // 0 .. 100
    std::optional<double> total;                                  // 0 .. 100
    std::optional<int> rank; // 1 = best; equal totals share a rank; empty without a total

    std::optional<double> score(ScorecardCriterion criterion) const
    {
        return scores[size_t(criterion)];
    }
    std::optional<double> figure(ScorecardFigure figure) const { return figures[size_t(figure)]; }
};

// The scorecard of one period: the agents ranked, and the team.
struct ScorecardPeriod
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    // The team's own figures, over every ticket and rating credited to one
    // of its agents (not a mean of the agents' figures).
    qsizetype teamAgents = 0; // agents with a resolution or a rating in the period
    qint64 teamResolved = 0;
    qint64 teamRated = 0;
    std::array<std::optional<double>, kScorecardFigures> teamFigures;
    // The median over the agents of each figure: the value that scores 50.
    std::array<std::optional<double>, kScorecardFigures> reference;
    // The team average: the mean over the agents of each score and of the total.
    std::array<std::optional<double>, kScorecardCriteria> teamScores;
    std::optional<double> teamTotal;
    // Resolutions and ratings of tickets that had no assignee then.
    qint64 unattributedResolved = 0;
    qint64 unattributedRated = 0;

    // Best first: by rank, then login; agents without a total last. All
    // teamAgents of them, unless the caller picked some (MetricsEngine::agents()).
    QList<AgentScore> agents;

    const AgentScore* find(AgentId agent) const;
};

// What `report agents` shows: the period and the one before it, of equal length.
struct AgentScorecardReport
{
    bool businessTime = false;
    QString calendarName;
    QTimeZone timeZone = QTimeZone::utc();
    ScorecardWeights weights;
    int lowSampleBelow = 0;
    ScorecardPeriod current;
    ScorecardPeriod previous;

    // The JSON object of `report agents --json` (docs/metrics.md).
    QJsonObject toJson() const;
};

namespace Scorecard {

// Fewer rated tickets than this mark an agent's row as a low sample.
inline constexpr int kLowSampleBelow = 10;

// The score of a figure against the team's reference, 0 .. 100 and 50 at
// the reference. Higher is better for FCR and ratings: 50 * (value - floor)
// / (reference - floor), where floor is the worst value of the scale (0 %,
// rating 1). Lower is better for the reaction time: 50 + 25 *
// log2(reference / value), 25 points per halving or doubling. Capped at 0
// and 100. Empty without a value or a reference.
std::optional<double> normalise(ScorecardFigure figure, std::optional<double> value,
                                std::optional<double> reference);

// Scores, totals, ranks and the team figures of one period from the tallies
// of its agents (rows with agent, login, name set; their other fields are
// filled in) and of the whole team.
ScorecardPeriod score(QList<AgentScore> rows, const QList<ScorecardTally>& tallies,
                      const ScorecardTally& team, const ScorecardWeights& weights,
                      int lowSampleBelow = kLowSampleBelow);

} // namespace Scorecard

} // namespace Switchboard
