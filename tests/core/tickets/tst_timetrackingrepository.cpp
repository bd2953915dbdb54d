// SPDX-License-Identifier: MIT
// Working time on tickets: manual entries within bounds, a timer that
// survives a restart of the app (a second Database on the same file), starts
// that do not reset a running timer, totals per ticket and per agent and
// period, removal limited to one's own entries, and a 'time' event in the
// ticket's history for every change.
#include "common/clock.h"
#include "storage/database.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"
#include "tickets/timetrackingrepository.h"

#include <QSqlQuery>
#include <QTest>

#include "tempdatabase.h"

using namespace Switchboard;

namespace {

constexpr qint64 kStartMs = 1772442000000; // 2026-03-02T09:00:00Z
constexpr qint64 kHourMs = 3600 * 1000;

// QVERIFY2 evaluates its message even on success, so read the error safely.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// "succeeded" or the error, for a check that expects a failure.
template <typename T> QByteArray outcome(const Result<T>& result)
{
    return result ? QByteArrayLiteral("succeeded") : result.error().toString().toUtf8();
}

template <typename T> bool failedWith(const Result<T>& result, ErrorKind kind)
{
    return !result && result.error().kind == kind;
}

struct EventRow
{
    QString actorLogin;
    QVariant oldValue;
    QVariant newValue;
};

} // namespace

class TestTimeTrackingRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void manualEntriesAndTotals();
    void manualBounds_data();
    void manualBounds();
    void unknownTicketAndAgentAreNotFound();
    void timerSurvivesRestart();
    void secondStartIsNoOp();
    void stopWithoutStartReturnsNullopt();
    void timerUnderOneSecondRecordsNothing();
    void timersArePerAgentAndTicket();
    void removingSomeoneElsesEntryIsRefused();
    void agentSecondsCountHalfOpenPeriod();

private:
    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TicketService> m_service;
    std::unique_ptr<TimeTrackingRepository> m_time;
    AgentId m_anna = 0;
    AgentId m_li = 0;

    TicketId newTicket();
    AgentId addAgent(const QString& login, const QString& name);
    QList<EventRow> timeEvents(TicketId ticket) const;
    int count(const QString& sql) const;
};

void TestTimeTrackingRepository::init()
{
    m_db = std::make_unique<Test::TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    m_clock = std::make_unique<FixedClock>(kStartMs);
    m_service = std::make_unique<TicketService>(m_db->database(), *m_clock);
    m_time = std::make_unique<TimeTrackingRepository>(m_db->database(), *m_clock);
    m_anna = addAgent(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    m_li = addAgent(QStringLiteral("li"), QStringLiteral("李娜"));
    QVERIFY(m_anna > 0 && m_li > 0);
}

AgentId TestTimeTrackingRepository::addAgent(const QString& login, const QString& name)
{
    Agent agent;
    agent.login = login;
    agent.name = name;
    auto added = TicketRepository(m_db->database()).addAgent(agent, kStartMs);
    if (!added)
        qWarning() << added.error().toString();
    return added ? added->id : 0;
}

TicketId TestTimeTrackingRepository::newTicket()
{
    NewTicketRequest request;
    request.subject = QStringLiteral("Сервер не отвечает");
    request.requesterEmail = QStringLiteral("ivan@example.ru");
    request.type = TicketType::Fault;
    request.priority = 1;
    auto created = m_service->create(request);
    if (!created)
        qWarning() << created.error().toString();
    return created ? created->id : 0;
}

QList<EventRow> TestTimeTrackingRepository::timeEvents(TicketId ticket) const
{
    QSqlQuery query(m_db->database()->connection());
    query.prepare(QStringLiteral("SELECT COALESCE(a.login, ''), e.old_value, e.new_value "
                                 "FROM ticket_events e LEFT JOIN agents a ON a.id = e.actor_id "
                                 "WHERE e.ticket_id = ? AND e.kind = 'time' ORDER BY e.id"));
    query.addBindValue(ticket);
    QList<EventRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows << EventRow{query.value(0).toString(), query.value(1), query.value(2)};
    return rows;
}

int TestTimeTrackingRepository::count(const QString& sql) const
{
    QSqlQuery query(m_db->database()->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestTimeTrackingRepository::manualEntriesAndTotals()
{
    const TicketId id = newTicket();
    const TicketId other = newTicket();
    const QString anna = QStringLiteral("anna");
    auto first = m_time->addManual(id, anna, kStartMs + kHourMs, 1200,
                                   QStringLiteral("Перезапуск службы'); DROP TABLE tickets; --"));
    QVERIFY2(first, why(first));
    auto earlier = m_time->addManual(id, QStringLiteral("li"), kStartMs, 600, {});
    QVERIFY2(earlier, why(earlier));
    auto elsewhere = m_time->addManual(other, anna, kStartMs, 300, {});
    QVERIFY2(elsewhere, why(elsewhere));
    QVERIFY(*first != *earlier);

    auto total = m_time->totalSeconds(id);
    QVERIFY2(total, why(total));
    QCOMPARE(*total, 1800);
    auto otherTotal = m_time->totalSeconds(other);
    QVERIFY2(otherTotal, why(otherTotal));
    QCOMPARE(*otherTotal, 300);

    auto entries = m_time->entries(id);
    QVERIFY2(entries, why(entries));
    QCOMPARE(entries->size(), 2);
    const TimeEntry& e0 = entries->at(0); // oldest first
    QCOMPARE(e0.id, *earlier);
    QCOMPARE(e0.ticket, id);
    QCOMPARE(e0.agentId, m_li);
    QCOMPARE(e0.agentLogin, QStringLiteral("li"));
    QCOMPARE(e0.agentName, QStringLiteral("李娜"));
    QCOMPARE(e0.startedAt, kStartMs);
    QCOMPARE(e0.seconds, 600);
    QCOMPARE(e0.source, QStringLiteral("manual"));
    QCOMPARE(e0.note, QString());
    const TimeEntry& e1 = entries->at(1);
    QCOMPARE(e1.id, *first);
    QCOMPARE(e1.agentName, QStringLiteral("Анна Смирнова"));
    QCOMPARE(e1.note, QStringLiteral("Перезапуск службы'); DROP TABLE tickets; --"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets")), 2);

    const QList<EventRow> events = timeEvents(id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].actorLogin, anna);
    QVERIFY(events[0].oldValue.isNull());
    QCOMPARE(events[0].newValue.toString(), QStringLiteral("1200"));
    QCOMPARE(events[1].actorLogin, QStringLiteral("li"));
    QCOMPARE(events[1].newValue.toString(), QStringLiteral("600"));

    // The history shows the time; the ticket itself is not edited.
    auto detail = TicketRepository(m_db->database()).ticketDetail(id);
    QVERIFY2(detail, why(detail));
    QCOMPARE(detail->events.last().kind, QStringLiteral("time"));
    QCOMPARE(detail->ticket.version, 1);
}

void TestTimeTrackingRepository::manualBounds_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("negative") << -60 << false;
    QTest::newRow("one second") << 1 << true;
    QTest::newRow("24 hours") << 24 * 3600 << true;
    QTest::newRow("24 hours and a second") << 24 * 3600 + 1 << false;
}

void TestTimeTrackingRepository::manualBounds()
{
    QFETCH(int, seconds);
    QFETCH(bool, accepted);
    const TicketId id = newTicket();
    auto added = m_time->addManual(id, QStringLiteral("anna"), kStartMs, seconds, {});
    if (accepted) {
        QVERIFY2(added, why(added));
        QCOMPARE(*m_time->totalSeconds(id), seconds);
        QCOMPARE(timeEvents(id).size(), 1);
    } else {
        QVERIFY2(failedWith(added, ErrorKind::BadInput), outcome(added));
        QCOMPARE(added.error().location, QStringLiteral("seconds"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM time_entries")), 0);
        QVERIFY(timeEvents(id).isEmpty());
    }
}

void TestTimeTrackingRepository::unknownTicketAndAgentAreNotFound()
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    const QString nobody = QStringLiteral("nobody");
    auto added = m_time->addManual(999, anna, kStartMs, 60, {});
    QVERIFY2(failedWith(added, ErrorKind::NotFound), outcome(added));
    added = m_time->addManual(id, nobody, kStartMs, 60, {});
    QVERIFY2(failedWith(added, ErrorKind::NotFound), outcome(added));
    QCOMPARE(added.error().location, nobody);

    Status started = m_time->start(999, anna);
    QVERIFY2(failedWith(started, ErrorKind::NotFound), outcome(started));
    started = m_time->start(id, nobody);
    QVERIFY2(failedWith(started, ErrorKind::NotFound), outcome(started));
    auto stopped = m_time->stop(999, anna);
    QVERIFY2(failedWith(stopped, ErrorKind::NotFound), outcome(stopped));
    stopped = m_time->stop(id, nobody);
    QVERIFY2(failedWith(stopped, ErrorKind::NotFound), outcome(stopped));
    auto since = m_time->runningSince(id, nobody);
    QVERIFY2(failedWith(since, ErrorKind::NotFound), outcome(since));

    auto entries = m_time->entries(999);
    QVERIFY2(failedWith(entries, ErrorKind::NotFound), outcome(entries));
    auto total = m_time->totalSeconds(999);
    QVERIFY2(failedWith(total, ErrorKind::NotFound), outcome(total));
    auto agentTotal = m_time->agentSeconds(999, kStartMs, kStartMs + kHourMs);
    QVERIFY2(failedWith(agentTotal, ErrorKind::NotFound), outcome(agentTotal));
    Status removed = m_time->removeEntry(999, anna);
    QVERIFY2(failedWith(removed, ErrorKind::NotFound), outcome(removed));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM time_entries")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_settings WHERE key LIKE 'timer.%'")),
             0);
}

void TestTimeTrackingRepository::timerSurvivesRestart()
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    {
        TimeTrackingRepository before(m_db->database(), *m_clock);
        const Status started = before.start(id, anna);
        QVERIFY2(started, why(started));
    }
    // The app restarts: a new Database on the same file, new connections.
    m_clock->advanceMs(95500);
    auto reopened = Database::open(m_db->path());
    QVERIFY2(reopened, why(reopened));
    TimeTrackingRepository after(*reopened, *m_clock);
    auto since = after.runningSince(id, anna);
    QVERIFY2(since, why(since));
    QCOMPARE(*since, std::optional<qint64>(kStartMs));

    auto stopped = after.stop(id, anna);
    QVERIFY2(stopped, why(stopped));
    QCOMPARE(*stopped, std::optional<qint64>(95)); // whole seconds

    auto entries = m_time->entries(id);
    QVERIFY2(entries, why(entries));
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).source, QStringLiteral("timer"));
    QCOMPARE(entries->at(0).startedAt, kStartMs);
    QCOMPARE(entries->at(0).seconds, 95);
    QCOMPARE(entries->at(0).agentLogin, anna);
    const QList<EventRow> events = timeEvents(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].actorLogin, anna);
    QCOMPARE(events[0].newValue.toString(), QStringLiteral("95"));

    since = m_time->runningSince(id, anna);
    QVERIFY2(since, why(since));
    QVERIFY(!since->has_value());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_settings WHERE key LIKE 'timer.%'")),
             0);
}

void TestTimeTrackingRepository::secondStartIsNoOp()
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    QVERIFY(m_time->start(id, anna));
    m_clock->advanceMs(60000);
    const Status again = m_time->start(id, anna);
    QVERIFY2(again, why(again));
    auto since = m_time->runningSince(id, anna);
    QVERIFY2(since, why(since));
    QCOMPARE(*since, std::optional<qint64>(kStartMs));
    QVERIFY(timeEvents(id).isEmpty()); // starting records no time yet

    m_clock->advanceMs(60000);
    auto stopped = m_time->stop(id, anna);
    QVERIFY2(stopped, why(stopped));
    QCOMPARE(*stopped, std::optional<qint64>(120));
    QCOMPARE(*m_time->totalSeconds(id), 120);
}

void TestTimeTrackingRepository::stopWithoutStartReturnsNullopt()
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    auto stopped = m_time->stop(id, anna);
    QVERIFY2(stopped, why(stopped));
    QVERIFY(!stopped->has_value());
    // Stopping twice: the second finds nothing running.
    QVERIFY(m_time->start(id, anna));
    m_clock->advanceMs(5000);
    stopped = m_time->stop(id, anna);
    QVERIFY2(stopped, why(stopped));
    QCOMPARE(*stopped, std::optional<qint64>(5));
    stopped = m_time->stop(id, anna);
    QVERIFY2(stopped, why(stopped));
    QVERIFY(!stopped->has_value());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM time_entries")), 1);
    QCOMPARE(timeEvents(id).size(), 1);
}

void TestTimeTrackingRepository::timerUnderOneSecondRecordsNothing()
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    QVERIFY(m_time->start(id, anna));
    m_clock->advanceMs(999);
    auto stopped = m_time->stop(id, anna);
    QVERIFY2(stopped, why(stopped));
    QCOMPARE(*stopped, std::optional<qint64>(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM time_entries")), 0);
    QVERIFY(timeEvents(id).isEmpty());
    auto since = m_time->runningSince(id, anna);
    QVERIFY2(since, why(since));
    QVERIFY(!since->has_value());
}

void TestTimeTrackingRepository::timersArePerAgentAndTicket()
{
    const TicketId first = newTicket();
    const TicketId second = newTicket();
    const QString anna = QStringLiteral("anna");
    const QString li = QStringLiteral("li");
    QVERIFY(m_time->start(first, anna));
    m_clock->advanceMs(10000);
    QVERIFY(m_time->start(first, li));
    QVERIFY(m_time->start(second, anna));
    m_clock->advanceMs(20000);

    auto stopped = m_time->stop(first, li);
    QVERIFY2(stopped, why(stopped));
    QCOMPARE(*stopped, std::optional<qint64>(20));
    // Anna's timers still run.
    auto since = m_time->runningSince(first, anna);
    QVERIFY2(since, why(since));
    QCOMPARE(*since, std::optional<qint64>(kStartMs));
    since = m_time->runningSince(second, anna);
    QVERIFY2(since, why(since));
    QCOMPARE(*since, std::optional<qint64>(kStartMs + 10000));

    stopped = m_time->stop(first, anna);
    QVERIFY2(stopped, why(stopped));
    QCOMPARE(*stopped, std::optional<qint64>(30));
    QCOMPARE(*m_time->totalSeconds(first), 50);
    QCOMPARE(*m_time->totalSeconds(second), 0);
}

void TestTimeTrackingRepository::removingSomeoneElsesEntryIsRefused()
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    auto entry = m_time->addManual(id, anna, kStartMs, 900, QStringLiteral("call"));
    QVERIFY2(entry, why(entry));

    Status removed = m_time->removeEntry(*entry, QStringLiteral("li"));
    QVERIFY2(failedWith(removed, ErrorKind::BadInput), outcome(removed));
    QCOMPARE(*m_time->totalSeconds(id), 900);
    QCOMPARE(timeEvents(id).size(), 1);
    removed = m_time->removeEntry(*entry, QStringLiteral("nobody"));
    QVERIFY2(failedWith(removed, ErrorKind::NotFound), outcome(removed));

    m_clock->advanceMs(kHourMs);
    removed = m_time->removeEntry(*entry, anna);
    QVERIFY2(removed, why(removed));
    QCOMPARE(*m_time->totalSeconds(id), 0);
    const QList<EventRow> events = timeEvents(id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].actorLogin, anna);
    QCOMPARE(events[1].oldValue.toString(), QStringLiteral("900"));
    QVERIFY(events[1].newValue.isNull());

    removed = m_time->removeEntry(*entry, anna);
    QVERIFY2(failedWith(removed, ErrorKind::NotFound), outcome(removed));
}

void TestTimeTrackingRepository::agentSecondsCountHalfOpenPeriod()
{
    const TicketId id = newTicket();
    const QString anna = QStringLiteral("anna");
    const qint64 from = kStartMs + 8 * kHourMs;
    const qint64 to = from + 24 * kHourMs;
    // Counted: from (inclusive) and to - 1 ms. Not counted: before from, at to, li's.
    QVERIFY(m_time->addManual(id, anna, from - 1, 1, {}));
    QVERIFY(m_time->addManual(id, anna, from, 10, {}));
    QVERIFY(m_time->addManual(id, anna, to - 1, 100, {}));
    QVERIFY(m_time->addManual(id, anna, to, 1000, {}));
    QVERIFY(m_time->addManual(id, QStringLiteral("li"), from, 10000, {}));

    auto seconds = m_time->agentSeconds(m_anna, from, to);
    QVERIFY2(seconds, why(seconds));
    QCOMPARE(*seconds, 110);
    seconds = m_time->agentSeconds(m_li, from, to);
    QVERIFY2(seconds, why(seconds));
    QCOMPARE(*seconds, 10000);
    seconds = m_time->agentSeconds(m_anna, to, to);
    QVERIFY2(seconds, why(seconds));
    QCOMPARE(*seconds, 0);
    seconds = m_time->agentSeconds(m_anna, to, from);
    QVERIFY2(failedWith(seconds, ErrorKind::BadInput), outcome(seconds));
}

QTEST_GUILESS_MAIN(TestTimeTrackingRepository)
#include "tst_timetrackingrepository.moc"
