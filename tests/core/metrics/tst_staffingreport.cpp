// SPDX-License-Identifier: MIT
// Staffing from history (docs/staffing.md, "Staffing from history") on
// hand-computed fixtures: tickets created through TicketService on a fixed
// clock, work time through TimeTrackingRepository. Every expected number is
// worked out in the comment next to it.
#include "common/clock.h"
#include "metrics/erlangc.h"
#include "metrics/localhours.h"
#include "metrics/metricsengine.h"
#include "metrics/metricsrepository.h"
#include "tickets/ticketservice.h"
#include "tickets/timetrackingrepository.h"

#include <QJsonArray>
#include <QJsonObject>
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

template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

BusinessCalendar berlin()
{
    BusinessCalendar::Rules rules;
    rules.zone = QTimeZone("Europe/Berlin");
    for (int day = 0; day < 5; ++day)
        rules.week[size_t(day)] = {{9 * 3600, 18 * 3600}};
    return BusinessCalendar::create(rules).value();
}

double hoursIn(const StaffingReport& report)
{
    double sum = 0;
    for (const StaffingSlot& slot : report.grid)
        sum += slot.hours;
    return sum;
}

} // namespace

class TestStaffingReport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void mondayMorningByHand();
    void defaultHandlingTimeWithoutTimeEntries();
    void partialHoursAtTheEnds();
    void springForwardSkipsAnHour();
    void fallBackLivesAnHourTwice();
    void filtersSelectTickets();
    void invalidParametersAreRefused_data();
    void invalidParametersAreRefused();
    void jsonHasTheDocumentedShape();

private:
    TicketId create(qint64 at, const QString& group = {});
    void reply(TicketId id, qint64 at, const QString& agent);
    void work(TicketId id, const QString& agent, qint64 at, int seconds);
    // 10 tickets each Monday 10:00-10:45 of the two weeks from kMonday,
    // 180 s of anna's work each, li replying at 10:30; one Tuesday ticket
    // with 2 h of li's work from 09:30.
    void twoWeeks();
    std::optional<StaffingReport> staffing(qint64 from, qint64 to, MetricsQuery query = {},
                                           double level = 0.8, double within = 60,
                                           double aht = 600);

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketService> m_service;
    QString m_failure;
};

void TestStaffingReport::init()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kMonday);
    m_service = std::make_unique<TicketService>(m_db->database(), *m_clock);
    QVERIFY(m_service->setAcknowledgementsEnabled(false).ok());
    Test::TicketBuilder builder(m_db->database());
    builder.agent(QStringLiteral("anna"), QStringLiteral("Anna"));
    builder.agent(QStringLiteral("li"), QStringLiteral("Li"));
    QVERIFY(builder.writer().addGroup(QStringLiteral("Billing")).ok());
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));
    m_failure.clear();
}

TicketId TestStaffingReport::create(qint64 at, const QString& group)
{
    m_clock->setMs(at);
    NewTicketRequest request;
    request.subject = QStringLiteral("Где мой заказ?");
    request.requesterEmail = QStringLiteral("olga@example.ru");
    request.body = QStringLiteral("Order 1234");
    request.group = group;
    auto ticket = m_service->create(request);
    if (!ticket) {
        m_failure = ticket.error().toString();
        return 0;
    }
    return ticket->id;
}

void TestStaffingReport::reply(TicketId id, qint64 at, const QString& agent)
{
    m_clock->setMs(at);
    ReplyRequest request;
    request.agent = agent;
    request.body = QStringLiteral("It ships tomorrow");
    if (auto result = m_service->reply(id, request); !result)
        m_failure = result.error().toString();
}

void TestStaffingReport::work(TicketId id, const QString& agent, qint64 at, int seconds)
{
    TimeTrackingRepository time(m_db->database(), *m_clock);
    if (auto added = time.addManual(id, agent, at, seconds, {}); !added)
        m_failure = added.error().toString();
}

void TestStaffingReport::twoWeeks()
{
    for (int week = 0; week < 2; ++week) {
        const qint64 ten = kMonday + week * kWeek + 10 * kHour;
        for (int i = 0; i < 10; ++i) {
            const TicketId id = create(ten + i * 5 * kMinute);
            work(id, QStringLiteral("anna"), ten + i * 5 * kMinute + kMinute, 180);
            if (i == 0)
                reply(id, ten + 30 * kMinute, QStringLiteral("li"));
        }
    }
    const TicketId tuesday = create(kMonday + kDay + 9 * kHour);
    work(tuesday, QStringLiteral("li"), kMonday + kDay + 9 * kHour + 30 * kMinute, 7200);
}

std::optional<StaffingReport> TestStaffingReport::staffing(qint64 from, qint64 to,
                                                           MetricsQuery query, double level,
                                                           double within, double aht)
{
    query.fromMs = from;
    query.toMs = to;
    auto report = MetricsEngine(m_db->database(), *m_clock).staffing(query, level, within, aht);
    if (!report) {
        m_failure = report.error().toString();
        return std::nullopt;
    }
    return report.value();
}

void TestStaffingReport::mondayMorningByHand()
{
    twoWeeks();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = staffing(kMonday, kMonday + 2 * kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->tickets, 21);
    QCOMPARE(hoursIn(*report), 336.0); // two weeks
    // Work of the period: (20 * 180 + 7200) / 21 tickets.
    QCOMPARE(report->periodAhtTickets, 21);
    QCOMPARE(report->periodAhtSeconds.value_or(-1), 10800.0 / 21);

    // Monday 10:00: 20 tickets in 2 hours, 10 per hour, 180 s each (20
    // tickets with time entries, at least 5: the slot's own). A = 10 * 180
    // / 3600 = 0.5 erlangs. One agent: P(wait) = A = 0.5, SL = 1 - 0.5
    // exp(-0.5 * 60 / 180) = 0.577 < 0.8. Two: B(2) = 1/13, C = (2/13) /
    // (2 - 0.5 * 12/13) = 0.1, SL = 1 - 0.1 exp(-1.5 * 60 / 180) = 0.939.
    const StaffingSlot& monday = report->slot(1, 10);
    QCOMPARE(monday.weekday, 1);
    QCOMPARE(monday.hour, 10);
    QCOMPARE(monday.hours, 2.0);
    QCOMPARE(monday.tickets, 20);
    QCOMPARE(monday.arrivalsPerHour.value_or(-1), 10.0);
    QCOMPARE(monday.ahtSeconds, 180.0);
    QCOMPARE(monday.ahtSource, AhtSource::Slot);
    QCOMPARE(monday.ahtTickets, 20);
    QCOMPARE(monday.trafficErlangs.value_or(-1), 0.5);
    QCOMPARE(monday.agentsNeeded.value_or(-1), 2);
    QVERIFY(std::abs(monday.serviceLevel.value_or(-1) - (1 - 0.1 * std::exp(-0.5))) < 1e-9);
    QVERIFY(ErlangC::serviceLevel(1, 0.5, 180, 60) < 0.8);
    // anna (time entries) and li (a reply) in each of the two Monday 10:00 hours.
    QCOMPARE(monday.agentsAvailable.value_or(-1), 2.0);

    // Tuesday 09:00: 1 ticket in 2 hours; 1 ticket with time entries in
    // the slot, fewer than 5: the period's 514.3 s. A = 0.5 * 514.3 / 3600
    // = 0.071; one agent: SL = 1 - 0.071 exp(-0.929 * 60 / 514.3) = 0.936.
    const StaffingSlot& tuesday = report->slot(2, 9);
    QCOMPARE(tuesday.tickets, 1);
    QCOMPARE(tuesday.arrivalsPerHour.value_or(-1), 0.5);
    QCOMPARE(tuesday.ahtSource, AhtSource::Period);
    QCOMPARE(tuesday.ahtSeconds, 10800.0 / 21);
    QCOMPARE(tuesday.agentsNeeded.value_or(-1), 1);
    // li's 2 h from 09:30 covers 09:00, 10:00 and 11:00 of the first Tuesday.
    QCOMPARE(tuesday.agentsAvailable.value_or(-1), 0.5);
    QCOMPARE(report->slot(2, 10).agentsAvailable.value_or(-1), 0.5);
    QCOMPARE(report->slot(2, 11).agentsAvailable.value_or(-1), 0.5);
    QCOMPARE(report->slot(2, 12).agentsAvailable.value_or(-1), 0.0);

    // A quiet hour: nobody arrives, nobody is needed.
    const StaffingSlot& night = report->slot(7, 3);
    QCOMPARE(night.hours, 2.0);
    QCOMPARE(night.arrivalsPerHour.value_or(-1), 0.0);
    QCOMPARE(night.agentsNeeded.value_or(-1), 0);
    QCOMPARE(night.serviceLevel.value_or(-1), 1.0);
    QCOMPARE(night.agentsAvailable.value_or(-1), 0.0);
    QCOMPARE(night.ahtSource, AhtSource::Period);

    // A stricter target needs more agents: 95 % at once (T = 0) with A =
    // 0.5: one agent 50 %, two 90 %, three 1 - C(3, 0.5) = 98.4 %.
    const auto strict = staffing(kMonday, kMonday + 2 * kWeek, {}, 0.95, 0);
    QVERIFY2(strict, qPrintable(m_failure));
    QCOMPARE(strict->slot(1, 10).agentsNeeded.value_or(-1), 3);
}

void TestStaffingReport::defaultHandlingTimeWithoutTimeEntries()
{
    // 6 tickets each Monday 14:00 of one week, no time entries: the default
    // handling time (300 s). A = 6 * 300 / 3600 = 0.5, as above: 2 agents.
    for (int i = 0; i < 6; ++i)
        create(kMonday + 14 * kHour + i * 10 * kMinute);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = staffing(kMonday, kMonday + kWeek, {}, 0.8, 60, 300);
    QVERIFY2(report, qPrintable(m_failure));
    QVERIFY(!report->periodAhtSeconds);
    QCOMPARE(report->periodAhtTickets, 0);
    const StaffingSlot& slot = report->slot(1, 14);
    QCOMPARE(slot.arrivalsPerHour.value_or(-1), 6.0);
    QCOMPARE(slot.ahtSource, AhtSource::Default);
    QCOMPARE(slot.ahtSeconds, 300.0);
    QCOMPARE(slot.agentsNeeded.value_or(-1), 2);
    QCOMPARE(slot.agentsAvailable.value_or(-1), 0.0);
    QCOMPARE(report->defaultAhtSeconds, 300.0);
}

void TestStaffingReport::partialHoursAtTheEnds()
{
    create(kMonday + 9 * kHour + 45 * kMinute);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    // Monday 09:30 to 12:00: half of the 09:00 hour, then two whole hours.
    const auto report = staffing(kMonday + 9 * kHour + 30 * kMinute, kMonday + 12 * kHour);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(hoursIn(*report), 2.5);
    QCOMPARE(report->slot(1, 9).hours, 0.5);
    QCOMPARE(report->slot(1, 9).arrivalsPerHour.value_or(-1), 2.0); // 1 ticket in half an hour
    QCOMPARE(report->slot(1, 10).hours, 1.0);
    QCOMPARE(report->slot(1, 10).arrivalsPerHour.value_or(-1), 0.0);
    // Not in the period: no rate, no answer.
    const StaffingSlot& outside = report->slot(1, 12);
    QCOMPARE(outside.hours, 0.0);
    QVERIFY(!outside.arrivalsPerHour);
    QVERIFY(!outside.agentsNeeded);
    QVERIFY(!outside.agentsAvailable);
    QVERIFY(!outside.serviceLevel);
}

void TestStaffingReport::springForwardSkipsAnHour()
{
    // Berlin, the week of 2026-03-29, when 02:00 becomes 03:00: Monday 23
    // March 00:00 CET (22 March 23:00Z) to Monday 30 March 00:00 CEST
    // (29 March 22:00Z), 167 hours. Sunday has no 02:00 hour.
    create(utc(2026, 3, 29, 1, 30)); // 03:30 CEST
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    MetricsQuery query;
    query.calendar = berlin();
    query.calendarName = QStringLiteral("berlin");
    const auto report = staffing(utc(2026, 3, 22, 23), utc(2026, 3, 29, 22), query);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(hoursIn(*report), 167.0);
    QCOMPARE(report->slot(7, 2).hours, 0.0);
    QVERIFY(!report->slot(7, 2).agentsNeeded);
    QCOMPARE(report->slot(7, 3).hours, 1.0);
    QCOMPARE(report->slot(7, 3).tickets, 1);
    QCOMPARE(report->slot(1, 0).hours, 1.0);
    QCOMPARE(report->timeZone.id(), QByteArray("Europe/Berlin"));
}

void TestStaffingReport::fallBackLivesAnHourTwice()
{
    // Berlin, 2026-10-25, when 03:00 CEST becomes 02:00 CET: the Sunday
    // 02:00 hour is lived twice, so the week has 169 hours. One ticket in
    // each of the two 02:30s: 2 tickets in 2 hours.
    create(utc(2026, 10, 25, 0, 30)); // 02:30 CEST
    create(utc(2026, 10, 25, 1, 30)); // 02:30 CET
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    MetricsQuery query;
    query.calendar = berlin();
    const auto report = staffing(utc(2026, 10, 18, 22), utc(2026, 10, 25, 23), query);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(hoursIn(*report), 169.0);
    QCOMPARE(report->slot(7, 2).hours, 2.0);
    QCOMPARE(report->slot(7, 2).tickets, 2);
    QCOMPARE(report->slot(7, 2).arrivalsPerHour.value_or(-1), 1.0);

    // The two hours are two occurrences for LocalHours too.
    LocalHours hours(QTimeZone("Europe/Berlin"));
    QVERIFY(hours.hourStart(utc(2026, 10, 25, 0, 30)) != hours.hourStart(utc(2026, 10, 25, 1, 30)));
    QCOMPARE(hours.slot(utc(2026, 10, 25, 0, 30)), hours.slot(utc(2026, 10, 25, 1, 30)));
    QCOMPARE(hours.slot(utc(2026, 10, 25, 1, 30)), 6 * 24 + 2);
}

void TestStaffingReport::filtersSelectTickets()
{
    twoWeeks();
    create(kMonday + 10 * kHour + 50 * kMinute, QStringLiteral("Billing"));
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    MetricsQuery billing;
    billing.groups = {
        MetricsRepository(m_db->database()).groupId(QStringLiteral("Billing")).value()};
    const auto report = staffing(kMonday, kMonday + 2 * kWeek, billing);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->tickets, 1);
    QCOMPARE(report->slot(1, 10).tickets, 1);
    QCOMPARE(report->slot(1, 10).ahtSource, AhtSource::Default);     // no time entries on it
    QCOMPARE(report->slot(1, 10).agentsAvailable.value_or(-1), 0.0); // nobody worked on it
}

void TestStaffingReport::invalidParametersAreRefused_data()
{
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("within");
    QTest::addColumn<double>("aht");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("service level 0") << 0.0 << 60.0 << 600.0;
    QTest::newRow("service level 100 %") << 1.0 << 60.0 << 600.0;
    QTest::newRow("service level NaN") << nan << 60.0 << 600.0;
    QTest::newRow("negative threshold") << 0.8 << -1.0 << 600.0;
    QTest::newRow("zero handling time") << 0.8 << 60.0 << 0.0;
    QTest::newRow("infinite handling time")
        << 0.8 << 60.0 << std::numeric_limits<double>::infinity();
}

void TestStaffingReport::invalidParametersAreRefused()
{
    QFETCH(double, level);
    QFETCH(double, within);
    QFETCH(double, aht);
    MetricsQuery query;
    query.fromMs = kMonday;
    query.toMs = kMonday + kWeek;
    const auto report =
        MetricsEngine(m_db->database(), *m_clock).staffing(query, level, within, aht);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ErrorKind::BadInput);

    query.toMs = query.fromMs; // an empty period too
    QVERIFY(!MetricsEngine(m_db->database(), *m_clock).staffing(query, 0.8, 60));
}

void TestStaffingReport::jsonHasTheDocumentedShape()
{
    twoWeeks();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = staffing(kMonday, kMonday + 2 * kWeek);
    QVERIFY2(report, qPrintable(m_failure));
    const QJsonObject json = report->toJson();
    QStringList keys = json.keys();
    QCOMPARE(
        keys,
        (QStringList{QStringLiteral("answer_within_seconds"), QStringLiteral("default_aht_seconds"),
                     QStringLiteral("min_slot_aht_tickets"), QStringLiteral("period"),
                     QStringLiteral("period_aht_seconds"), QStringLiteral("period_aht_tickets"),
                     QStringLiteral("slots"), QStringLiteral("target_service_level"),
                     QStringLiteral("tickets")}));
    const QJsonArray grid = json.value(QStringLiteral("slots")).toArray();
    QCOMPARE(grid.size(), 168);
    QCOMPARE(grid.at(0).toObject().value(QStringLiteral("weekday")).toInt(), 1);
    QCOMPARE(grid.at(0).toObject().value(QStringLiteral("hour")).toInt(), 0);
    QCOMPARE(grid.at(167).toObject().value(QStringLiteral("weekday")).toInt(), 7);
    QCOMPARE(grid.at(167).toObject().value(QStringLiteral("hour")).toInt(), 23);
    const QJsonObject monday = grid.at(10).toObject();
    QCOMPARE(monday.keys(),
             (QStringList{QStringLiteral("agents_available"), QStringLiteral("agents_needed"),
                          QStringLiteral("aht_seconds"), QStringLiteral("aht_source"),
                          QStringLiteral("arrivals_per_hour"), QStringLiteral("hour"),
                          QStringLiteral("hours"), QStringLiteral("service_level"),
                          QStringLiteral("tickets"), QStringLiteral("traffic_erlangs"),
                          QStringLiteral("weekday")}));
    QCOMPARE(monday.value(QStringLiteral("arrivals_per_hour")).toDouble(), 10.0);
    QCOMPARE(monday.value(QStringLiteral("aht_seconds")).toDouble(), 180.0);
    QCOMPARE(monday.value(QStringLiteral("aht_source")).toString(), QStringLiteral("slot"));
    QCOMPARE(monday.value(QStringLiteral("agents_needed")).toInt(), 2);
    QCOMPARE(monday.value(QStringLiteral("agents_available")).toDouble(), 2.0);
    QVERIFY(monday.value(QStringLiteral("service_level")).toDouble() > 0.8);
    QCOMPARE(json.value(QStringLiteral("target_service_level")).toDouble(), 0.8);
    QCOMPARE(json.value(QStringLiteral("answer_within_seconds")).toDouble(), 60.0);
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-03-02T00:00:00Z"));
    QCOMPARE(period.value(QStringLiteral("time_zone")).toString(), QStringLiteral("UTC"));
}

QTEST_GUILESS_MAIN(TestStaffingReport)
#include "tst_staffingreport.moc"
