// SPDX-License-Identifier: MIT
// The per-agent scorecard of docs/metrics.md ("report agents") on
// hand-computed fixtures: tickets worked through TicketService on a fixed
// clock, rated through RatingRepository. Every expected number is worked out
// in the comment next to it.
#include "common/clock.h"
#include "metrics/agentscorecard.h"
#include "metrics/metricsengine.h"
#include "metrics/metricsrepository.h"
#include "tickets/ratingrepository.h"
#include "tickets/ticketservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include "tempdatabase.h"
#include "ticketbuilder.h"

#include <cmath>
#include <limits>

using namespace Switchboard;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kMonday = 1772409600000; // 2026-03-02T00:00:00Z, a Monday

// QVERIFY2 evaluates its message even on success, so read the error safely.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

double value(const std::optional<double>& figure)
{
    return figure.value_or(-1);
}

// Equal within the three decimals the JSON keeps.
bool near(const std::optional<double>& actual, double expected)
{
    return actual && std::abs(*actual - expected) < 1e-6;
}

} // namespace

class TestAgentScorecard : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void normalisation_data();
    void normalisation();
    void weightsValidateAndRoundTrip();
    void threeAgentsByHand();
    void weightsChangeTheRanking();
    void lowSampleBelowTenRatings();
    void previousPeriodOfEqualLength();
    void emptyPeriod();
    void singleAgentScoresFifty();
    void creditGoesToTheAssigneeAtResolution();
    void agentFilterPicksRowsNotTickets();
    void businessTimeForReaction();
    void invalidStoredWeightsAreRefused();
    void jsonHasTheDocumentedKeys();

private:
    // A ticket created at `created`, first answered by `agent` after
    // `firstResponse`; resolved by that reply (one reply: first-contact
    // resolution) or by a second reply an hour later.
    TicketId resolved(qint64 created, qint64 firstResponse, const QString& agent,
                      bool firstContact = true);
    void rate(TicketId ticket, int score, std::optional<int> quality = std::nullopt,
              std::optional<int> effectiveness = std::nullopt,
              std::optional<int> communication = std::nullopt, qint64 at = 0);
    std::optional<AgentScorecardReport> agents(qint64 from, qint64 to, MetricsQuery query = {});
    // The three agents of threeAgentsByHand() in the week from kMonday.
    void threeAgents();
    static const AgentScore* row(const ScorecardPeriod& period, const QString& login);

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketService> m_service;
    QString m_failure;
};

void TestAgentScorecard::init()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kMonday);
    m_service = std::make_unique<TicketService>(m_db->database(), *m_clock);
    QVERIFY(m_service->setAcknowledgementsEnabled(false).ok());
    Test::TicketBuilder builder(m_db->database());
    builder.agent(QStringLiteral("anna"), QStringLiteral("Anna"));
    builder.agent(QStringLiteral("li"), QStringLiteral("Li"));
    builder.agent(QStringLiteral("max"), QStringLiteral("Max"));
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));
    m_failure.clear();
}

TicketId TestAgentScorecard::resolved(qint64 created, qint64 firstResponse, const QString& agent,
                                      bool firstContact)
{
    m_clock->setMs(created);
    NewTicketRequest request;
    request.subject = QStringLiteral("Printer jams");
    request.requesterEmail = QStringLiteral("olga@example.ru");
    request.body = QStringLiteral("The paper is stuck");
    auto ticket = m_service->create(request);
    if (!ticket) {
        m_failure = ticket.error().toString();
        return 0;
    }
    ReplyRequest reply;
    reply.agent = agent;
    reply.body = QStringLiteral("Please try again");
    if (firstContact)
        reply.thenStatus = TicketStatus::Resolved;
    m_clock->setMs(created + firstResponse);
    if (auto replied = m_service->reply(ticket->id, reply); !replied)
        m_failure = replied.error().toString();
    if (!firstContact) {
        reply.thenStatus = TicketStatus::Resolved;
        m_clock->setMs(created + firstResponse + kHour);
        if (auto replied = m_service->reply(ticket->id, reply); !replied)
            m_failure = replied.error().toString();
    }
    return ticket->id;
}

void TestAgentScorecard::rate(TicketId ticket, int score, std::optional<int> quality,
                              std::optional<int> effectiveness, std::optional<int> communication,
                              qint64 at)
{
    TicketRating rating;
    rating.ticket = ticket;
    rating.score = score;
    rating.quality = quality;
    rating.effectiveness = effectiveness;
    rating.communication = communication;
    rating.source = QStringLiteral("survey");
    rating.ratedAt = at != 0 ? at : kMonday + 5 * kDay;
    if (Status rated = RatingRepository(m_db->database(), *m_clock).rate(rating); !rated)
        m_failure = rated.error().toString();
}

std::optional<AgentScorecardReport> TestAgentScorecard::agents(qint64 from, qint64 to,
                                                               MetricsQuery query)
{
    query.fromMs = from;
    query.toMs = to;
    auto report = MetricsEngine(m_db->database(), *m_clock).agents(query);
    if (!report) {
        m_failure = report.error().toString();
        return std::nullopt;
    }
    return report.value();
}

const AgentScore* TestAgentScorecard::row(const ScorecardPeriod& period, const QString& login)
{
    for (const AgentScore& agent : period.agents) {
        if (agent.login == login)
            return &agent;
    }
    return nullptr;
}

// Monday of the week from kMonday, tickets 10 minutes apart from 09:00.
//   anna: first responses 10 and 30 min, both first contact; rated
//         (score, quality, effectiveness, communication) 5,5,4,3 and 3,3,4,3.
//   li:   first responses 40 and 40 min, one first contact; rated 4,4,2,5 twice.
//   max:  first response 80 min, not first contact; rated 2,2,3,4.
void TestAgentScorecard::threeAgents()
{
    const qint64 t = kMonday + 9 * kHour;
    const QString anna = QStringLiteral("anna");
    const QString li = QStringLiteral("li");
    const QString max = QStringLiteral("max");
    const TicketId a1 = resolved(t, 10 * kMinute, anna);
    const TicketId a2 = resolved(t + 10 * kMinute, 30 * kMinute, anna);
    const TicketId l1 = resolved(t + 20 * kMinute, 40 * kMinute, li);
    const TicketId l2 = resolved(t + 30 * kMinute, 40 * kMinute, li, false);
    const TicketId m1 = resolved(t + 40 * kMinute, 80 * kMinute, max, false);
    rate(a1, 5, 5, 4, 3);
    rate(a2, 3, 3, 4, 3);
    rate(l1, 4, 4, 2, 5);
    rate(l2, 4, 4, 2, 5);
    rate(m1, 2, 2, 3, 4);
}

void TestAgentScorecard::normalisation_data()
{
    QTest::addColumn<int>("figure");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("reference");
    QTest::addColumn<double>("score");
    const int reaction = int(ScorecardFigure::ReactionMedian);
    const int fcr = int(ScorecardFigure::FcrPercent);
    const int quality = int(ScorecardFigure::Quality);
    // Time: 50 + 25 log2(reference / value).
    QTest::newRow("reaction at the median") << reaction << 600.0 << 600.0 << 50.0;
    QTest::newRow("reaction twice as fast") << reaction << 300.0 << 600.0 << 75.0;
    QTest::newRow("reaction four times as fast") << reaction << 150.0 << 600.0 << 100.0;
    QTest::newRow("reaction eight times as fast: capped") << reaction << 75.0 << 600.0 << 100.0;
    QTest::newRow("reaction twice as slow") << reaction << 1200.0 << 600.0 << 25.0;
    QTest::newRow("reaction eight times as slow: capped") << reaction << 4800.0 << 600.0 << 0.0;
    QTest::newRow("reaction at once") << reaction << 0.0 << 600.0 << 100.0;
    QTest::newRow("reaction when the median is at once") << reaction << 60.0 << 0.0 << 0.0;
    QTest::newRow("reaction both at once") << reaction << 0.0 << 0.0 << 50.0;
    // Percentages from 0: 50 value / reference.
    QTest::newRow("fcr at the median") << fcr << 80.0 << 80.0 << 50.0;
    QTest::newRow("fcr half the median") << fcr << 40.0 << 80.0 << 25.0;
    QTest::newRow("fcr above twice the median: capped") << fcr << 100.0 << 40.0 << 100.0;
    QTest::newRow("fcr when the median is 0") << fcr << 10.0 << 0.0 << 100.0;
    QTest::newRow("fcr 0 of 0") << fcr << 0.0 << 0.0 << 50.0;
    // Ratings from 1: 50 (value - 1) / (reference - 1).
    QTest::newRow("rating 5 against 4") << quality << 5.0 << 4.0 << 50.0 * 4 / 3;
    QTest::newRow("rating 3 against 4") << quality << 3.0 << 4.0 << 50.0 * 2 / 3;
    QTest::newRow("rating 1: nothing") << quality << 1.0 << 4.0 << 0.0;
    QTest::newRow("rating 5 against 3: capped") << quality << 5.0 << 3.0 << 100.0;
}

void TestAgentScorecard::normalisation()
{
    QFETCH(int, figure);
    QFETCH(double, value);
    QFETCH(double, reference);
    QFETCH(double, score);
    const auto actual = Scorecard::normalise(ScorecardFigure(figure), value, reference);
    QVERIFY(actual);
    QCOMPARE(*actual, score);
    QVERIFY(!Scorecard::normalise(ScorecardFigure(figure), std::nullopt, reference));
    QVERIFY(!Scorecard::normalise(ScorecardFigure(figure), value, std::nullopt));
}

void TestAgentScorecard::weightsValidateAndRoundTrip()
{
    const MetricsEngine engine(m_db->database(), *m_clock);
    auto stored = engine.scorecardWeights();
    QVERIFY2(stored, why(stored).constData());
    QCOMPARE(*stored, ScorecardWeights{}); // equal by default
    for (const double weight : stored->values)
        QCOMPARE(weight, 1.0);

    ScorecardWeights weights;
    weights.setWeight(ScorecardCriterion::Reaction, 2.5);
    weights.setWeight(ScorecardCriterion::Feedback, 0);
    QVERIFY(engine.setScorecardWeights(weights).ok());
    stored = engine.scorecardWeights();
    QVERIFY2(stored, why(stored).constData());
    QCOMPARE(*stored, weights);
    auto text = MetricsRepository(m_db->database()).setting(ScorecardWeights::kSettingsKey);
    QVERIFY(text && *text);
    QCOMPARE(QJsonDocument::fromJson((*text)->toUtf8()).object(), weights.toJson());

    // Refused, and the stored weights stay as they were.
    ScorecardWeights negative;
    negative.setWeight(ScorecardCriterion::Quality, -1);
    ScorecardWeights zero;
    zero.values.fill(0);
    ScorecardWeights notANumber;
    notANumber.setWeight(ScorecardCriterion::Communication,
                         std::numeric_limits<double>::quiet_NaN());
    ScorecardWeights infinite;
    infinite.setWeight(ScorecardCriterion::Effectiveness, std::numeric_limits<double>::infinity());
    for (const ScorecardWeights& bad : {negative, zero, notANumber, infinite}) {
        const Status refused = engine.setScorecardWeights(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    }
    stored = engine.scorecardWeights();
    QVERIFY2(stored, why(stored).constData());
    QCOMPARE(*stored, weights);

    // From JSON: absent keys keep 1; unknown keys and non-numbers are refused.
    auto partial = ScorecardWeights::fromJson(QJsonObject{{QStringLiteral("quality"), 3}});
    QVERIFY2(partial, why(partial).constData());
    QCOMPARE(partial->weight(ScorecardCriterion::Quality), 3.0);
    QCOMPARE(partial->weight(ScorecardCriterion::Reaction), 1.0);
    QVERIFY(!ScorecardWeights::fromJson(QJsonObject{{QStringLiteral("speed"), 1}}));
    QVERIFY(
        !ScorecardWeights::fromJson(QJsonObject{{QStringLiteral("quality"), QStringLiteral("2")}}));
}

void TestAgentScorecard::threeAgentsByHand()
{
    threeAgents();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    const ScorecardPeriod& card = report->current;
    QCOMPARE(card.agents.size(), 3);

    // The figures of each agent.
    const AgentScore* anna = row(card, QStringLiteral("anna"));
    const AgentScore* li = row(card, QStringLiteral("li"));
    const AgentScore* max = row(card, QStringLiteral("max"));
    QVERIFY(anna && li && max);
    QCOMPARE(anna->resolved, 2);
    QCOMPARE(anna->rated, 2);
    QCOMPARE(value(anna->figure(ScorecardFigure::ReactionMedian)), 1200.0); // (600 + 1800) / 2
    QCOMPARE(value(anna->figure(ScorecardFigure::FcrPercent)), 100.0);
    QCOMPARE(value(anna->figure(ScorecardFigure::Quality)), 4.0);
    QCOMPARE(value(anna->figure(ScorecardFigure::Effectiveness)), 4.0);
    QCOMPARE(value(anna->figure(ScorecardFigure::Communication)), 3.0);
    QCOMPARE(value(anna->figure(ScorecardFigure::Feedback)), 4.0);
    QCOMPARE(value(li->figure(ScorecardFigure::ReactionMedian)), 2400.0);
    QCOMPARE(value(li->figure(ScorecardFigure::FcrPercent)), 50.0);
    QCOMPARE(value(li->figure(ScorecardFigure::Effectiveness)), 2.0);
    QCOMPARE(value(li->figure(ScorecardFigure::Communication)), 5.0);
    QCOMPARE(value(max->figure(ScorecardFigure::ReactionMedian)), 4800.0);
    QCOMPARE(value(max->figure(ScorecardFigure::FcrPercent)), 0.0);
    QCOMPARE(value(max->figure(ScorecardFigure::Feedback)), 2.0);

    // References, the medians of the three agents: reaction 2400, FCR 50,
    // quality 4, effectiveness 3, communication 4, feedback 4.
    QCOMPARE(value(card.reference[size_t(ScorecardFigure::ReactionMedian)]), 2400.0);
    QCOMPARE(value(card.reference[size_t(ScorecardFigure::FcrPercent)]), 50.0);
    QCOMPARE(value(card.reference[size_t(ScorecardFigure::Quality)]), 4.0);
    QCOMPARE(value(card.reference[size_t(ScorecardFigure::Effectiveness)]), 3.0);
    QCOMPARE(value(card.reference[size_t(ScorecardFigure::Communication)]), 4.0);
    QCOMPARE(value(card.reference[size_t(ScorecardFigure::Feedback)]), 4.0);

    // Scores.
    // reaction: anna 50 + 25 log2(2400/1200) = 75, li 50, max 25.
    QVERIFY(near(anna->score(ScorecardCriterion::Reaction), 75));
    QVERIFY(near(li->score(ScorecardCriterion::Reaction), 50));
    QVERIFY(near(max->score(ScorecardCriterion::Reaction), 25));
    // quality (4 - 1 = 3 above the floor): 50, 50, 50 * 1/3.
    QVERIFY(near(anna->score(ScorecardCriterion::Quality), 50));
    QVERIFY(near(max->score(ScorecardCriterion::Quality), 50.0 / 3));
    // effectiveness, the mean of FCR (50 * v / 50) and the rating (50 * (v - 1) / 2):
    // anna (100 + 75) / 2, li (50 + 25) / 2, max (0 + 50) / 2.
    QVERIFY(near(anna->score(ScorecardCriterion::Effectiveness), 87.5));
    QVERIFY(near(li->score(ScorecardCriterion::Effectiveness), 37.5));
    QVERIFY(near(max->score(ScorecardCriterion::Effectiveness), 25));
    // communication (3 above the floor): anna 50 * 2/3, li 50 * 4/3, max 50.
    QVERIFY(near(anna->score(ScorecardCriterion::Communication), 100.0 / 3));
    QVERIFY(near(li->score(ScorecardCriterion::Communication), 200.0 / 3));
    QVERIFY(near(max->score(ScorecardCriterion::Communication), 50));
    // feedback: 50, 50, 50 / 3.
    QVERIFY(near(li->score(ScorecardCriterion::Feedback), 50));
    QVERIFY(near(max->score(ScorecardCriterion::Feedback), 50.0 / 3));
    // Totals with equal weights: the mean of the five.
    const double annaTotal = (75 + 50 + 87.5 + 100.0 / 3 + 50) / 5;   // 59.167
    const double liTotal = (50 + 50 + 37.5 + 200.0 / 3 + 50) / 5;     // 50.833
    const double maxTotal = (25 + 50.0 / 3 + 25 + 50 + 50.0 / 3) / 5; // 26.667
    QVERIFY(near(anna->total, annaTotal));
    QVERIFY(near(li->total, liTotal));
    QVERIFY(near(max->total, maxTotal));
    QCOMPARE(card.agents.at(0).login, QStringLiteral("anna"));
    QCOMPARE(card.agents.at(1).login, QStringLiteral("li"));
    QCOMPARE(card.agents.at(2).login, QStringLiteral("max"));
    QCOMPARE(anna->rank.value_or(-1), 1);
    QCOMPARE(li->rank.value_or(-1), 2);
    QCOMPARE(max->rank.value_or(-1), 3);

    // The team: its own figures over all 5 tickets and ratings.
    QCOMPARE(card.teamResolved, 5);
    QCOMPARE(card.teamRated, 5);
    // first responses 600, 1800, 2400, 2400, 4800: median 2400.
    QCOMPARE(value(card.teamFigures[size_t(ScorecardFigure::ReactionMedian)]), 2400.0);
    QCOMPARE(value(card.teamFigures[size_t(ScorecardFigure::FcrPercent)]), 60.0); // 3 of 5
    QVERIFY(near(card.teamFigures[size_t(ScorecardFigure::Quality)], 3.6));       // 18 / 5
    QVERIFY(near(card.teamFigures[size_t(ScorecardFigure::Effectiveness)], 3.0)); // 15 / 5
    QVERIFY(near(card.teamFigures[size_t(ScorecardFigure::Communication)], 4.0)); // 20 / 5
    QVERIFY(near(card.teamFigures[size_t(ScorecardFigure::Feedback)], 3.6));      // 18 / 5
    // The team average: the mean of the agents' scores.
    QVERIFY(near(card.teamScores[size_t(ScorecardCriterion::Reaction)], 50));
    QVERIFY(near(card.teamTotal, (annaTotal + liTotal + maxTotal) / 3));
    QCOMPARE(card.unattributedResolved, 0);
    QCOMPARE(card.unattributedRated, 0);
    // The same definitions as the KPI report, whose tickets here are all credited.
    MetricsQuery query;
    query.fromMs = kMonday;
    query.toMs = kMonday + kWeek;
    const auto kpi = MetricsEngine(m_db->database(), *m_clock).kpi(query);
    QVERIFY2(kpi, why(kpi).constData());
    QCOMPARE(kpi->ticketsResolved, card.teamResolved);
    QCOMPARE(kpi->ratingsCount, card.teamRated);
    QCOMPARE(kpi->fcrPercent, card.teamFigures[size_t(ScorecardFigure::FcrPercent)]);
    QCOMPARE(kpi->firstResponse.medianSeconds,
             card.teamFigures[size_t(ScorecardFigure::ReactionMedian)]);
    QCOMPARE(kpi->satisfactionAverage, card.teamFigures[size_t(ScorecardFigure::Feedback)]);
    for (const AgentScore& agent : card.agents)
        QVERIFY(agent.lowSample); // 2, 2 and 1 ratings
    QCOMPARE(report->lowSampleBelow, 10);

    // Nothing before: the previous week is empty.
    QVERIFY(report->previous.agents.isEmpty());
    QCOMPARE(report->previous.toMs, kMonday);
    QCOMPARE(report->previous.fromMs, kMonday - kWeek);

    // The JSON of one row: comparisons with the team and the previous period.
    const QJsonObject json = report->toJson();
    const QJsonObject first = json.value(QStringLiteral("agents")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("login")).toString(), QStringLiteral("anna"));
    QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(
        first.value(QStringLiteral("vs_team")).toObject().value(QStringLiteral("total")),
        QJsonValue(std::round((annaTotal - (annaTotal + liTotal + maxTotal) / 3) * 1000) / 1000));
    QVERIFY(first.value(QStringLiteral("previous")).isNull());
    QVERIFY(
        first.value(QStringLiteral("change")).toObject().value(QStringLiteral("total")).isNull());
}

void TestAgentScorecard::weightsChangeTheRanking()
{
    threeAgents();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const MetricsEngine engine(m_db->database(), *m_clock);

    // Communication counting three times: anna (295.833 + 2 * 33.333) / 7 =
    // 51.786, li (254.167 + 2 * 66.667) / 7 = 55.357, max (133.333 + 2 *
    // 50) / 7 = 33.333. Li is first now.
    ScorecardWeights weights;
    weights.setWeight(ScorecardCriterion::Communication, 3);
    QVERIFY(engine.setScorecardWeights(weights).ok());
    auto report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->weights, weights);
    const ScorecardPeriod& card = report->current;
    QCOMPARE(card.agents.at(0).login, QStringLiteral("li"));
    QVERIFY(near(card.agents.at(0).total, (254.1666666666667 + 400.0 / 3) / 7));
    QCOMPARE(card.agents.at(1).login, QStringLiteral("anna"));
    QVERIFY(near(card.agents.at(1).total, (295.8333333333333 + 200.0 / 3) / 7));
    QCOMPARE(card.agents.at(2).login, QStringLiteral("max"));
    QVERIFY(near(card.agents.at(2).total, (133.3333333333333 + 100.0) / 7));

    // Only the reaction time: anna 75, li 50, max 25. A weight of 0 drops
    // a criterion from the total.
    weights.values.fill(0);
    weights.setWeight(ScorecardCriterion::Reaction, 1);
    QVERIFY(engine.setScorecardWeights(weights).ok());
    report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    QVERIFY(near(report->current.agents.at(0).total, 75));
    QVERIFY(near(report->current.agents.at(2).total, 25));

    // Only feedback: anna and li tie at 50 and share rank 1; max is 3rd.
    weights.values.fill(0);
    weights.setWeight(ScorecardCriterion::Feedback, 1);
    QVERIFY(engine.setScorecardWeights(weights).ok());
    report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->current.agents.at(0).login, QStringLiteral("anna")); // ties by login
    QCOMPARE(report->current.agents.at(0).rank.value_or(-1), 1);
    QCOMPARE(report->current.agents.at(1).login, QStringLiteral("li"));
    QCOMPARE(report->current.agents.at(1).rank.value_or(-1), 1);
    QCOMPARE(report->current.agents.at(2).rank.value_or(-1), 3);
}

void TestAgentScorecard::lowSampleBelowTenRatings()
{
    // anna: 10 rated tickets, li: 9.
    for (int i = 0; i < 19; ++i) {
        const QString agent = i < 10 ? QStringLiteral("anna") : QStringLiteral("li");
        const TicketId id = resolved(kMonday + 9 * kHour + i * kMinute, 5 * kMinute, agent);
        rate(id, 4);
    }
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    const AgentScore* anna = row(report->current, QStringLiteral("anna"));
    const AgentScore* li = row(report->current, QStringLiteral("li"));
    QVERIFY(anna && li);
    QCOMPARE(anna->rated, 10);
    QVERIFY(!anna->lowSample);
    QCOMPARE(li->rated, 9);
    QVERIFY(li->lowSample);
    const QJsonArray rows = report->toJson().value(QStringLiteral("agents")).toArray();
    for (const QJsonValue& agent : rows) {
        const QJsonObject object = agent.toObject();
        QCOMPARE(object.value(QStringLiteral("low_sample")).toBool(),
                 object.value(QStringLiteral("login")).toString() == QLatin1String("li"));
    }
}

void TestAgentScorecard::previousPeriodOfEqualLength()
{
    // The week before: anna answers in 10 min, li in 40 min (both first contact).
    resolved(kMonday - kWeek + 9 * kHour, 10 * kMinute, QStringLiteral("anna"));
    resolved(kMonday - kWeek + 10 * kHour, 40 * kMinute, QStringLiteral("li"));
    // This week both answer in 20 min.
    resolved(kMonday + 9 * kHour, 20 * kMinute, QStringLiteral("anna"));
    resolved(kMonday + 10 * kHour, 20 * kMinute, QStringLiteral("li"));
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->previous.fromMs, kMonday - kWeek);
    QCOMPARE(report->previous.toMs, kMonday);

    // Previous week: reference reaction median(600, 2400) = 1500, so anna
    // 50 + 25 log2(1500/600) = 83.048, li 50 + 25 log2(1500/2400) = 33.048;
    // effectiveness (FCR 100 against 100) 50 each; no ratings. Totals the
    // mean of the two.
    const double annaBefore = (50 + 25 * std::log2(1500.0 / 600) + 50) / 2;
    const double liBefore = (50 + 25 * std::log2(1500.0 / 2400) + 50) / 2;
    const AgentScore* annaPrevious = row(report->previous, QStringLiteral("anna"));
    const AgentScore* liPrevious = row(report->previous, QStringLiteral("li"));
    QVERIFY(annaPrevious && liPrevious);
    QVERIFY(near(annaPrevious->total, annaBefore));
    QVERIFY(near(liPrevious->total, liBefore));
    QCOMPARE(annaPrevious->rank.value_or(-1), 1);
    QCOMPARE(liPrevious->rank.value_or(-1), 2);
    QVERIFY(!annaPrevious->score(ScorecardCriterion::Quality));

    // This week they are equal: 50 each, sharing rank 1.
    const AgentScore* anna = row(report->current, QStringLiteral("anna"));
    const AgentScore* li = row(report->current, QStringLiteral("li"));
    QVERIFY(anna && li);
    QVERIFY(near(anna->total, 50));
    QVERIFY(near(li->total, 50));
    QCOMPARE(anna->rank.value_or(-1), 1);
    QCOMPARE(li->rank.value_or(-1), 1);

    const QJsonObject json = report->toJson();
    for (const QJsonValue& agent : json.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject object = agent.toObject();
        const bool isAnna =
            object.value(QStringLiteral("login")).toString() == QLatin1String("anna");
        const QJsonObject previous = object.value(QStringLiteral("previous")).toObject();
        QCOMPARE(previous.value(QStringLiteral("rank")).toInt(), isAnna ? 1 : 2);
        QCOMPARE(previous.value(QStringLiteral("reaction_median_seconds")).toDouble(),
                 isAnna ? 600.0 : 2400.0);
        const double change = object.value(QStringLiteral("change"))
                                  .toObject()
                                  .value(QStringLiteral("total"))
                                  .toDouble();
        QCOMPARE(change, std::round((50 - (isAnna ? annaBefore : liBefore)) * 1000) / 1000);
    }
    QCOMPARE(json.value(QStringLiteral("previous_period")).toObject().value(QStringLiteral("to")),
             QJsonValue(QStringLiteral("2026-03-02T00:00:00Z")));
    QCOMPARE(json.value(QStringLiteral("team"))
                 .toObject()
                 .value(QStringLiteral("previous"))
                 .toObject()
                 .value(QStringLiteral("resolved"))
                 .toInt(),
             2);
}

void TestAgentScorecard::emptyPeriod()
{
    threeAgents(); // all in the week from kMonday
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = agents(kMonday + 4 * kWeek, kMonday + 5 * kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    QVERIFY(report->current.agents.isEmpty());
    QCOMPARE(report->current.teamResolved, 0);
    QCOMPARE(report->current.teamRated, 0);
    QVERIFY(!report->current.teamTotal);
    for (const auto& figure : report->current.teamFigures)
        QVERIFY(!figure);
    const QJsonObject json = report->toJson();
    QVERIFY(json.value(QStringLiteral("agents")).toArray().isEmpty());
    const QJsonObject team = json.value(QStringLiteral("team")).toObject();
    QCOMPARE(team.value(QStringLiteral("agents")).toInt(), 0);
    QVERIFY(team.value(QStringLiteral("reaction_median_seconds")).isNull());
    QVERIFY(
        team.value(QStringLiteral("scores")).toObject().value(QStringLiteral("total")).isNull());

    // A reversed period is refused.
    MetricsQuery query;
    query.fromMs = kMonday;
    query.toMs = kMonday;
    const auto refused = MetricsEngine(m_db->database(), *m_clock).agents(query);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
}

void TestAgentScorecard::singleAgentScoresFifty()
{
    // One agent is the team's median: 50 on every criterion there is.
    const TicketId id = resolved(kMonday + 9 * kHour, 25 * kMinute, QStringLiteral("li"));
    rate(id, 4, 3, 5, 2);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->current.agents.size(), 1);
    const AgentScore& li = report->current.agents.at(0);
    QCOMPARE(li.login, QStringLiteral("li"));
    QCOMPARE(li.name, QStringLiteral("Li"));
    QCOMPARE(li.rank.value_or(-1), 1);
    QCOMPARE(li.resolved, 1);
    QCOMPARE(li.rated, 1);
    QVERIFY(li.lowSample);
    QCOMPARE(value(li.figure(ScorecardFigure::ReactionMedian)), 1500.0);
    for (const auto& score : li.scores)
        QVERIFY(near(score, 50));
    QVERIFY(near(li.total, 50));
    QVERIFY(near(report->current.teamTotal, 50));
}

void TestAgentScorecard::creditGoesToTheAssigneeAtResolution()
{
    const QString anna = QStringLiteral("anna");
    const QString li = QStringLiteral("li");
    NewTicketRequest request;
    request.subject = QStringLiteral("Invoice missing");
    request.requesterEmail = QStringLiteral("li.wei@example.cn");
    auto newTicket = [&](qint64 at) {
        m_clock->setMs(at);
        auto ticket = m_service->create(request);
        if (!ticket)
            m_failure = ticket.error().toString();
        return ticket ? ticket->id : TicketId(0);
    };
    auto step = [&](qint64 at, auto change) {
        m_clock->setMs(at);
        if (auto done = change(); !done)
            m_failure = done.error().toString();
    };
    const qint64 t = kMonday + 9 * kHour;

    // T1: anna answers (and so takes it), it goes to li, who resolves it:
    // li's ticket, with anna's 10-minute first response. Rated 5 later.
    const TicketId t1 = newTicket(t);
    ReplyRequest reply;
    reply.agent = anna;
    reply.body = QStringLiteral("Looking into it");
    step(t + 10 * kMinute, [&] { return m_service->reply(t1, reply); });
    step(t + kHour, [&] { return m_service->assign(t1, li, anna); });
    step(t + 2 * kHour, [&] { return m_service->setStatus(t1, TicketStatus::Resolved, li); });
    rate(t1, 5);

    // T2: resolved while nobody had it, never assigned: counted for nobody.
    const TicketId t2 = newTicket(t + 3 * kHour);
    step(t + 4 * kHour, [&] { return m_service->setStatus(t2, TicketStatus::Resolved, anna); });
    rate(t2, 1);

    // T3: resolved while nobody had it, then assigned to anna while still
    // resolved (an assignee recorded late): anna's. No reply: no first
    // response, not a first-contact resolution. Rated 4 later: anna's.
    const TicketId t3 = newTicket(t + 5 * kHour);
    step(t + 6 * kHour, [&] { return m_service->setStatus(t3, TicketStatus::Resolved, li); });
    step(t + 7 * kHour, [&] { return m_service->assign(t3, anna, li); });
    rate(t3, 4);

    // T4: resolved while nobody had it, reopened, then assigned to li: li
    // did not resolve it, nobody is credited.
    const TicketId t4 = newTicket(t + 8 * kHour);
    step(t + 9 * kHour, [&] { return m_service->setStatus(t4, TicketStatus::Resolved, anna); });
    step(t + 10 * kHour, [&] { return m_service->setStatus(t4, TicketStatus::Open, anna); });
    step(t + 11 * kHour, [&] { return m_service->assign(t4, li, anna); });

    // T5: resolved and rated while nobody had it, then assigned to li: the
    // resolution and the rating are li's.
    const TicketId t5 = newTicket(t + 12 * kHour);
    step(t + 13 * kHour, [&] { return m_service->setStatus(t5, TicketStatus::Resolved, anna); });
    rate(t5, 2, std::nullopt, std::nullopt, std::nullopt, t + 14 * kHour);
    step(t + 15 * kHour, [&] { return m_service->assign(t5, li, anna); });
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    const ScorecardPeriod& card = report->current;
    QCOMPARE(card.agents.size(), 2);
    const AgentScore* liRow = row(card, li);
    const AgentScore* annaRow = row(card, anna);
    QVERIFY(liRow && annaRow);
    QCOMPARE(liRow->resolved, 2); // T1, T5
    QCOMPARE(liRow->rated, 2);
    QCOMPARE(value(liRow->figure(ScorecardFigure::ReactionMedian)), 600.0); // T1 only
    QCOMPARE(value(liRow->figure(ScorecardFigure::FcrPercent)), 50.0);      // T1 of T1, T5
    QCOMPARE(value(liRow->figure(ScorecardFigure::Feedback)), 3.5);         // (5 + 2) / 2
    QCOMPARE(annaRow->resolved, 1);                                         // T3
    QCOMPARE(annaRow->rated, 1);
    QVERIFY(!annaRow->figure(ScorecardFigure::ReactionMedian));
    QCOMPARE(value(annaRow->figure(ScorecardFigure::FcrPercent)), 0.0);
    QCOMPARE(card.unattributedResolved, 2); // T2, T4
    QCOMPARE(card.unattributedRated, 1);    // T2
    QCOMPARE(card.teamResolved, 3);
    QCOMPARE(card.teamRated, 3);
}

void TestAgentScorecard::agentFilterPicksRowsNotTickets()
{
    threeAgents();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    MetricsQuery query;
    query.agents = {MetricsRepository(m_db->database()).agentId(QStringLiteral("li")).value()};
    const auto report = agents(kMonday, kMonday + kWeek, query);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->current.agents.size(), 1);
    const AgentScore& li = report->current.agents.at(0);
    QCOMPARE(li.login, QStringLiteral("li"));
    // Scored and ranked against the whole team, as without the filter.
    QCOMPARE(li.rank.value_or(-1), 2);
    QVERIFY(near(li.total, (50 + 50 + 37.5 + 200.0 / 3 + 50) / 5));
    QCOMPARE(report->current.teamResolved, 5);
    QCOMPARE(report->current.teamAgents, 3);
    QCOMPARE(
        report->toJson().value(QStringLiteral("team")).toObject().value(QStringLiteral("agents")),
        QJsonValue(3));
}

void TestAgentScorecard::businessTimeForReaction()
{
    // Friday 17:30 to Monday 09:30 in a weekdays 09-18 UTC calendar: 30 min
    // on Friday and 30 on Monday, 3600 business seconds (64 h of calendar).
    const qint64 friday = kMonday + 4 * kDay;
    resolved(friday + 17 * kHour + 30 * kMinute, 64 * kHour, QStringLiteral("anna"));
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    BusinessCalendar::Rules rules;
    rules.zone = QTimeZone::utc();
    for (int day = 0; day < 5; ++day)
        rules.week[size_t(day)] = {{9 * 3600, 18 * 3600}};
    MetricsQuery query;
    query.calendar = BusinessCalendar::create(rules).value();
    query.calendarName = QStringLiteral("weekdays");
    const auto business = agents(kMonday, kMonday + 2 * kWeek, query);
    QVERIFY2(business, qPrintable(m_failure));
    QCOMPARE(business->current.agents.size(), 1);
    QCOMPARE(value(business->current.agents.at(0).figure(ScorecardFigure::ReactionMedian)), 3600.0);
    QVERIFY(business->businessTime);
    const auto calendar = agents(kMonday, kMonday + 2 * kWeek);
    QVERIFY2(calendar, qPrintable(m_failure));
    QCOMPARE(value(calendar->current.agents.at(0).figure(ScorecardFigure::ReactionMedian)),
             64.0 * 3600);
}

void TestAgentScorecard::invalidStoredWeightsAreRefused()
{
    threeAgents();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const MetricsRepository repository(m_db->database());
    for (const char* stored : {"not json", R"({"quality": -2})", R"({"reaction": 0, "quality": 0,
        "effectiveness": 0, "communication": 0, "feedback": 0})",
                               R"({"speed": 1})", "[1, 2]"}) {
        QVERIFY(
            repository.setSetting(ScorecardWeights::kSettingsKey, QString::fromUtf8(stored)).ok());
        const auto report = MetricsEngine(m_db->database(), *m_clock).scorecardWeights();
        QVERIFY2(!report, stored);
        QCOMPARE(report.error().kind, ErrorKind::BadInput);
        QVERIFY(report.error().location.startsWith(ScorecardWeights::kSettingsKey));
        MetricsQuery query;
        query.fromMs = kMonday;
        query.toMs = kMonday + kWeek;
        QVERIFY(!MetricsEngine(m_db->database(), *m_clock).agents(query));
    }
}

void TestAgentScorecard::jsonHasTheDocumentedKeys()
{
    threeAgents();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = agents(kMonday, kMonday + kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    const QJsonObject json = report->toJson();
    auto sorted = [](QStringList keys) {
        keys.sort();
        return keys;
    };
    const QStringList figures = {QStringLiteral("reaction_median_seconds"),
                                 QStringLiteral("fcr_pct"),
                                 QStringLiteral("quality_avg"),
                                 QStringLiteral("effectiveness_avg"),
                                 QStringLiteral("communication_avg"),
                                 QStringLiteral("feedback_avg")};
    const QStringList scores = {QStringLiteral("reaction"),      QStringLiteral("quality"),
                                QStringLiteral("effectiveness"), QStringLiteral("communication"),
                                QStringLiteral("feedback"),      QStringLiteral("total")};
    QCOMPARE(json.keys(), sorted({QStringLiteral("period"), QStringLiteral("previous_period"),
                                  QStringLiteral("weights"), QStringLiteral("low_sample_below"),
                                  QStringLiteral("team"), QStringLiteral("agents")}));
    QCOMPARE(json.value(QStringLiteral("weights")).toObject().keys(),
             sorted(QStringList(scores.begin(), scores.end() - 1)));
    const QJsonObject team = json.value(QStringLiteral("team")).toObject();
    QCOMPARE(team.keys(),
             sorted(figures +
                    QStringList{QStringLiteral("agents"), QStringLiteral("resolved"),
                                QStringLiteral("rated"), QStringLiteral("reference"),
                                QStringLiteral("scores"), QStringLiteral("unattributed_resolved"),
                                QStringLiteral("unattributed_rated"), QStringLiteral("previous")}));
    QCOMPARE(team.value(QStringLiteral("reference")).toObject().keys(), sorted(figures));
    QCOMPARE(team.value(QStringLiteral("scores")).toObject().keys(), sorted(scores));
    const QJsonObject agent = json.value(QStringLiteral("agents")).toArray().at(0).toObject();
    QCOMPARE(agent.keys(),
             sorted(figures + QStringList{QStringLiteral("rank"), QStringLiteral("login"),
                                          QStringLiteral("name"), QStringLiteral("resolved"),
                                          QStringLiteral("rated"), QStringLiteral("low_sample"),
                                          QStringLiteral("scores"), QStringLiteral("vs_team"),
                                          QStringLiteral("previous"), QStringLiteral("change")}));
    QCOMPARE(agent.value(QStringLiteral("scores")).toObject().keys(), sorted(scores));
    QCOMPARE(agent.value(QStringLiteral("vs_team")).toObject().keys(), sorted(scores));
    QCOMPARE(agent.value(QStringLiteral("change")).toObject().keys(), sorted(scores));
    QCOMPARE(agent.value(QStringLiteral("reaction_median_seconds")).toDouble(), 1200.0);
    QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")),
             QJsonValue(QStringLiteral("2026-03-02T00:00:00Z")));
}

QTEST_GUILESS_MAIN(TestAgentScorecard)
#include "tst_agentscorecard.moc"
