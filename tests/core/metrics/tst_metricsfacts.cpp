// SPDX-License-Identifier: MIT
// The hourly facts behind the dashboards must give exactly the figures of
// the KPI report (MetricsEngine::kpi, read from the event history) for any
// period on whole hours: on generated demo histories (reopenings, pauses,
// SLA outcomes, ratings, time entries), after incremental changes through
// TicketService, per bucket, and per group.
#include "common/clock.h"
#include "demo/demodatagenerator.h"
#include "metrics/metricsengine.h"
#include "metrics/metricsfactstore.h"
#include "sla/slaservice.h"
#include "tickets/ticketservice.h"

#include <QSqlQuery>
#include <QTest>

#include "tempdatabase.h"

using namespace Switchboard;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
// 2026-03-02T09:00:00Z: the demo covers the 60 days before it.
constexpr qint64 kNow = 1772442000000;

template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

bool close(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-6 * std::max(1.0, std::abs(*b));
}

QString differences(const KpiReport& facts, const KpiReport& history)
{
    QStringList out;
    auto count = [&](const char* name, qint64 a, qint64 b) {
        if (a != b)
            out << QStringLiteral("%1: facts %2, history %3")
                       .arg(QLatin1String(name))
                       .arg(a)
                       .arg(b);
    };
    auto real = [&](const char* name, std::optional<double> a, std::optional<double> b) {
        if (!close(a, b))
            out << QStringLiteral("%1: facts %2, history %3")
                       .arg(QLatin1String(name),
                            a ? QString::number(*a, 'f', 3) : QStringLiteral("null"),
                            b ? QString::number(*b, 'f', 3) : QStringLiteral("null"));
    };
    auto stats = [&](const char* name, const DurationStats& a, const DurationStats& b) {
        count(name, a.count, b.count);
        real(name, a.totalSeconds, b.totalSeconds);
        real(name, a.averageSeconds, b.averageSeconds);
        real(name, a.medianSeconds, b.medianSeconds);
        real(name, a.p90Seconds, b.p90Seconds);
        real(name, a.maxSeconds, b.maxSeconds);
    };
    count("tickets_created", facts.ticketsCreated, history.ticketsCreated);
    count("tickets_resolved", facts.ticketsResolved, history.ticketsResolved);
    count("backlog_start", facts.backlogStart, history.backlogStart);
    count("backlog_end", facts.backlogEnd, history.backlogEnd);
    real("resolved_pct", facts.resolvedPercent, history.resolvedPercent);
    stats("first_response", facts.firstResponse, history.firstResponse);
    stats("response", facts.response, history.response);
    stats("resolution", facts.resolution, history.resolution);
    real("fcr_pct", facts.fcrPercent, history.fcrPercent);
    real("reopen_rate_pct", facts.reopenRatePercent, history.reopenRatePercent);
    for (int metric = 0; metric < kSlaMetricCount; ++metric) {
        count("sla.met", facts.sla[size_t(metric)].met, history.sla[size_t(metric)].met);
        count("sla.at_goal", facts.sla[size_t(metric)].atGoal, history.sla[size_t(metric)].atGoal);
        count("sla.breached", facts.sla[size_t(metric)].breached,
              history.sla[size_t(metric)].breached);
    }
    count("ratings_count", facts.ratingsCount, history.ratingsCount);
    real("satisfaction_avg", facts.satisfactionAverage, history.satisfactionAverage);
    count("work_seconds", facts.workSeconds, history.workSeconds);
    for (size_t i = 0; i < 6; ++i)
        real("time_in_status", facts.timeInStatus.meanSeconds[i],
             history.timeInStatus.meanSeconds[i]);
    if (facts.volume != history.volume)
        out << QStringLiteral("volume differs");
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestMetricsFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periods_data();
    void periods();
    void groupFilter();
    void buckets();
    void followsChangesWithoutRebuilding();
    void refusesWhatTheFactsDoNotHold();
    void cancelledRebuildWritesNothing();

private:
    KpiReport history(qint64 from, qint64 to, MetricsQuery query = {});
    KpiReport facts(qint64 from, qint64 to, MetricsQuery query = {});

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestMetricsFacts::initTestCase()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kNow);
    DemoOptions options;
    options.tickets = 3000;
    options.agents = 8;
    options.days = 60;
    options.seed = 7;
    auto summary = DemoDataGenerator(m_db->database(), *m_clock, options).generate();
    QVERIFY2(summary, why(summary));
    auto sla = SlaService(m_db->database(), *m_clock).recomputeAll();
    QVERIFY2(sla, why(sla));
    auto built = MetricsFactStore(m_db->database()).isBuilt();
    QVERIFY(built);
    QVERIFY2(!*built, "a bulk load leaves the facts to be built on first use");
}

KpiReport TestMetricsFacts::history(qint64 from, qint64 to, MetricsQuery query)
{
    query.fromMs = from;
    query.toMs = to;
    auto report = MetricsEngine(m_db->database(), *m_clock).kpi(query);
    if (!report)
        qWarning() << report.error().toString();
    return report ? report.value() : KpiReport{};
}

KpiReport TestMetricsFacts::facts(qint64 from, qint64 to, MetricsQuery query)
{
    query.fromMs = from;
    query.toMs = to;
    auto report = MetricsEngine(m_db->database(), *m_clock).kpiFromFacts(query, QTimeZone::utc());
    if (!report)
        qWarning() << report.error().toString();
    return report ? report->report : KpiReport{};
}

void TestMetricsFacts::periods_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("everything") << kNow - 90 * kDay << kNow + kDay;
    QTest::newRow("last 30 days") << kNow - 30 * kDay << kNow;
    QTest::newRow("one day") << kNow - 10 * kDay << kNow - 9 * kDay;
    QTest::newRow("one hour") << kNow - 5 * kDay + 3 * kHour << kNow - 5 * kDay + 4 * kHour;
    QTest::newRow("odd hours") << kNow - 41 * kDay - 7 * kHour << kNow - 3 * kDay + 5 * kHour;
    QTest::newRow("before the data") << kNow - 400 * kDay << kNow - 300 * kDay;
    QTest::newRow("into the future") << kNow - 2 * kDay << kNow + 20 * kDay;
}

void TestMetricsFacts::periods()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const KpiReport expected = history(from, to);
    const KpiReport actual = facts(from, to);
    const QString diff = differences(actual, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    if (QByteArray(QTest::currentDataTag()) == "last 30 days") {
        // The comparison means something only if the data has it all.
        QVERIFY(expected.ticketsResolved > 100);
        QVERIFY(expected.reopenRatePercent.value_or(0) > 0);
        QVERIFY(expected.response.count > expected.firstResponse.count);
        QVERIFY(expected.sla[0].measured() > 0);
    }
}

void TestMetricsFacts::groupFilter()
{
    QSqlQuery groups(m_db->database()->connection());
    QVERIFY(groups.exec(QStringLiteral("SELECT DISTINCT group_id FROM tickets "
                                       "WHERE group_id IS NOT NULL ORDER BY 1 LIMIT 2")));
    MetricsQuery query;
    while (groups.next())
        query.groups << groups.value(0).toLongLong();
    QVERIFY(!query.groups.isEmpty());
    query.groups = {query.groups.first()};
    const KpiReport expected = history(kNow - 30 * kDay, kNow, query);
    const KpiReport actual = facts(kNow - 30 * kDay, kNow, query);
    QVERIFY(expected.ticketsCreated > 0);
    QVERIFY(expected.ticketsCreated < history(kNow - 30 * kDay, kNow).ticketsCreated);
    const QString diff = differences(actual, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestMetricsFacts::buckets()
{
    MetricsQuery query;
    query.fromMs = kNow - 70 * kDay; // long enough to be folded in two halves
    query.toMs = kNow;
    QList<MetricsEngine::Bucket> days;
    for (qint64 day = query.fromMs; day < query.toMs; day += kDay)
        days << MetricsEngine::Bucket{day, day + kDay};
    auto answer =
        MetricsEngine(m_db->database(), *m_clock).kpiFromFacts(query, QTimeZone::utc(), days);
    QVERIFY2(answer, why(answer));
    QCOMPARE(answer->buckets.size(), days.size());
    for (qsizetype i = 0; i < days.size(); ++i) {
        // Trend buckets keep no percentiles of responses and resolutions.
        KpiReport expected = history(days.at(i).first, days.at(i).second);
        for (DurationStats* stats : {&expected.response, &expected.resolution}) {
            stats->medianSeconds.reset();
            stats->p90Seconds.reset();
        }
        const QString diff = differences(answer->buckets.at(i), expected);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("day %1: %2").arg(i).arg(diff)));
    }
}

void TestMetricsFacts::followsChangesWithoutRebuilding()
{
    const MetricsFactStore store(m_db->database());
    QVERIFY(store.refresh());
    TicketService service(m_db->database(), *m_clock);
    QSqlQuery pick(m_db->database()->connection());
    QVERIFY(pick.exec(QStringLiteral(
        "SELECT t.id, a.login FROM tickets t JOIN agents a "
        "ON a.id = t.assignee_id WHERE t.status = 'resolved' AND t.group_id IS NOT NULL "
        "ORDER BY t.id DESC LIMIT 3")));
    QList<QPair<TicketId, QString>> tickets;
    while (pick.next())
        tickets << qMakePair(pick.value(0).toLongLong(), pick.value(1).toString());
    QCOMPARE(tickets.size(), 3);

    // A reopening by the customer, a reply that resolves it again, a new
    // ticket answered at once, and a ticket moved to another group.
    m_clock->setMs(kNow + 10 * 60 * 1000);
    QVERIFY(service.addCustomerMessage(tickets.at(0).first, QStringLiteral("Again")));
    m_clock->setMs(kNow + 70 * 60 * 1000);
    ReplyRequest reply;
    reply.agent = tickets.at(0).second;
    reply.body = QStringLiteral("Fixed now");
    reply.thenStatus = TicketStatus::Resolved;
    QVERIFY(service.reply(tickets.at(0).first, reply));
    NewTicketRequest request;
    request.subject = QStringLiteral("Cannot log in");
    request.requesterEmail = QStringLiteral("new@example.com");
    request.body = QStringLiteral("Password rejected");
    auto created = service.create(request);
    QVERIFY2(created, why(created));
    m_clock->setMs(kNow + 2 * kHour);
    reply.agent = tickets.at(1).second;
    QVERIFY(service.reply(created->id, reply));
    TicketFieldsChange change;
    change.group = QString();
    QVERIFY(service.updateFields(tickets.at(2).first, change, tickets.at(2).second));

    auto refreshed = store.refresh();
    QVERIFY2(refreshed, why(refreshed));
    QVERIFY(!refreshed->rebuilt);
    QCOMPARE(refreshed->tickets, 3);
    m_clock->setMs(kNow + 3 * kHour);
    for (qint64 from : {kNow - 30 * kDay, kNow - 90 * kDay}) {
        const QString diff =
            differences(facts(from, kNow + 3 * kHour), history(from, kNow + 3 * kHour));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    m_clock->setMs(kNow);
}

void TestMetricsFacts::refusesWhatTheFactsDoNotHold()
{
    MetricsQuery query;
    query.fromMs = kNow - kDay + 1;
    query.toMs = kNow;
    QVERIFY(!MetricsEngine::factsCanAnswer(query));
    query.fromMs = kNow - kDay;
    QVERIFY(MetricsEngine::factsCanAnswer(query));
    query.channels = {Channel::Phone};
    QVERIFY(!MetricsEngine::factsCanAnswer(query));
    auto refused = MetricsEngine(m_db->database(), *m_clock).kpiFromFacts(query, QTimeZone::utc());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    query.channels.clear();
    QVERIFY(!MetricsEngine::factsCanAnswer(query, {{kNow - kDay, kNow + kDay}}));
}

void TestMetricsFacts::cancelledRebuildWritesNothing()
{
    const MetricsFactStore store(m_db->database());
    QVERIFY(store.invalidate());
    auto cancelled = store.refresh([](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.error().message.contains(QStringLiteral("cancelled")));
    QCOMPARE(store.isBuilt().value(), false);
    auto rebuilt = store.refresh();
    QVERIFY2(rebuilt, why(rebuilt));
    QVERIFY(rebuilt->rebuilt);
    QCOMPARE(store.isBuilt().value(), true);
    const QString diff =
        differences(facts(kNow - 30 * kDay, kNow), history(kNow - 30 * kDay, kNow));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestMetricsFacts)
#include "tst_metricsfacts.moc"
