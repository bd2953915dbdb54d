// SPDX-License-Identifier: MIT
// The KPI figures of docs/metrics.md on hand-computed fixtures: tickets
// worked through TicketService on a fixed clock (native histories with
// customer messages) and written with TicketBulkWriter (imported histories:
// events only). Every expected number is worked out in the comment next to
// it.
#include "common/clock.h"
#include "metrics/durationstats.h"
#include "metrics/metricsengine.h"
#include "metrics/metricsrepository.h"
#include "sla/slaservice.h"
#include "tickets/ratingrepository.h"
#include "tickets/ticketservice.h"
#include "tickets/timetrackingrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "tempdatabase.h"
#include "ticketbuilder.h"

#include <algorithm>
#include <random>

using namespace Switchboard;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kT0 = 1772442000000; // Monday 2026-03-02T09:00:00Z

// QVERIFY2 evaluates its message even on success, so read the error safely.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

// Monday to Friday 09:00-18:00 in `zone`, with the given holidays.
BusinessCalendar weekdays918(const QTimeZone& zone, const QSet<QDate>& holidays = {})
{
    BusinessCalendar::Rules rules;
    rules.zone = zone;
    for (int day = 0; day < 5; ++day)
        rules.week[size_t(day)] = {{9 * 3600, 18 * 3600}};
    rules.holidays = holidays;
    return BusinessCalendar::create(rules).value();
}

BusinessCalendar allDay(const QTimeZone& zone)
{
    BusinessCalendar::Rules rules;
    rules.zone = zone;
    for (auto& day : rules.week)
        day = {{0, 86400}};
    return BusinessCalendar::create(rules).value();
}

double seconds(const std::optional<double>& value)
{
    return value.value_or(-1);
}

} // namespace

class TestMetricsEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void percentiles_data();
    void percentiles();
    void emptyPeriodHasZeroCountsAndNulls();
    void reversedPeriodIsRefused();
    void singleTicket();
    void reopenedTicketCountsOnceAtItsLastResolution();
    void reopenedTicketAcrossTwoPeriods();
    void pendingPausesResponseAndResolution();
    void pendingBeforeTheFirstReplyPausesIt();
    void businessCalendarExcludesNightsWeekendsAndHolidays();
    void volumeUsesTheCalendarsTimeZone();
    void percentilesOverTenTickets();
    void backlogAtStartAndEnd();
    void firstContactResolutionFromImportedEvents();
    void slaComplianceFromStoredState();
    void filters_data();
    void filters();
    void ratingsAndWorkFollowPeriodAndFilters();
    void jsonHasTheDocumentedKeys();

private:
    TicketId create(qint64 at, NewTicketRequest request = {});
    void reply(TicketId id, qint64 at, const QString& agent = QStringLiteral("anna"),
               std::optional<TicketStatus> then = std::nullopt);
    void setStatus(TicketId id, qint64 at, TicketStatus status);
    void customerWrites(TicketId id, qint64 at);
    std::optional<KpiReport> kpi(qint64 from, qint64 to, MetricsQuery query = {});

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketService> m_service;
    QString m_failure;
};

void TestMetricsEngine::init()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kT0);
    m_service = std::make_unique<TicketService>(m_db->database(), *m_clock);
    QVERIFY(m_service->setAcknowledgementsEnabled(false).ok());
    Test::TicketBuilder builder(m_db->database());
    builder.agent(QStringLiteral("anna"), QStringLiteral("Anna"));
    builder.agent(QStringLiteral("li"), QStringLiteral("Li"));
    QVERIFY(builder.writer().addGroup(QStringLiteral("Billing")).ok());
    QVERIFY(builder.writer().addGroup(QStringLiteral("Support")).ok());
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));
    m_failure.clear();
}

TicketId TestMetricsEngine::create(qint64 at, NewTicketRequest request)
{
    m_clock->setMs(at);
    if (request.subject.isEmpty())
        request.subject = QStringLiteral("Printer jams");
    if (request.requesterEmail.isEmpty())
        request.requesterEmail = QStringLiteral("olga@example.ru");
    if (request.body.isEmpty())
        request.body = QStringLiteral("The paper is stuck");
    auto ticket = m_service->create(request);
    if (!ticket) {
        m_failure = ticket.error().toString();
        return 0;
    }
    return ticket->id;
}

void TestMetricsEngine::reply(TicketId id, qint64 at, const QString& agent,
                              std::optional<TicketStatus> then)
{
    m_clock->setMs(at);
    ReplyRequest request;
    request.agent = agent;
    request.body = QStringLiteral("Please try again");
    request.thenStatus = then;
    if (auto result = m_service->reply(id, request); !result)
        m_failure = result.error().toString();
}

void TestMetricsEngine::setStatus(TicketId id, qint64 at, TicketStatus status)
{
    m_clock->setMs(at);
    if (auto result = m_service->setStatus(id, status, QStringLiteral("anna")); !result)
        m_failure = result.error().toString();
}

void TestMetricsEngine::customerWrites(TicketId id, qint64 at)
{
    m_clock->setMs(at);
    if (auto result = m_service->addCustomerMessage(id, QStringLiteral("Still broken")); !result)
        m_failure = result.error().toString();
}

std::optional<KpiReport> TestMetricsEngine::kpi(qint64 from, qint64 to, MetricsQuery query)
{
    query.fromMs = from;
    query.toMs = to;
    auto report = MetricsEngine(m_db->database(), *m_clock).kpi(query);
    if (!report) {
        m_failure = report.error().toString();
        return std::nullopt;
    }
    return report.value();
}

// Linear interpolation between closest ranks: h = (n - 1) p.
void TestMetricsEngine::percentiles_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("average");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");
    QTest::addColumn<double>("max");
    QTest::newRow("one value") << QList<double>{42} << 42.0 << 42.0 << 42.0 << 42.0;
    // h = 0.5 and 0.9 between 10 and 20.
    QTest::newRow("two values") << QList<double>{20, 10} << 15.0 << 15.0 << 19.0 << 20.0;
    // 1..10: h = 4.5 -> 5.5; h = 8.1 -> 9 + 0.1 = 9.1.
    QTest::newRow("ten values") << QList<double>{7, 3, 10, 1, 9, 2, 8, 4, 6, 5} << 5.5 << 5.5 << 9.1
                                << 10.0;
    QTest::newRow("equal values") << QList<double>{60, 60, 60} << 60.0 << 60.0 << 60.0 << 60.0;
}

void TestMetricsEngine::percentiles()
{
    QFETCH(QList<double>, values);
    QFETCH(double, average);
    QFETCH(double, median);
    QFETCH(double, p90);
    QFETCH(double, max);
    const qsizetype count = values.size();
    const DurationStats stats = DurationStats::from(values);
    QCOMPARE(stats.count, count);
    QCOMPARE(seconds(stats.averageSeconds), average);
    QCOMPARE(seconds(stats.medianSeconds), median);
    QCOMPARE(seconds(stats.p90Seconds), p90);
    QCOMPARE(seconds(stats.maxSeconds), max);

    QList<double> none;
    const DurationStats empty = DurationStats::from(none);
    QCOMPARE(empty.count, 0);
    QCOMPARE(empty.totalSeconds, 0.0);
    QVERIFY(!empty.averageSeconds && !empty.medianSeconds && !empty.p90Seconds &&
            !empty.maxSeconds);
}

void TestMetricsEngine::emptyPeriodHasZeroCountsAndNulls()
{
    // A ticket before the period, resolved before it: nothing of it counts.
    const TicketId old = create(kT0 - 10 * kDay);
    reply(old, kT0 - 10 * kDay + kHour, QStringLiteral("anna"), TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->ticketsCreated, 0);
    QCOMPARE(report->ticketsResolved, 0);
    QCOMPARE(report->backlogStart, 0);
    QCOMPARE(report->backlogEnd, 0);
    QVERIFY(!report->resolvedPercent);
    QCOMPARE(report->firstResponse.count, 0);
    QCOMPARE(report->response.count, 0);
    QCOMPARE(report->resolution.count, 0);
    QVERIFY(!report->fcrPercent);
    QVERIFY(!report->reopenRatePercent);
    QVERIFY(!report->satisfactionAverage);

    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QStringLiteral("tickets_created")).toInteger(), 0);
    QVERIFY(json.value(QStringLiteral("resolved_pct")).isNull());
    QVERIFY(json.value(QStringLiteral("fcr_pct")).isNull());
    QVERIFY(json.value(QStringLiteral("reopen_rate_pct")).isNull());
    QVERIFY(json.value(QStringLiteral("satisfaction_avg")).isNull());
    QVERIFY(json.value(QStringLiteral("satisfied_pct")).isNull());
    QCOMPARE(json.value(QStringLiteral("work_hours")).toDouble(), 0.0);
    for (const char* key : {"first_response", "response", "resolution"}) {
        const QJsonObject stats = json.value(QLatin1String(key)).toObject();
        QCOMPARE(stats.value(QStringLiteral("count")).toInteger(), 0);
        QCOMPARE(stats.value(QStringLiteral("total_seconds")).toDouble(), 0.0);
        for (const char* figure :
             {"average_seconds", "median_seconds", "p90_seconds", "max_seconds"})
            QVERIFY2(stats.value(QLatin1String(figure)).isNull(), figure);
    }
    const QJsonObject sla = json.value(QStringLiteral("sla")).toObject();
    for (const char* key : {"first_response", "next_response", "resolution"}) {
        QCOMPARE(sla.value(QLatin1String(key)).toObject().value(QStringLiteral("measured")),
                 QJsonValue(0));
        QVERIFY(sla.value(QLatin1String(key))
                    .toObject()
                    .value(QStringLiteral("compliance_pct"))
                    .isNull());
    }
    const QJsonObject times = json.value(QStringLiteral("time_in_status")).toObject();
    QVERIFY(times.value(QStringLiteral("bottleneck")).isNull());
    QVERIFY(times.value(QStringLiteral("mean_seconds"))
                .toObject()
                .value(QStringLiteral("open"))
                .isNull());
    const QJsonArray grid = json.value(QStringLiteral("volume_by_weekday_hour")).toArray();
    QCOMPARE(grid.size(), 7);
    for (const QJsonValue& day : grid) {
        QCOMPARE(day.toArray().size(), 24);
        for (const QJsonValue& count : day.toArray())
            QCOMPARE(count.toInteger(), 0);
    }
}

void TestMetricsEngine::reversedPeriodIsRefused()
{
    QVERIFY(!kpi(kT0, kT0));
    QVERIFY(!kpi(kT0 + kDay, kT0));
    MetricsQuery reversed;
    reversed.fromMs = kT0;
    reversed.toMs = kT0 - 1;
    auto report = MetricsEngine(m_db->database(), *m_clock).kpi(reversed);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
}

void TestMetricsEngine::singleTicket()
{
    // Created 09:00, answered 09:30, resolved 11:00.
    const TicketId id = create(kT0);
    reply(id, kT0 + 30 * kMinute);
    setStatus(id, kT0 + 2 * kHour, TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = kpi(kT0 - kHour, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->ticketsCreated, 1);
    QCOMPARE(report->ticketsResolved, 1);
    QCOMPARE(report->backlogStart, 0);
    QCOMPARE(report->backlogEnd, 0);
    QCOMPARE(seconds(report->resolvedPercent), 100.0);
    QCOMPARE(report->firstResponse.count, 1);
    QCOMPARE(seconds(report->firstResponse.averageSeconds), 1800.0);
    QCOMPARE(seconds(report->firstResponse.p90Seconds), 1800.0);
    QCOMPARE(report->response.count, 1);
    QCOMPARE(report->response.totalSeconds, 1800.0);
    QCOMPARE(report->resolution.count, 1);
    QCOMPARE(seconds(report->resolution.medianSeconds), 7200.0);
    QCOMPARE(seconds(report->fcrPercent), 100.0); // one reply, never reopened
    QCOMPARE(seconds(report->reopenRatePercent), 0.0);
    // New for 30 min, open for 90 min: together the resolution time.
    QCOMPARE(report->timeInStatus.tickets, 1);
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::New)), 1800.0);
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::Open)), 5400.0);
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::Pending)), 0.0);
    QCOMPARE(report->timeInStatus.bottleneck, TicketStatus::Open);
    // Monday 09:00 UTC.
    QCOMPARE(report->volume[0][9], 1);
    qint64 total = 0;
    for (const auto& day : report->volume)
        for (const qint64 count : day)
            total += count;
    QCOMPARE(total, 1);

    // The period ends before the resolution: open at the end, answered.
    const auto early = kpi(kT0, kT0 + kHour);
    QVERIFY2(early, qPrintable(m_failure));
    QCOMPARE(early->ticketsCreated, 1);
    QCOMPARE(early->ticketsResolved, 0);
    QCOMPARE(early->backlogEnd, 1);
    QCOMPARE(seconds(early->resolvedPercent), 0.0);
    QCOMPARE(early->firstResponse.count, 1);
    QVERIFY(!early->fcrPercent);

    // --to is exclusive: a reply exactly at the end belongs to the next period.
    const auto toReply = kpi(kT0, kT0 + 30 * kMinute);
    QVERIFY2(toReply, qPrintable(m_failure));
    QCOMPARE(toReply->firstResponse.count, 0);
    const auto fromReply = kpi(kT0 + 30 * kMinute, kT0 + kHour);
    QVERIFY2(fromReply, qPrintable(m_failure));
    QCOMPARE(fromReply->firstResponse.count, 1);
    QCOMPARE(fromReply->ticketsCreated, 0);
    QCOMPARE(fromReply->backlogStart, 1);
}

void TestMetricsEngine::reopenedTicketCountsOnceAtItsLastResolution()
{
    // 09:00 created; 09:10 reply (new -> open); 10:00 resolved; 12:00 the
    // customer writes (reopened); 13:00 reply; 14:00 resolved.
    const TicketId id = create(kT0);
    reply(id, kT0 + 10 * kMinute);
    setStatus(id, kT0 + kHour, TicketStatus::Resolved);
    customerWrites(id, kT0 + 3 * kHour);
    reply(id, kT0 + 4 * kHour);
    setStatus(id, kT0 + 5 * kHour, TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->ticketsResolved, 1);
    QCOMPARE(report->resolution.count, 1);
    // 5 h from creation minus the 2 h it spent resolved before the reopening.
    QCOMPARE(seconds(report->resolution.averageSeconds), 3.0 * 3600);
    // Responses: 10 min to the creation, 1 h to the customer's new message.
    QCOMPARE(report->firstResponse.count, 1);
    QCOMPARE(seconds(report->firstResponse.averageSeconds), 600.0);
    QCOMPARE(report->response.count, 2);
    QCOMPARE(report->response.totalSeconds, 4200.0);
    QCOMPARE(seconds(report->response.averageSeconds), 2100.0); // total / count
    QCOMPARE(seconds(report->response.medianSeconds), 2100.0);
    QCOMPARE(seconds(report->response.p90Seconds), 600.0 + 0.9 * 3000.0);
    QCOMPARE(seconds(report->response.maxSeconds), 3600.0);
    QCOMPARE(seconds(report->fcrPercent), 0.0);
    QCOMPARE(seconds(report->reopenRatePercent), 100.0);
    // new 10 min; open 50 min + 2 h; resolved 2 h (before the reopening).
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::New)), 600.0);
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::Open)), 10200.0);
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::Resolved)), 7200.0);
    QCOMPARE(report->timeInStatus.bottleneck, TicketStatus::Open);
}

void TestMetricsEngine::reopenedTicketAcrossTwoPeriods()
{
    const TicketId id = create(kT0);
    reply(id, kT0 + 10 * kMinute);
    setStatus(id, kT0 + kHour, TicketStatus::Resolved);
    customerWrites(id, kT0 + 3 * kHour);
    reply(id, kT0 + 4 * kHour);
    setStatus(id, kT0 + 5 * kHour, TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    // Up to 11:00 the history says: resolved once, one reply, not reopened.
    const auto first = kpi(kT0, kT0 + 2 * kHour);
    QVERIFY2(first, qPrintable(m_failure));
    QCOMPARE(first->ticketsResolved, 1);
    QCOMPARE(seconds(first->resolution.averageSeconds), 3600.0);
    QCOMPARE(seconds(first->fcrPercent), 100.0);
    QCOMPARE(seconds(first->reopenRatePercent), 0.0);
    QCOMPARE(first->backlogEnd, 0);

    // From 11:00: resolved again at 14:00, measured from the creation.
    const auto second = kpi(kT0 + 2 * kHour, kT0 + kDay);
    QVERIFY2(second, qPrintable(m_failure));
    QCOMPARE(second->ticketsCreated, 0);
    QCOMPARE(second->backlogStart, 0); // resolved at 11:00
    QCOMPARE(second->ticketsResolved, 1);
    QCOMPARE(seconds(second->resolution.averageSeconds), 3.0 * 3600);
    QCOMPARE(second->firstResponse.count, 0);
    QCOMPARE(second->response.count, 1);
    QCOMPARE(seconds(second->response.averageSeconds), 3600.0);
    QCOMPARE(seconds(second->fcrPercent), 0.0);
    QCOMPARE(seconds(second->reopenRatePercent), 100.0);
}

void TestMetricsEngine::pendingPausesResponseAndResolution()
{
    // 09:00 created; 10:00 reply and pending; 14:00 the customer answers
    // (back to open); 15:00 reply and resolved.
    const TicketId id = create(kT0);
    reply(id, kT0 + kHour, QStringLiteral("anna"), TicketStatus::Pending);
    customerWrites(id, kT0 + 5 * kHour);
    reply(id, kT0 + 6 * kHour, QStringLiteral("anna"), TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->response.count, 2);
    QCOMPARE(seconds(report->response.averageSeconds), 3600.0);
    // 6 h minus 4 h pending.
    QCOMPARE(seconds(report->resolution.averageSeconds), 2.0 * 3600);
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::Pending)), 4.0 * 3600);
    // New 09:00-10:00 and open 14:00-15:00: together the resolution time.
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::New)), 3600.0);
    QCOMPARE(seconds(report->timeInStatus.mean(TicketStatus::Open)), 3600.0);
    // Pending is where the time went, even if it is the customer's.
    QCOMPARE(report->timeInStatus.bottleneck, TicketStatus::Pending);
    QCOMPARE(seconds(report->fcrPercent), 0.0); // two public replies
}

void TestMetricsEngine::pendingBeforeTheFirstReplyPausesIt()
{
    // 09:00 created; 10:00 set pending without a reply (the agent asked by
    // phone); 12:00 the customer writes (open); 13:00 the first reply.
    NewTicketRequest byPhone;
    byPhone.channel = Channel::Phone;
    const TicketId id = create(kT0, byPhone);
    setStatus(id, kT0 + kHour, TicketStatus::Pending);
    customerWrites(id, kT0 + 3 * kHour);
    reply(id, kT0 + 4 * kHour);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    // 1 h new + 1 h open; the 2 h pending do not count. The customer's
    // message while the creation still awaited an answer changes nothing.
    QCOMPARE(report->firstResponse.count, 1);
    QCOMPARE(seconds(report->firstResponse.averageSeconds), 2.0 * 3600);
    QCOMPARE(report->response.count, 1);
    QCOMPARE(report->backlogEnd, 1);
}

void TestMetricsEngine::businessCalendarExcludesNightsWeekendsAndHolidays()
{
    // Friday 17:00 -> Monday 10:00: 1 h on Friday and 1 h on Monday.
    const TicketId plain = create(utc(2026, 3, 6, 17));
    reply(plain, utc(2026, 3, 9, 10), QStringLiteral("anna"), TicketStatus::Resolved);
    // Friday 17:00 -> Tuesday 10:00 with Monday 16 March a holiday: again 2 h.
    const TicketId holiday = create(utc(2026, 3, 13, 17));
    reply(holiday, utc(2026, 3, 17, 10), QStringLiteral("anna"), TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    MetricsQuery business;
    business.calendar = weekdays918(QTimeZone::utc(), {QDate(2026, 3, 16)});
    business.calendarName = QStringLiteral("test:weekdays-9-18");
    const auto report = kpi(utc(2026, 3, 1, 0), utc(2026, 4, 1, 0), business);
    QVERIFY2(report, qPrintable(m_failure));
    QVERIFY(report->businessTime);
    QCOMPARE(report->firstResponse.count, 2);
    QCOMPARE(seconds(report->firstResponse.averageSeconds), 7200.0);
    QCOMPARE(seconds(report->firstResponse.maxSeconds), 7200.0);
    QCOMPARE(seconds(report->resolution.averageSeconds), 7200.0);
    QCOMPARE(report->toJson()
                 .value(QStringLiteral("period"))
                 .toObject()
                 .value(QStringLiteral("time"))
                 .toString(),
             QStringLiteral("business"));

    // Without a calendar: 65 h and 89 h of calendar time.
    const auto calendar = kpi(utc(2026, 3, 1, 0), utc(2026, 4, 1, 0));
    QVERIFY2(calendar, qPrintable(m_failure));
    QVERIFY(!calendar->businessTime);
    QCOMPARE(seconds(calendar->firstResponse.averageSeconds), (65.0 + 89.0) / 2 * 3600);
    QCOMPARE(seconds(calendar->firstResponse.maxSeconds), 89.0 * 3600);
}

void TestMetricsEngine::volumeUsesTheCalendarsTimeZone()
{
    // Sunday 22:30 UTC is Monday 01:30 in Moscow (UTC+3).
    create(utc(2026, 3, 8, 22, 30));
    // Wednesday 12:05 UTC is Wednesday 15:05 in Moscow.
    create(utc(2026, 3, 11, 12, 5));
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto inUtc = kpi(utc(2026, 3, 1, 0), utc(2026, 4, 1, 0));
    QVERIFY2(inUtc, qPrintable(m_failure));
    QCOMPARE(inUtc->volume[6][22], 1);
    QCOMPARE(inUtc->volume[2][12], 1);

    MetricsQuery moscow;
    moscow.calendar = allDay(QTimeZone("Europe/Moscow"));
    moscow.calendarName = QStringLiteral("test:moscow-24x7");
    const auto local = kpi(utc(2026, 3, 1, 0), utc(2026, 4, 1, 0), moscow);
    QVERIFY2(local, qPrintable(m_failure));
    QCOMPARE(local->volume[0][1], 1);
    QCOMPARE(local->volume[2][15], 1);
    QCOMPARE(local->volume[6][22], 0);
    QCOMPARE(local->toJson()
                 .value(QStringLiteral("period"))
                 .toObject()
                 .value(QStringLiteral("time_zone"))
                 .toString(),
             QStringLiteral("Europe/Moscow"));
}

void TestMetricsEngine::percentilesOverTenTickets()
{
    // First responses of 1, 2, ... 10 minutes, in shuffled order of creation.
    QList<int> minutes{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    std::shuffle(minutes.begin(), minutes.end(), std::mt19937(7));
    qint64 at = kT0;
    for (const int m : std::as_const(minutes)) {
        const TicketId id = create(at);
        reply(id, at + m * kMinute);
        at += kHour;
    }
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->firstResponse.count, 10);
    QCOMPARE(seconds(report->firstResponse.averageSeconds), 330.0);
    QCOMPARE(seconds(report->firstResponse.medianSeconds), 330.0); // 5.5 min
    QCOMPARE(seconds(report->firstResponse.p90Seconds), 546.0);    // 9.1 min
    QCOMPARE(seconds(report->firstResponse.maxSeconds), 600.0);
    QCOMPARE(report->ticketsResolved, 0);
    QVERIFY(!report->resolution.averageSeconds);
    QCOMPARE(report->backlogEnd, 10);
}

void TestMetricsEngine::backlogAtStartAndEnd()
{
    const qint64 from = kT0;
    const qint64 to = kT0 + kDay;
    create(from - 2 * kDay); // open throughout: at the start and the end
    const TicketId resolvedInside = create(from - kDay);
    reply(resolvedInside, from + kHour, QStringLiteral("anna"), TicketStatus::Resolved);
    create(from + kHour); // created inside, still open
    const TicketId before = create(from - 3 * kDay);
    reply(before, from - 2 * kDay, QStringLiteral("anna"), TicketStatus::Resolved);
    const TicketId quick = create(from + 2 * kHour);
    reply(quick, from + 3 * kHour, QStringLiteral("anna"), TicketStatus::Resolved);
    const TicketId later = create(from + 4 * kHour); // resolved after the period
    reply(later, to + kHour, QStringLiteral("anna"), TicketStatus::Resolved);
    create(to); // created at the end: the next period's
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    const auto report = kpi(from, to);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->ticketsCreated, 3);
    QCOMPARE(report->ticketsResolved, 2);
    QCOMPARE(report->backlogStart, 2);
    QCOMPARE(report->backlogEnd, 3);
    // Of the 3 created, only `quick` was resolved by the end.
    QCOMPARE(seconds(report->resolvedPercent), 100.0 / 3);
}

void TestMetricsEngine::firstContactResolutionFromImportedEvents()
{
    // Imported histories: events only, no messages (import/ticketassembler.h).
    Test::TicketBuilder builder(m_db->database());
    const CustomerId customer =
        builder.customer(QStringLiteral("Caller 1"), QStringLiteral("caller1@example.com"));
    TicketBulkWriter& writer = builder.writer();
    auto imported = [&](qint64 created, const QList<TicketEvent>& events, qint64 resolved) {
        NewTicket row = builder.draft(QStringLiteral("Incident"), customer);
        row.status = TicketStatus::Resolved;
        row.createdAt = created;
        row.updatedAt = resolved;
        row.resolvedAt = resolved;
        const TicketId id = builder.ticket(row);
        QVERIFY(
            writer.addEvent(id, 0, QStringLiteral("created"), {}, QStringLiteral("new"), created)
                .ok());
        for (const TicketEvent& e : events)
            QVERIFY(writer.addEvent(id, 0, e.kind, e.oldValue, e.newValue, created + e.at).ok());
    };
    auto event = [](const char* kind, const char* from, const char* to, qint64 at) {
        TicketEvent e;
        e.kind = QString::fromLatin1(kind);
        e.oldValue = QString::fromLatin1(from);
        e.newValue = QString::fromLatin1(to);
        e.at = at;
        return e;
    };
    // One reply, resolved, later closed (closing is not a second resolution): FCR.
    imported(kT0,
             {event("status", "new", "open", kHour), event("reply", "", "", kHour),
              event("status", "open", "resolved", 3 * kHour),
              event("status", "resolved", "closed", kDay)},
             kT0 + 3 * kHour);
    // Two replies: not FCR.
    imported(kT0 + kMinute,
             {event("reply", "", "", kHour), event("reply", "", "", 2 * kHour),
              event("status", "new", "resolved", 3 * kHour)},
             kT0 + kMinute + 3 * kHour);
    // One reply, reopened, resolved again: not FCR, reopened.
    imported(kT0 + 2 * kMinute,
             {event("reply", "", "", kHour), event("status", "new", "resolved", 2 * kHour),
              event("reopened", "resolved", "open", 4 * kHour),
              event("status", "open", "resolved", 5 * kHour)},
             kT0 + 2 * kMinute + 5 * kHour);
    // Resolved without a reply: not FCR.
    imported(kT0 + 3 * kMinute, {event("status", "new", "resolved", kHour)},
             kT0 + 3 * kMinute + kHour);
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));

    const auto report = kpi(kT0, kT0 + 2 * kDay);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->ticketsCreated, 4);
    QCOMPARE(report->ticketsResolved, 4);
    QCOMPARE(seconds(report->fcrPercent), 25.0);
    QCOMPARE(seconds(report->reopenRatePercent), 25.0);
    // A reply event with no message answers the creation.
    QCOMPARE(report->firstResponse.count, 3);
    QCOMPARE(seconds(report->firstResponse.maxSeconds), 3600.0);
    // Later replies with no customer message waiting are not responses.
    QCOMPARE(report->response.count, 3);
    // 3 h, 3 h, 5 h - 2 h resolved, 1 h.
    QCOMPARE(report->resolution.totalSeconds, (3.0 + 3.0 + 3.0 + 1.0) * 3600);
    QCOMPARE(report->backlogEnd, 0);
}

void TestMetricsEngine::slaComplianceFromStoredState()
{
    // First response: goal 1 h, limit 2 h, around the clock.
    SlaPolicy policy;
    policy.name = QStringLiteral("everything");
    policy.calendar = QStringLiteral("builtin:24x7");
    policy.firstResponse = SlaTarget::range(3600, 7200);
    SlaService sla(m_db->database(), *m_clock);
    auto saved = sla.savePolicies(SlaPolicySet({policy}));
    QVERIFY2(saved, why(saved).constData());

    const TicketId met = create(kT0);
    reply(met, kT0 + 30 * kMinute);
    const TicketId atGoal = create(kT0 + kMinute);
    reply(atGoal, kT0 + kMinute + 90 * kMinute);
    const TicketId late = create(kT0 + 2 * kMinute);
    reply(late, kT0 + 2 * kMinute + 3 * kHour);
    create(kT0 + 3 * kMinute); // never answered: breached at 11:03
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    m_clock->setMs(kT0 + 5 * kHour);

    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    const SlaCompliance& first = report->sla[size_t(SlaMetric::FirstResponse)];
    QCOMPARE(first.met, 1);
    QCOMPARE(first.atGoal, 1);
    QCOMPARE(first.breached, 2);
    QCOMPARE(first.measured(), 4);
    QCOMPARE(seconds(first.compliancePercent()), 50.0);
    QCOMPARE(report->sla[size_t(SlaMetric::Resolution)].measured(), 0);

    // Before the breaches and the late answer: only what was decided by 10:35.
    const auto early = kpi(kT0, kT0 + 95 * kMinute);
    QVERIFY2(early, qPrintable(m_failure));
    QCOMPARE(early->sla[size_t(SlaMetric::FirstResponse)].met, 1);
    QCOMPARE(early->sla[size_t(SlaMetric::FirstResponse)].atGoal, 1);
    QCOMPARE(early->sla[size_t(SlaMetric::FirstResponse)].breached, 0);

    // A running clock has not breached before "now", whatever the period.
    m_clock->setMs(kT0 + 2 * kHour);
    const auto now = kpi(kT0, kT0 + kDay);
    QVERIFY2(now, qPrintable(m_failure));
    QCOMPARE(now->sla[size_t(SlaMetric::FirstResponse)].breached, 1);
}

void TestMetricsEngine::filters_data()
{
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("agents");
    QTest::addColumn<QList<Channel>>("channels");
    QTest::addColumn<QList<TicketType>>("types");
    QTest::addColumn<QList<int>>("priorities");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<qint64>("created");

    const QStringList none;
    QTest::newRow("no filter") << none << none << QList<Channel>{} << QList<TicketType>{}
                               << QList<int>{} << none << qint64(3);
    QTest::newRow("group") << QStringList{QStringLiteral("Billing")} << none << QList<Channel>{}
                           << QList<TicketType>{} << QList<int>{} << none << qint64(1);
    QTest::newRow("two groups") << QStringList{QStringLiteral("Billing"), QStringLiteral("Support")}
                                << none << QList<Channel>{} << QList<TicketType>{} << QList<int>{}
                                << none << qint64(2);
    QTest::newRow("agent") << none << QStringList{QStringLiteral("anna")} << QList<Channel>{}
                           << QList<TicketType>{} << QList<int>{} << none << qint64(1);
    QTest::newRow("two agents") << none << QStringList{QStringLiteral("anna"), QStringLiteral("li")}
                                << QList<Channel>{} << QList<TicketType>{} << QList<int>{} << none
                                << qint64(2);
    QTest::newRow("channel") << none << none << QList<Channel>{Channel::Chat} << QList<TicketType>{}
                             << QList<int>{} << none << qint64(1);
    QTest::newRow("two channels") << none << none << QList<Channel>{Channel::Email, Channel::Phone}
                                  << QList<TicketType>{} << QList<int>{} << none << qint64(2);
    QTest::newRow("type") << none << none << QList<Channel>{}
                          << QList<TicketType>{TicketType::Fault} << QList<int>{} << none
                          << qint64(1);
    QTest::newRow("priority") << none << none << QList<Channel>{} << QList<TicketType>{}
                              << QList<int>{3} << none << qint64(2);
    QTest::newRow("tag") << none << none << QList<Channel>{} << QList<TicketType>{} << QList<int>{}
                         << QStringList{QStringLiteral("vip")} << qint64(2);
    QTest::newRow("any of two tags")
        << none << none << QList<Channel>{} << QList<TicketType>{} << QList<int>{}
        << QStringList{QStringLiteral("promo"), QStringLiteral("nothing")} << qint64(1);
    QTest::newRow("group and tag")
        << QStringList{QStringLiteral("Support")} << none << QList<Channel>{} << QList<TicketType>{}
        << QList<int>{} << QStringList{QStringLiteral("vip")} << qint64(0);
    QTest::newRow("priority and channel")
        << none << none << QList<Channel>{Channel::Phone} << QList<TicketType>{} << QList<int>{3}
        << none << qint64(1);
}

void TestMetricsEngine::filters()
{
    QFETCH(QStringList, groups);
    QFETCH(QStringList, agents);
    QFETCH(QList<Channel>, channels);
    QFETCH(QList<TicketType>, types);
    QFETCH(QList<int>, priorities);
    QFETCH(QStringList, tags);
    QFETCH(qint64, created);

    NewTicketRequest billing;
    billing.group = QStringLiteral("Billing");
    billing.channel = Channel::Email;
    billing.type = TicketType::Fault;
    billing.priority = 1;
    billing.tags = {QStringLiteral("vip")};
    reply(create(kT0, billing), kT0 + kHour, QStringLiteral("anna"));
    NewTicketRequest support;
    support.group = QStringLiteral("Support");
    support.channel = Channel::Chat;
    support.type = TicketType::Order;
    support.priority = 3;
    reply(create(kT0 + kMinute, support), kT0 + kHour, QStringLiteral("li"));
    NewTicketRequest phone;
    phone.channel = Channel::Phone;
    phone.priority = 3;
    phone.tags = {QStringLiteral("vip"), QStringLiteral("promo")};
    create(kT0 + 2 * kMinute, phone);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    MetricsQuery query;
    const MetricsRepository names(m_db->database());
    for (const QString& group : groups)
        query.groups << names.groupId(group).value();
    for (const QString& agent : agents)
        query.agents << names.agentId(agent).value();
    query.channels = channels;
    query.types = types;
    query.priorities = priorities;
    query.tags = tags;
    const auto report = kpi(kT0, kT0 + kDay, query);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->ticketsCreated, created);
    QCOMPARE(report->backlogEnd, created);
}

void TestMetricsEngine::ratingsAndWorkFollowPeriodAndFilters()
{
    NewTicketRequest billing;
    billing.group = QStringLiteral("Billing");
    const TicketId first = create(kT0, billing);
    reply(first, kT0 + kHour, QStringLiteral("anna"), TicketStatus::Resolved);
    const TicketId second = create(kT0 + kMinute);
    reply(second, kT0 + kHour, QStringLiteral("li"), TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));

    RatingRepository ratings(m_db->database(), *m_clock);
    TicketRating rating;
    rating.ticket = first;
    rating.score = 5;
    rating.ratedAt = kT0 + 2 * kHour;
    QVERIFY(ratings.rate(rating).ok());
    rating.ticket = second;
    rating.score = 3;
    QVERIFY(ratings.rate(rating).ok());
    TimeTrackingRepository time(m_db->database(), *m_clock);
    QVERIFY(time.addManual(first, QStringLiteral("anna"), kT0 + kHour, 1800, {}).ok());
    QVERIFY(time.addManual(second, QStringLiteral("li"), kT0 + kHour, 3600, {}).ok());
    // Started before the period: not counted.
    QVERIFY(time.addManual(second, QStringLiteral("li"), kT0 - kHour, 600, {}).ok());

    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    QCOMPARE(report->ratingsCount, 2);
    QCOMPARE(seconds(report->satisfactionAverage), 4.0);
    QCOMPARE(seconds(report->satisfiedPercent), 50.0);
    QCOMPARE(report->workSeconds, 5400);
    QCOMPARE(report->workHours(), 1.5);

    MetricsQuery onlyBilling;
    onlyBilling.groups = {MetricsRepository(m_db->database()).groupId(billing.group).value()};
    const auto filtered = kpi(kT0, kT0 + kDay, onlyBilling);
    QVERIFY2(filtered, qPrintable(m_failure));
    QCOMPARE(filtered->ratingsCount, 1);
    QCOMPARE(seconds(filtered->satisfactionAverage), 5.0);
    QCOMPARE(seconds(filtered->satisfiedPercent), 100.0);
    QCOMPARE(filtered->workSeconds, 1800);

    const auto later = kpi(kT0 + 3 * kHour, kT0 + kDay);
    QVERIFY2(later, qPrintable(m_failure));
    QCOMPARE(later->ratingsCount, 0);
    QVERIFY(!later->satisfactionAverage);
    QVERIFY(!later->satisfiedPercent);
    QCOMPARE(later->workSeconds, 0);
}

void TestMetricsEngine::jsonHasTheDocumentedKeys()
{
    const TicketId id = create(kT0);
    reply(id, kT0 + kHour, QStringLiteral("anna"), TicketStatus::Resolved);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    const auto report = kpi(kT0, kT0 + kDay);
    QVERIFY2(report, qPrintable(m_failure));
    const QJsonObject json = report->toJson();
    QStringList keys = json.keys();
    keys.sort();
    QStringList expected = {
        QStringLiteral("period"),           QStringLiteral("tickets_created"),
        QStringLiteral("tickets_resolved"), QStringLiteral("backlog_start"),
        QStringLiteral("backlog_end"),      QStringLiteral("resolved_pct"),
        QStringLiteral("first_response"),   QStringLiteral("response"),
        QStringLiteral("resolution"),       QStringLiteral("fcr_pct"),
        QStringLiteral("reopen_rate_pct"),  QStringLiteral("sla"),
        QStringLiteral("ratings_count"),    QStringLiteral("satisfaction_avg"),
        QStringLiteral("satisfied_pct"),    QStringLiteral("work_hours"),
        QStringLiteral("time_in_status"),   QStringLiteral("volume_by_weekday_hour")};
    expected.sort();
    QCOMPARE(keys, expected);
    const QJsonObject resolution = json.value(QStringLiteral("resolution")).toObject();
    QCOMPARE(resolution.value(QStringLiteral("average_seconds")).toDouble(), 3600.0);
    QCOMPARE(resolution.value(QStringLiteral("count")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("time_in_status"))
                 .toObject()
                 .value(QStringLiteral("bottleneck"))
                 .toString(),
             QStringLiteral("new"));
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-03-02T09:00:00Z"));
    QCOMPARE(period.value(QStringLiteral("time")).toString(), QStringLiteral("calendar"));
    QVERIFY(period.value(QStringLiteral("calendar")).isNull());
}

QTEST_GUILESS_MAIN(TestMetricsEngine)
#include "tst_metricsengine.moc"
