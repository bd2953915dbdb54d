// SPDX-License-Identifier: MIT
#include "agentscorecard.h"

#include "common/timeformat.h"
#include "common/tr.h"
#include "durationstats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Switchboard {
namespace {

constexpr std::array kCriteria = {ScorecardCriterion::Reaction, ScorecardCriterion::Quality,
                                  ScorecardCriterion::Effectiveness,
                                  ScorecardCriterion::Communication, ScorecardCriterion::Feedback};
constexpr std::array kFigures = {ScorecardFigure::ReactionMedian, ScorecardFigure::FcrPercent,
                                 ScorecardFigure::Quality,        ScorecardFigure::Effectiveness,
                                 ScorecardFigure::Communication,  ScorecardFigure::Feedback};

// Three decimals, as in the KPI report.
QJsonValue number(const std::optional<double>& value)
{
    if (!value)
        return QJsonValue::Null;
    return std::round(*value * 1000.0) / 1000.0;
}

std::optional<double> mean(const QList<double>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const double value : values)
        sum += value;
    return sum / double(values.size());
}

std::optional<double> difference(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

// Totals equal to three decimals (as printed) share a rank.
qint64 rankKey(double total)
{
    return std::llround(total * 1000.0);
}

QJsonObject figuresJson(const std::array<std::optional<double>, kScorecardFigures>& figures)
{
    QJsonObject object;
    for (const ScorecardFigure figure : kFigures)
        object.insert(toKey(figure), number(figures[size_t(figure)]));
    return object;
}

QJsonObject scoresJson(const std::array<std::optional<double>, kScorecardCriteria>& scores,
                       std::optional<double> total)
{
    QJsonObject object;
    for (const ScorecardCriterion criterion : kCriteria)
        object.insert(toKey(criterion), number(scores[size_t(criterion)]));
    object.insert(QStringLiteral("total"), number(total));
    return object;
}

QJsonObject differenceJson(const std::array<std::optional<double>, kScorecardCriteria>& a,
                           std::optional<double> aTotal,
                           const std::array<std::optional<double>, kScorecardCriteria>& b,
                           std::optional<double> bTotal)
{
    std::array<std::optional<double>, kScorecardCriteria> scores;
    for (size_t i = 0; i < scores.size(); ++i)
        scores[i] = difference(a[i], b[i]);
    return scoresJson(scores, difference(aTotal, bTotal));
}

QJsonValue optionalInt(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// An agent's row without its comparisons: what `previous` holds.
QJsonObject rowJson(const AgentScore& row)
{
    QJsonObject object = figuresJson(row.figures);
    object.insert(QStringLiteral("rank"), optionalInt(row.rank));
    object.insert(QStringLiteral("resolved"), row.resolved);
    object.insert(QStringLiteral("rated"), row.rated);
    object.insert(QStringLiteral("low_sample"), row.lowSample);
    object.insert(QStringLiteral("scores"), scoresJson(row.scores, row.total));
    return object;
}

QJsonObject teamJson(const ScorecardPeriod& period)
{
    QJsonObject object = figuresJson(period.teamFigures);
    object.insert(QStringLiteral("agents"), period.teamAgents);
    object.insert(QStringLiteral("resolved"), period.teamResolved);
    object.insert(QStringLiteral("rated"), period.teamRated);
    object.insert(QStringLiteral("reference"), figuresJson(period.reference));
    object.insert(QStringLiteral("scores"), scoresJson(period.teamScores, period.teamTotal));
    object.insert(QStringLiteral("unattributed_resolved"), period.unattributedResolved);
    object.insert(QStringLiteral("unattributed_rated"), period.unattributedRated);
    return object;
}

} // namespace

QString toKey(ScorecardCriterion criterion)
{
    switch (criterion) {
    case ScorecardCriterion::Reaction:
        return QStringLiteral("reaction");
    case ScorecardCriterion::Quality:
        return QStringLiteral("quality");
    case ScorecardCriterion::Effectiveness:
        return QStringLiteral("effectiveness");
    case ScorecardCriterion::Communication:
        return QStringLiteral("communication");
    case ScorecardCriterion::Feedback:
        return QStringLiteral("feedback");
    }
    return {};
}

QString toKey(ScorecardFigure figure)
{
    switch (figure) {
    case ScorecardFigure::ReactionMedian:
        return QStringLiteral("reaction_median_seconds");
    case ScorecardFigure::FcrPercent:
        return QStringLiteral("fcr_pct");
    case ScorecardFigure::Quality:
        return QStringLiteral("quality_avg");
    case ScorecardFigure::Effectiveness:
        return QStringLiteral("effectiveness_avg");
    case ScorecardFigure::Communication:
        return QStringLiteral("communication_avg");
    case ScorecardFigure::Feedback:
        return QStringLiteral("feedback_avg");
    }
    return {};
}

Status ScorecardWeights::validate() const
{
    double sum = 0;
    for (const ScorecardCriterion criterion : kCriteria) {
        const double value = weight(criterion);
        // Written so that NaN fails.
        if (!(std::isfinite(value) && value >= 0))
            return Error{
                ErrorKind::BadInput,
                Tr::tr("a scorecard weight must be a number of 0 or more, not %1").arg(value),
                toKey(criterion)};
        sum += value;
    }
    if (!(sum > 0))
        return Error{ErrorKind::BadInput, Tr::tr("at least one scorecard weight must be above 0")};
    return {};
}

QJsonObject ScorecardWeights::toJson() const
{
    QJsonObject object;
    for (const ScorecardCriterion criterion : kCriteria)
        object.insert(toKey(criterion), weight(criterion));
    return object;
}

Result<ScorecardWeights> ScorecardWeights::fromJson(const QJsonObject& object)
{
    ScorecardWeights weights;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto criterion = std::find_if(kCriteria.begin(), kCriteria.end(),
                                            [&](auto c) { return toKey(c) == it.key(); });
        if (criterion == kCriteria.end())
            return Error{ErrorKind::BadInput,
                         Tr::tr("'%1' is not a criterion of the scorecard (reaction, quality, "
                                "effectiveness, communication, feedback)")
                             .arg(it.key()),
                         it.key()};
        if (!it.value().isDouble())
            return Error{ErrorKind::BadInput, Tr::tr("a scorecard weight must be a number"),
                         it.key()};
        weights.setWeight(*criterion, it.value().toDouble());
    }
    if (Status valid = weights.validate(); !valid)
        return valid.error();
    return weights;
}

std::optional<double> ScorecardTally::Mean::value() const
{
    if (count == 0)
        return std::nullopt;
    return double(sum) / double(count);
}

void ScorecardTally::addResolved(std::optional<double> firstResponseSeconds, bool firstContact)
{
    ++m_resolved;
    if (firstContact)
        ++m_firstContact;
    if (firstResponseSeconds)
        m_firstResponses << *firstResponseSeconds;
}

void ScorecardTally::addRating(int score, std::optional<int> quality,
                               std::optional<int> effectiveness, std::optional<int> communication)
{
    ++m_rated;
    m_score.add(score);
    m_quality.add(quality);
    m_effectiveness.add(effectiveness);
    m_communication.add(communication);
}

void ScorecardTally::add(const ScorecardTally& other)
{
    m_resolved += other.m_resolved;
    m_firstContact += other.m_firstContact;
    m_firstResponses << other.m_firstResponses;
    m_rated += other.m_rated;
    for (auto [mine, theirs] :
         {std::pair{&m_score, &other.m_score}, std::pair{&m_quality, &other.m_quality},
          std::pair{&m_effectiveness, &other.m_effectiveness},
          std::pair{&m_communication, &other.m_communication}}) {
        mine->count += theirs->count;
        mine->sum += theirs->sum;
    }
}

std::array<std::optional<double>, kScorecardFigures> ScorecardTally::figures() const
{
    std::array<std::optional<double>, kScorecardFigures> figures;
    QList<double> sorted = m_firstResponses;
    std::sort(sorted.begin(), sorted.end());
    figures[size_t(ScorecardFigure::ReactionMedian)] = percentileOfSorted(sorted, 0.5);
    if (m_resolved > 0)
        figures[size_t(ScorecardFigure::FcrPercent)] =
            100.0 * double(m_firstContact) / double(m_resolved);
    figures[size_t(ScorecardFigure::Quality)] = m_quality.value();
    figures[size_t(ScorecardFigure::Effectiveness)] = m_effectiveness.value();
    figures[size_t(ScorecardFigure::Communication)] = m_communication.value();
    figures[size_t(ScorecardFigure::Feedback)] = m_score.value();
    return figures;
}

const AgentScore* ScorecardPeriod::find(AgentId agent) const
{
    for (const AgentScore& row : agents) {
        if (row.agent == agent)
            return &row;
    }
    return nullptr;
}

QJsonObject AgentScorecardReport::toJson() const
{
    const QJsonObject period{
        {QStringLiteral("from"), isoTimestamp(current.fromMs, timeZone)},
        {QStringLiteral("to"), isoTimestamp(current.toMs, timeZone)},
        {QStringLiteral("time_zone"), QString::fromUtf8(timeZone.id())},
        {QStringLiteral("time"),
         businessTime ? QStringLiteral("business") : QStringLiteral("calendar")},
        {QStringLiteral("calendar"),
         calendarName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(calendarName)},
    };
    const QJsonObject previousPeriod{
        {QStringLiteral("from"), isoTimestamp(previous.fromMs, timeZone)},
        {QStringLiteral("to"), isoTimestamp(previous.toMs, timeZone)},
    };

    QJsonObject team = teamJson(current);
    team.insert(QStringLiteral("previous"), teamJson(previous));

    QJsonArray rows;
    for (const AgentScore& row : current.agents) {
        QJsonObject object = rowJson(row);
        object.insert(QStringLiteral("login"), row.login);
        object.insert(QStringLiteral("name"), row.name);
        object.insert(QStringLiteral("vs_team"),
                      differenceJson(row.scores, row.total, current.teamScores, current.teamTotal));
        const AgentScore* before = previous.find(row.agent);
        object.insert(QStringLiteral("previous"),
                      before ? QJsonValue(rowJson(*before)) : QJsonValue(QJsonValue::Null));
        const AgentScore none;
        object.insert(QStringLiteral("change"),
                      differenceJson(row.scores, row.total, (before ? *before : none).scores,
                                     (before ? *before : none).total));
        rows.append(object);
    }

    return QJsonObject{
        {QStringLiteral("period"), period},
        {QStringLiteral("previous_period"), previousPeriod},
        {QStringLiteral("weights"), weights.toJson()},
        {QStringLiteral("low_sample_below"), lowSampleBelow},
        {QStringLiteral("team"), team},
        {QStringLiteral("agents"), rows},
    };
}

namespace Scorecard {

std::optional<double> normalise(ScorecardFigure figure, std::optional<double> value,
                                std::optional<double> reference)
{
    if (!value || !reference)
        return std::nullopt;
    const bool rating =
        figure != ScorecardFigure::ReactionMedian && figure != ScorecardFigure::FcrPercent;
    const double floor = rating ? 1.0 : 0.0;
    const double v = std::max(0.0, *value - floor);
    const double m = std::max(0.0, *reference - floor);
    double score = 0;
    if (figure == ScorecardFigure::ReactionMedian) {
        // Lower is better, and times spread over orders of magnitude: 25
        // points per halving or doubling against the reference.
        if (v > 0 && m > 0)
            score = 50.0 + 25.0 * std::log2(m / v);
        else
            score = v > 0 ? 0.0 : (m > 0 ? 100.0 : 50.0);
    } else {
        score = m > 0 ? 50.0 * v / m : (v > 0 ? 100.0 : 50.0);
    }
    return std::clamp(score, 0.0, 100.0);
}

ScorecardPeriod score(QList<AgentScore> rows, const QList<ScorecardTally>& tallies,
                      const ScorecardTally& team, const ScorecardWeights& weights,
                      int lowSampleBelow)
{
    ScorecardPeriod period;
    period.teamAgents = rows.size();
    period.teamResolved = team.resolved();
    period.teamRated = team.rated();
    period.teamFigures = team.figures();

    for (qsizetype i = 0; i < rows.size(); ++i) {
        AgentScore& row = rows[i];
        row.resolved = tallies.at(i).resolved();
        row.rated = tallies.at(i).rated();
        row.figures = tallies.at(i).figures();
        row.lowSample = row.rated < lowSampleBelow;
    }

    // The reference of each figure: the median over the agents that have it.
    for (const ScorecardFigure figure : kFigures) {
        QList<double> values;
        for (const AgentScore& row : std::as_const(rows)) {
            if (const auto value = row.figure(figure))
                values << *value;
        }
        std::sort(values.begin(), values.end());
        period.reference[size_t(figure)] = percentileOfSorted(values, 0.5);
    }

    for (AgentScore& row : rows) {
        auto scoreOf = [&](ScorecardFigure figure) {
            return normalise(figure, row.figure(figure), period.reference[size_t(figure)]);
        };
        row.scores[size_t(ScorecardCriterion::Reaction)] = scoreOf(ScorecardFigure::ReactionMedian);
        row.scores[size_t(ScorecardCriterion::Quality)] = scoreOf(ScorecardFigure::Quality);
        // Effectiveness: first-contact resolution and the customers' rating
        // of the solution, the mean of those there are.
        QList<double> effectiveness;
        for (const ScorecardFigure figure :
             {ScorecardFigure::FcrPercent, ScorecardFigure::Effectiveness}) {
            if (const auto value = scoreOf(figure))
                effectiveness << *value;
        }
        row.scores[size_t(ScorecardCriterion::Effectiveness)] = mean(effectiveness);
        row.scores[size_t(ScorecardCriterion::Communication)] =
            scoreOf(ScorecardFigure::Communication);
        row.scores[size_t(ScorecardCriterion::Feedback)] = scoreOf(ScorecardFigure::Feedback);

        // The weighted mean of the scores there are.
        double weighted = 0;
        double weightSum = 0;
        for (const ScorecardCriterion criterion : kCriteria) {
            const auto value = row.score(criterion);
            if (value && weights.weight(criterion) > 0) {
                weighted += weights.weight(criterion) * *value;
                weightSum += weights.weight(criterion);
            }
        }
        if (weightSum > 0)
            row.total = weighted / weightSum;
    }

    std::sort(rows.begin(), rows.end(), [](const AgentScore& a, const AgentScore& b) {
        if (a.total.has_value() != b.total.has_value())
            return a.total.has_value();
        if (a.total && rankKey(*a.total) != rankKey(*b.total))
            return rankKey(*a.total) > rankKey(*b.total);
        return a.login < b.login;
    });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        AgentScore& row = rows[i];
        if (!row.total)
            break;
        const bool tied = i > 0 && rankKey(*rows.at(i - 1).total) == rankKey(*row.total);
        row.rank = tied ? rows.at(i - 1).rank : std::optional<int>(int(i) + 1);
    }

    for (const ScorecardCriterion criterion : kCriteria) {
        QList<double> values;
        for (const AgentScore& row : std::as_const(rows)) {
            if (const auto value = row.score(criterion))
                values << *value;
        }
        period.teamScores[size_t(criterion)] = mean(values);
    }
    QList<double> totals;
    for (const AgentScore& row : std::as_const(rows)) {
        if (row.total)
            totals << *row.total;
    }
    period.teamTotal = mean(totals);
    period.agents = std::move(rows);
    return period;
}

} // namespace Scorecard

} // namespace Switchboard
