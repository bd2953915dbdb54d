// SPDX-License-Identifier: MIT
// Erlang C against reference values, computed two ways.
//
// Reference example: Call Centre Helper, "Erlang C Formula - Made Simple With
// an Easy Worked Example": 100 calls per 30 minutes (200 per hour) with an
// average handling time of 180 s is A = 200 * 180 / 3600 = 10 erlangs; with a
// target of 80 % answered within 20 s it needs 14 agents (13 reach 79.6 %).
// A second classic, from the Erlang-C pages of the Westbay/erlang.com
// calculators: 360 calls per half hour, 4 minutes each (A = 48), 55 agents,
// 15 s target.
//
// The digits in the tables below were recomputed in exact rational
// arithmetic (Python fractions, sum of A^k / k!) rather than copied from the
// articles, which round to three figures. Rounded: A = 10, c = 11..15 gives
// P(wait) = 0.682, 0.449, 0.285, 0.174, 0.102. (0.277 and 0.160, sometimes
// quoted for c = 13 and 14, do not satisfy the formula.) Each row is also
// checked against directErlangC() below, the textbook factorial sum in long
// double, independent of the Erlang B recursion under test.
#include "metrics/erlangc.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Switchboard;

namespace {

// C(c, A) = (A^c / c! * c / (c - A)) / (sum_{k<c} A^k / k! + A^c / c! * c / (c - A)).
// In long double the powers and factorials stay finite up to A of about 1000
// (500^510 is about 1e1376; long double reaches 1e4932), enough for the rows.
long double directErlangC(int agents, long double traffic)
{
    long double factorial = 1; // k!
    long double sum = 0;
    for (int k = 0; k < agents; ++k) {
        if (k > 0)
            factorial *= k;
        sum += std::pow(traffic, static_cast<long double>(k)) / factorial;
    }
    factorial *= agents;
    const long double top = std::pow(traffic, static_cast<long double>(agents)) / factorial *
                            agents / (agents - traffic);
    return top / (sum + top);
}

long double directServiceLevel(int agents, long double traffic, long double aht, long double within)
{
    return 1 - directErlangC(agents, traffic) * std::exp(-(agents - traffic) * within / aht);
}

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

ErlangCInput input(double arrivals, double aht, double within, double level)
{
    ErlangCInput in;
    in.arrivalsPerHour = arrivals;
    in.averageHandlingSeconds = aht;
    in.answerWithinSeconds = within;
    in.targetServiceLevel = level;
    return in;
}

} // namespace

class TestErlangC : public QObject
{
    Q_OBJECT

private slots:
    void trafficIsArrivalsTimesHandlingTime();
    void publishedValues_data();
    void publishedValues();
    void requiredAgents_data();
    void requiredAgents();
    void zeroArrivalsNeedNoAgents();
    void unstableQueue();
    void largeTrafficStaysFiniteAndFast();
    void moreAgentsServeBetter_data();
    void moreAgentsServeBetter();
    void invalidInput_data();
    void invalidInput();
    void unreachableTargets();
};

void TestErlangC::trafficIsArrivalsTimesHandlingTime()
{
    QCOMPARE(ErlangC::trafficErlangs(200, 180), 10.0);
    QCOMPARE(ErlangC::trafficErlangs(100, 180), 5.0);
    QCOMPARE(ErlangC::trafficErlangs(720, 240), 48.0);
    QCOMPARE(ErlangC::trafficErlangs(0, 180), 0.0);
}

void TestErlangC::publishedValues_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("within");
    QTest::addColumn<double>("waiting");
    QTest::addColumn<double>("serviceLevel");
    QTest::addColumn<double>("asa");
    // Call Centre Helper: A = 10, AHT 180 s, 20 s.
    QTest::newRow("A=10 c=11") << 10.0 << 11 << 180.0 << 20.0 << 0.682118204689 << 0.389613811729
                               << 122.781276844080;
    QTest::newRow("A=10 c=12") << 10.0 << 12 << 180.0 << 20.0 << 0.449388224298 << 0.640158040374
                               << 40.444940186844;
    QTest::newRow("A=10 c=13") << 10.0 << 13 << 180.0 << 20.0 << 0.285270453036 << 0.795594788418
                               << 17.116227182190;
    QTest::newRow("A=10 c=14") << 10.0 << 14 << 180.0 << 20.0 << 0.174131933595 << 0.888350019179
                               << 7.835937011777;
    QTest::newRow("A=10 c=15") << 10.0 << 15 << 180.0 << 20.0 << 0.102042367008 << 0.941452842869
                               << 3.673525212288;
    // 100 calls per hour, AHT 180 s: A = 5.
    QTest::newRow("A=5 c=6") << 5.0 << 6 << 180.0 << 20.0 << 0.587516450461 << 0.474267180853
                             << 105.752961082910;
    QTest::newRow("A=5 c=7") << 5.0 << 7 << 180.0 << 20.0 << 0.324149949173 << 0.740441011543
                             << 29.173495425596;
    QTest::newRow("A=5 c=8") << 5.0 << 8 << 180.0 << 20.0 << 0.167266506662 << 0.880148310767
                             << 10.035990399705;
    // erlang.com: 360 calls per 30 min, 240 s, 55 agents, 15 s (occupancy 87.3 %).
    QTest::newRow("A=48 c=55") << 48.0 << 55 << 240.0 << 15.0 << 0.238700936378 << 0.845883092171
                               << 8.184032104389;
    // Large traffic: A^c / c! would overflow a double from A of about 150.
    QTest::newRow("A=500 c=501") << 500.0 << 501 << 180.0 << 20.0 << 0.945722642169
                                 << 0.153730196985 << 170.230075590488;
    QTest::newRow("A=500 c=510") << 500.0 << 510 << 180.0 << 20.0 << 0.550210712762
                                 << 0.818874491542 << 9.903792829721;
    QTest::newRow("A=500 c=540") << 500.0 << 540 << 180.0 << 20.0 << 0.048319892629
                                 << 0.999432549134 << 0.217439516830;
}

void TestErlangC::publishedValues()
{
    QFETCH(double, traffic);
    QFETCH(int, agents);
    QFETCH(double, aht);
    QFETCH(double, within);
    QFETCH(double, waiting);
    QFETCH(double, serviceLevel);
    QFETCH(double, asa);

    const double c = ErlangC::probabilityOfWaiting(agents, traffic);
    const double sl = ErlangC::serviceLevel(agents, traffic, aht, within);
    const double speed = ErlangC::averageSpeedOfAnswer(agents, traffic, aht);
    QVERIFY2(near(c, waiting, 1e-11), qPrintable(QString::number(c, 'g', 15)));
    QVERIFY2(near(sl, serviceLevel, 1e-11), qPrintable(QString::number(sl, 'g', 15)));
    QVERIFY2(near(speed, asa, 1e-8), qPrintable(QString::number(speed, 'g', 15)));

    // The second, independent computation.
    const long double direct = directErlangC(agents, traffic);
    QVERIFY2(near(c, static_cast<double>(direct), 1e-12),
             qPrintable(QString::number(static_cast<double>(direct), 'g', 15)));
    QVERIFY(near(sl, static_cast<double>(directServiceLevel(agents, traffic, aht, within)), 1e-12));
    QVERIFY(near(speed, static_cast<double>(direct * aht / (agents - traffic)), 1e-9));
    QCOMPARE(ErlangC::occupancy(agents, traffic), traffic / agents);
}

void TestErlangC::requiredAgents_data()
{
    QTest::addColumn<double>("arrivals");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("within");
    QTest::addColumn<double>("level");
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("serviceLevel");
    QTest::newRow("100/h, 180 s, 80% in 20 s")
        << 100.0 << 180.0 << 20.0 << 0.8 << 8 << 0.880148310767;
    QTest::newRow("call centre helper: 200/h, 180 s, 80% in 20 s")
        << 200.0 << 180.0 << 20.0 << 0.8 << 14 << 0.888350019179;
    QTest::newRow("200/h, 95% in 20 s") << 200.0 << 180.0 << 20.0 << 0.95 << 16 << 0.970560492503;
    QTest::newRow("a target just under what 13 agents give is met by 13")
        << 200.0 << 180.0 << 20.0 << 0.7955947884 << 13 << 0.795594788418;
    QTest::newRow("answered without waiting (T = 0)")
        << 200.0 << 180.0 << 0.0 << 0.8 << 14 << 1 - 0.174131933595;
    QTest::newRow("erlang.com: 720/h, 240 s, 80% in 15 s")
        << 720.0 << 240.0 << 15.0 << 0.8 << 55 << 0.845883092171;
    QTest::newRow("A = 500, 80% in 20 s")
        << 10000.0 << 180.0 << 20.0 << 0.8 << 510 << 0.818874491542;
    QTest::newRow("light traffic still needs one agent")
        << 1.0 << 180.0 << 20.0 << 0.8 << 1 << 1 - 0.05 * std::exp(-0.95 * 20 / 180);
}

void TestErlangC::requiredAgents()
{
    QFETCH(double, arrivals);
    QFETCH(double, aht);
    QFETCH(double, within);
    QFETCH(double, level);
    QFETCH(int, agents);
    QFETCH(double, serviceLevel);

    const Result<ErlangCStaffing> result =
        ErlangC::requiredAgents(input(arrivals, aht, within, level));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const double traffic = ErlangC::trafficErlangs(arrivals, aht);
    QCOMPARE(result->agents, agents);
    QCOMPARE(result->trafficErlangs, traffic);
    QVERIFY2(near(result->serviceLevel, serviceLevel, 1e-11),
             qPrintable(QString::number(result->serviceLevel, 'g', 15)));
    QVERIFY(result->serviceLevel >= level - 1e-12);
    // The figures are those of the plain functions for that count.
    QCOMPARE(result->probabilityOfWaiting, ErlangC::probabilityOfWaiting(agents, traffic));
    QCOMPARE(result->averageSpeedOfAnswerSeconds,
             ErlangC::averageSpeedOfAnswer(agents, traffic, aht));
    QCOMPARE(result->occupancy, traffic / agents);
    // And it is the fewest: one agent less misses the target (or is unstable).
    const double fewer = ErlangC::serviceLevel(agents - 1, traffic, aht, within);
    QVERIFY2(fewer < level, qPrintable(QString::number(fewer, 'g', 15)));
}

void TestErlangC::zeroArrivalsNeedNoAgents()
{
    const Result<ErlangCStaffing> result = ErlangC::requiredAgents(input(0, 180, 20, 0.8));
    QVERIFY(result.ok());
    QCOMPARE(result->agents, 0);
    QCOMPARE(result->serviceLevel, 1.0);
    QCOMPARE(result->probabilityOfWaiting, 0.0);
    QCOMPARE(result->averageSpeedOfAnswerSeconds, 0.0);
    QCOMPARE(result->occupancy, 0.0);
    QCOMPARE(result->trafficErlangs, 0.0);
    // Even a 100 % target is met when nothing arrives.
    const Result<ErlangCStaffing> full = ErlangC::requiredAgents(input(0, 180, 20, 1.0));
    QVERIFY(full.ok());
    QCOMPARE(full->agents, 0);
    QCOMPARE(ErlangC::probabilityOfWaiting(3, 0), 0.0);
    QCOMPARE(ErlangC::serviceLevel(3, 0, 180, 20), 1.0);
}

void TestErlangC::unstableQueue()
{
    // c <= A: the queue grows without bound.
    for (int agents : {0, 5, 9, 10}) {
        QCOMPARE(ErlangC::probabilityOfWaiting(agents, 10), 1.0);
        QCOMPARE(ErlangC::serviceLevel(agents, 10, 180, 20), 0.0);
        QCOMPARE(ErlangC::averageSpeedOfAnswer(agents, 10, 180),
                 std::numeric_limits<double>::infinity());
    }
    QCOMPARE(ErlangC::occupancy(5, 10), 1.0);
    QCOMPARE(ErlangC::occupancy(0, 10), 0.0);
    // Just above the traffic the answer is defined, and close to 1.
    const double justAbove = ErlangC::probabilityOfWaiting(11, 10.999);
    QVERIFY(justAbove > 0.99 && justAbove < 1.0);
}

void TestErlangC::largeTrafficStaysFiniteAndFast()
{
    QElapsedTimer timer;
    timer.start();
    // A = 500 and A = 5000: the textbook factorial form would overflow a double.
    for (double arrivals : {10000.0, 100000.0}) {
        const Result<ErlangCStaffing> result =
            ErlangC::requiredAgents(input(arrivals, 180, 20, 0.8));
        QVERIFY(result.ok());
        const double traffic = arrivals * 180 / 3600;
        QVERIFY(result->agents > traffic);
        QVERIFY(result->agents < traffic * 1.1);
        QVERIFY(std::isfinite(result->probabilityOfWaiting));
        QVERIFY(result->probabilityOfWaiting > 0 && result->probabilityOfWaiting < 1);
        QVERIFY(std::isfinite(result->averageSpeedOfAnswerSeconds));
        QVERIFY(result->serviceLevel >= 0.8 && result->serviceLevel < 1);
        QVERIFY(ErlangC::serviceLevel(result->agents - 1, traffic, 180, 20) < 0.8);
    }
    // Right under the cap: about 10,000 Erlang B steps.
    const Result<ErlangCStaffing> nearCap = ErlangC::requiredAgents(input(195000, 180, 20, 0.8));
    QVERIFY(nearCap.ok());
    QVERIFY(nearCap->agents > 9750 && nearCap->agents <= ErlangC::kMaxAgents);
    QVERIFY(std::isfinite(ErlangC::probabilityOfWaiting(ErlangC::kMaxAgents, 9999.5)));
    // Linear in the agent count: microseconds each; the bound only catches a
    // quadratic or factorial regression, not a slow machine.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestErlangC::moreAgentsServeBetter_data()
{
    QTest::addColumn<double>("traffic");
    QTest::newRow("A = 0.5") << 0.5;
    QTest::newRow("A = 10") << 10.0;
    QTest::newRow("A = 10.7") << 10.7;
    QTest::newRow("A = 500") << 500.0;
}

void TestErlangC::moreAgentsServeBetter()
{
    QFETCH(double, traffic);
    const int first = static_cast<int>(std::floor(traffic)) + 1;
    double previousLevel = ErlangC::serviceLevel(first, traffic, 180, 20);
    double previousWaiting = ErlangC::probabilityOfWaiting(first, traffic);
    double previousAsa = ErlangC::averageSpeedOfAnswer(first, traffic, 180);
    for (int agents = first + 1; agents <= first + 60; ++agents) {
        const double level = ErlangC::serviceLevel(agents, traffic, 180, 20);
        const double waiting = ErlangC::probabilityOfWaiting(agents, traffic);
        const double asa = ErlangC::averageSpeedOfAnswer(agents, traffic, 180);
        // Strictly while the values are far from their limits, never backwards.
        QVERIFY2(level >= previousLevel && (level > previousLevel || level == 1.0),
                 qPrintable(QString::number(agents)));
        QVERIFY2(waiting <= previousWaiting && (waiting < previousWaiting || waiting == 0.0),
                 qPrintable(QString::number(agents)));
        QVERIFY2(asa <= previousAsa && (asa < previousAsa || asa == 0.0),
                 qPrintable(QString::number(agents)));
        QVERIFY(level >= 0 && level <= 1 && waiting >= 0 && waiting <= 1 && asa >= 0);
        previousLevel = level;
        previousWaiting = waiting;
        previousAsa = asa;
    }
    // A longer threshold can only help.
    QVERIFY(ErlangC::serviceLevel(first + 2, traffic, 180, 60) >
            ErlangC::serviceLevel(first + 2, traffic, 180, 20));
}

void TestErlangC::invalidInput_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<double>("arrivals");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("within");
    QTest::addColumn<double>("level");
    QTest::addColumn<QString>("names");
    const QString arrivals = QStringLiteral("arrivals per hour");
    const QString aht = QStringLiteral("average handling time");
    const QString within = QStringLiteral("answer-within time");
    const QString level = QStringLiteral("target service level");
    QTest::newRow("negative arrivals") << -1.0 << 180.0 << 20.0 << 0.8 << arrivals;
    QTest::newRow("NaN arrivals") << nan << 180.0 << 20.0 << 0.8 << arrivals;
    QTest::newRow("infinite arrivals") << inf << 180.0 << 20.0 << 0.8 << arrivals;
    QTest::newRow("zero handling time") << 100.0 << 0.0 << 20.0 << 0.8 << aht;
    QTest::newRow("negative handling time") << 100.0 << -180.0 << 20.0 << 0.8 << aht;
    QTest::newRow("NaN handling time") << 100.0 << nan << 20.0 << 0.8 << aht;
    QTest::newRow("negative threshold") << 100.0 << 180.0 << -1.0 << 0.8 << within;
    QTest::newRow("NaN threshold") << 100.0 << 180.0 << nan << 0.8 << within;
    QTest::newRow("infinite threshold") << 100.0 << 180.0 << inf << 0.8 << within;
    QTest::newRow("zero target") << 100.0 << 180.0 << 20.0 << 0.0 << level;
    QTest::newRow("negative target") << 100.0 << 180.0 << 20.0 << -0.8 << level;
    QTest::newRow("target above 1") << 100.0 << 180.0 << 20.0 << 80.0 << level;
    QTest::newRow("NaN target") << 100.0 << 180.0 << 20.0 << nan << level;
}

void TestErlangC::invalidInput()
{
    QFETCH(double, arrivals);
    QFETCH(double, aht);
    QFETCH(double, within);
    QFETCH(double, level);
    QFETCH(QString, names);
    const Result<ErlangCStaffing> result =
        ErlangC::requiredAgents(input(arrivals, aht, within, level));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QVERIFY2(result.error().message.contains(names), qPrintable(result.error().message));
}

void TestErlangC::unreachableTargets()
{
    // 100 % is never reached while contacts arrive at random.
    const Result<ErlangCStaffing> full = ErlangC::requiredAgents(input(100, 180, 20, 1.0));
    QVERIFY(!full.ok());
    QCOMPARE(full.error().kind, ErrorKind::BadInput);
    QVERIFY2(full.error().message.contains(QStringLiteral("100%")),
             qPrintable(full.error().message));
    // Beyond the cap: A = 10,000 cannot be served by 10,000 agents.
    const Result<ErlangCStaffing> huge = ErlangC::requiredAgents(input(200000, 180, 20, 0.8));
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().kind, ErrorKind::BadInput);
    QVERIFY2(huge.error().message.contains(QStringLiteral("10000")),
             qPrintable(huge.error().message));
    // Traffic below the cap whose target needs more agents than the cap.
    const Result<ErlangCStaffing> tight = ErlangC::requiredAgents(input(199990, 180, 20, 0.999999));
    QVERIFY(!tight.ok());
    QCOMPARE(tight.error().kind, ErrorKind::BadInput);
    QVERIFY2(tight.error().message.contains(QStringLiteral("10000")),
             qPrintable(tight.error().message));
    // A value that overflows to infinite traffic is refused, not looped on.
    const Result<ErlangCStaffing> overflow = ErlangC::requiredAgents(input(1e300, 1e300, 20, 0.8));
    QVERIFY(!overflow.ok());
    QCOMPARE(overflow.error().kind, ErrorKind::BadInput);
}

QTEST_GUILESS_MAIN(TestErlangC)
#include "tst_erlangc.moc"
