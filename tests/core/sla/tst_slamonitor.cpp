// SPDX-License-Identifier: MIT
// SlaMonitor on a real database with a fake clock: every crossing once, in
// time, across restarts, recomputations and policy changes.
#include "sla/slamonitor.h"
#include "storage/transaction.h"
#include "tempdatabase.h"
#include "ticketbuilder.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>
#include <memory>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kT0 = 1772442000000; // 2026-03-02T09:00:00Z, when ticket "A" is created

qint64 at(qint64 minutes)
{
    return kT0 + minutes * kMinuteMs;
}

// A catch-all first-response policy on the 24x7 calendar, so that crossings
// fall on whole minutes after creation: goal, limit and warning steps in
// minutes and percent of the limit.
SlaPolicySet firstResponsePolicy(qint64 goalMinutes, qint64 limitMinutes,
                                 const QList<int>& warningPercents = {80})
{
    SlaPolicy policy;
    policy.name = QStringLiteral("test");
    policy.calendar = QStringLiteral("builtin:24x7");
    policy.firstResponse = SlaTarget::range(goalMinutes * 60, limitMinutes * 60);
    policy.warnings.clear();
    for (int percent : warningPercents)
        policy.warnings.append(SlaWarning::percent(percent));
    return SlaPolicySet({policy});
}

// "A fr w0@48": ticket subject, metric, kind and step, minute of the
// crossing; " seen 50" is appended when it was emitted at a later minute.
QString describe(const PendingSlaCrossing& pending, qint64 seenMs)
{
    static const char* const metrics[] = {"fr", "nr", "res"};
    QString kind = QStringLiteral("b");
    if (pending.crossing.kind == SlaCrossing::Kind::Goal)
        kind = QStringLiteral("g");
    else if (pending.crossing.kind == SlaCrossing::Kind::Warning)
        kind = QStringLiteral("w%1").arg(pending.crossing.step);
    const qint64 minute = (pending.crossing.atMs - kT0) / kMinuteMs;
    QString text =
        QStringLiteral("%1 %2 %3@%4")
            .arg(pending.subject, QLatin1String(metrics[int(pending.crossing.metric)]), kind)
            .arg(minute);
    const qint64 seen = (seenMs - kT0) / kMinuteMs;
    if (seen != minute)
        text += QStringLiteral(" seen %1").arg(seen);
    return text;
}

// A wall clock shifted into the test's March 2026, for the one test that
// lets a real timer fire.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(qint64 startMs)
        : m_offset(startMs - QDateTime::currentMSecsSinceEpoch())
    {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offset; }
    // Reads startMs now: setting up a database (a server one takes a second)
    // must not eat into a test's real-time margin.
    void restartAt(qint64 startMs) { m_offset = startMs - QDateTime::currentMSecsSinceEpoch(); }

private:
    qint64 m_offset;
};

// One help desk: a database, its SLA service on a fake clock, a customer
// and an agent to write tickets with.
class Desk
{
public:
    explicit Desk(const Clock* clock = nullptr)
        : m_clock(clock ? *clock : m_fixed)
        , m_service(std::make_unique<SlaService>(m_temp.database(), m_clock))
        , m_builder(m_temp.database())
    {
        m_customer =
            m_builder.customer(QStringLiteral("Emma Clarke"), QStringLiteral("emma@example.com"));
        m_agent = m_builder.agent(QStringLiteral("agent1"), QStringLiteral("John Carter"));
    }

    bool isValid() const { return m_temp.isValid() && m_customer && m_agent; }
    FixedClock& clock() { return m_fixed; }
    SlaService& service() { return *m_service; }
    TicketBuilder& builder() { return m_builder; }

    // What a restart does: the same file opened again, a new service on it.
    bool reopen()
    {
        auto opened = Database::open(m_temp.path());
        if (!opened)
            return false;
        m_reopened = opened.value();
        m_service = std::make_unique<SlaService>(m_reopened, m_clock);
        return true;
    }

    bool usePolicy(const SlaPolicySet& policies) { return m_service->savePolicies(policies).ok(); }

    TicketId open(const QString& subject, qint64 createdAt, TicketStatus status = TicketStatus::New)
    {
        NewTicket ticket = m_builder.draft(subject, m_customer);
        ticket.createdAt = createdAt;
        ticket.status = status;
        if (status == TicketStatus::Resolved)
            ticket.resolvedAt = createdAt + kMinuteMs;
        const TicketId id = m_builder.ticket(ticket);
        return id && m_service->recomputeTickets({id}).ok() ? id : 0;
    }

    // `count` tickets "T0", "T1", ... created `spreadMs` apart, in one
    // transaction; empty on failure.
    QList<TicketId> openMany(int count, qint64 firstAt, qint64 spreadMs)
    {
        QList<TicketId> ids;
        Transaction transaction(m_temp.database()->connection());
        for (int i = 0; i < count; ++i) {
            NewTicket ticket = m_builder.draft(QStringLiteral("T%1").arg(i), m_customer);
            ticket.createdAt = firstAt + i * spreadMs;
            const TicketId id = m_builder.ticket(ticket);
            if (!id) {
                m_error = m_builder.error();
                return {};
            }
            ids.append(id);
        }
        if (!check(transaction.commit()) || !check(m_service->recomputeTickets(ids)))
            return {};
        return ids;
    }

    // The first error of openMany(), reply() or resolve(), for the failure message.
    QString error() const { return m_error; }

    bool reply(TicketId id, qint64 when)
    {
        return check(m_builder.writer().addMessage(id, MessageKind::Reply, m_agent, 0,
                                                   QStringLiteral("On it."), when)) &&
               check(m_service->recomputeTickets({id}));
    }

    // TicketService (not written yet) will own status changes; until then
    // the test writes what it will write: the row and the history event.
    bool resolve(TicketId id, qint64 when)
    {
        QSqlQuery query(m_temp.database()->connection());
        query.prepare(QStringLiteral(
            "UPDATE tickets SET status = ?, resolved_at = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(toKey(TicketStatus::Resolved));
        query.addBindValue(when);
        query.addBindValue(when);
        query.addBindValue(id);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        return check(m_builder.writer().addEvent(id, m_agent, QStringLiteral("status"),
                                                 toKey(TicketStatus::New),
                                                 toKey(TicketStatus::Resolved), when)) &&
               check(m_service->recomputeTickets({id}));
    }

private:
    TempDatabase m_temp;
    FixedClock m_fixed{kT0};
    const Clock& m_clock;
    DatabasePtr m_reopened;
    std::unique_ptr<SlaService> m_service;
    TicketBuilder m_builder;
    CustomerId m_customer = 0;
    AgentId m_agent = 0;
    QString m_error;

    template <typename T> bool check(const Result<T>& result)
    {
        if (!result && m_error.isEmpty())
            m_error = result.error().toString();
        return result.ok();
    }
};

// Records what a monitor emitted, as describe() puts it.
class Recorder
{
public:
    Recorder(SlaMonitor& monitor, const Clock& clock)
        : m_caughtUp(&monitor, &SlaMonitor::caughtUp)
    {
        QObject::connect(&monitor, &SlaMonitor::crossed, &monitor,
                         [this, &clock](const PendingSlaCrossing& pending) {
                             m_log.append(describe(pending, clock.nowMs()));
                         });
    }

    QStringList take() { return std::exchange(m_log, {}); }
    // The reportedAtStart of each caughtUp() so far.
    QList<int> caughtUp() const
    {
        QList<int> counts;
        for (const QList<QVariant>& arguments : m_caughtUp)
            counts.append(arguments.at(0).toInt());
        return counts;
    }

private:
    QStringList m_log;
    QSignalSpy m_caughtUp;
};

// Moves the clock a minute at a time up to `last`, checking twice a minute
// as a timer and a periodic check might.
void stepTo(FixedClock& clock, SlaMonitor& monitor, qint64 lastMinute)
{
    while (clock.nowMs() < at(lastMinute)) {
        clock.advanceMs(kMinuteMs);
        monitor.checkNow();
        monitor.checkNow();
    }
}

} // namespace

class TestSlaMonitor : public QObject
{
    Q_OBJECT

private slots:
    void firesEachCrossingOnce_data();
    void firesEachCrossingOnce();
    void restart_data();
    void restart();
    void reportedCrossingSurvivesRecomputation_data();
    void reportedCrossingSurvivesRecomputation();
    void rearmsAfterPolicyChange_data();
    void rearmsAfterPolicyChange();
    void finishedTicketsNeverFire_data();
    void finishedTicketsNeverFire();
    void armedForEarliest_data();
    void armedForEarliest();
    void manyTickets();
    void backlogInBatches();
    void reentrantRefresh();
    void realTimerFires();
};

void TestSlaMonitor::firesEachCrossingOnce_data()
{
    QTest::addColumn<int>("goal");  // minutes
    QTest::addColumn<int>("limit"); // minutes
    QTest::addColumn<QList<int>>("warnings");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("single target, default ladder")
        << 60 << 60 << QList<int>{80} << QStringList{"A fr w0@48", "A fr b@60"};
    QTest::newRow("range target") << 30 << 60 << QList<int>{80}
                                  << QStringList{"A fr g@30", "A fr w0@48", "A fr b@60"};
    QTest::newRow("two warning steps")
        << 60 << 60 << QList<int>{50, 90} << QStringList{"A fr w0@30", "A fr w1@54", "A fr b@60"};
    QTest::newRow("no warnings") << 60 << 60 << QList<int>{} << QStringList{"A fr b@60"};
}

void TestSlaMonitor::firesEachCrossingOnce()
{
    QFETCH(int, goal);
    QFETCH(int, limit);
    QFETCH(QList<int>, warnings);
    QFETCH(QStringList, expected);

    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(goal, limit, warnings)));
    QVERIFY(desk.open(QStringLiteral("A"), at(0)));

    SlaMonitor monitor(&desk.service(), desk.clock());
    Recorder recorder(monitor, desk.clock());
    monitor.start();
    QCOMPARE(recorder.caughtUp(), QList<int>{0});
    stepTo(desk.clock(), monitor, limit + 30);
    QCOMPARE(recorder.take(), expected);
    monitor.refresh();
    QCOMPARE(recorder.take(), QStringList());
}

void TestSlaMonitor::restart_data()
{
    QTest::addColumn<int>("closedAt");   // minute the app quits
    QTest::addColumn<int>("reopenedAt"); // minute it starts again
    QTest::addColumn<QStringList>("beforeClosing");
    QTest::addColumn<QStringList>("atStart");
    QTest::addColumn<QStringList>("afterStart");

    // Crossings: warning at minute 48, breach at 60.
    QTest::newRow("away over the warning")
        << 30 << 50 << QStringList() << QStringList{"A fr w0@48 seen 50"}
        << QStringList{"A fr b@60"};
    QTest::newRow("away over both")
        << 30 << 65 << QStringList() << QStringList{"A fr w0@48 seen 65", "A fr b@60 seen 65"}
        << QStringList();
    QTest::newRow("warning seen before closing")
        << 50 << 55 << QStringList{"A fr w0@48"} << QStringList() << QStringList{"A fr b@60"};
    QTest::newRow("away at the very instant")
        << 47 << 48 << QStringList() << QStringList{"A fr w0@48"} << QStringList{"A fr b@60"};
    QTest::newRow("quick restart")
        << 30 << 30 << QStringList() << QStringList() << QStringList{"A fr w0@48", "A fr b@60"};
}

void TestSlaMonitor::restart()
{
    QFETCH(int, closedAt);
    QFETCH(int, reopenedAt);
    QFETCH(QStringList, beforeClosing);
    QFETCH(QStringList, atStart);
    QFETCH(QStringList, afterStart);

    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    QVERIFY(desk.open(QStringLiteral("A"), at(0)));
    {
        SlaMonitor monitor(&desk.service(), desk.clock());
        Recorder recorder(monitor, desk.clock());
        monitor.start();
        stepTo(desk.clock(), monitor, closedAt);
        QCOMPARE(recorder.take(), beforeClosing);
    }

    desk.clock().setMs(at(reopenedAt));
    QVERIFY(desk.reopen());
    {
        SlaMonitor monitor(&desk.service(), desk.clock());
        Recorder recorder(monitor, desk.clock());
        monitor.start();
        QCOMPARE(recorder.take(), atStart);
        QCOMPARE(recorder.caughtUp(), QList<int>{int(atStart.size())});
        stepTo(desk.clock(), monitor, 90);
        QCOMPARE(recorder.take(), afterStart);
    }

    // A third start has nothing left to tell.
    SlaMonitor monitor(&desk.service(), desk.clock());
    Recorder recorder(monitor, desk.clock());
    monitor.start();
    QCOMPARE(recorder.take(), QStringList());
    QCOMPARE(recorder.caughtUp(), QList<int>{0});
}

void TestSlaMonitor::reportedCrossingSurvivesRecomputation_data()
{
    QTest::addColumn<QString>("recomputation");
    QTest::newRow("the ticket") << QStringLiteral("tickets");
    QTest::newRow("every open ticket") << QStringLiteral("open");
    QTest::newRow("every ticket") << QStringLiteral("all");
    QTest::newRow("the same policies saved again") << QStringLiteral("policies");
    QTest::newRow("a customer message") << QStringLiteral("message");
}

void TestSlaMonitor::reportedCrossingSurvivesRecomputation()
{
    QFETCH(QString, recomputation);

    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    const TicketId id = desk.open(QStringLiteral("A"), at(0));
    QVERIFY(id);
    {
        SlaMonitor monitor(&desk.service(), desk.clock());
        Recorder recorder(monitor, desk.clock());
        monitor.start();
        stepTo(desk.clock(), monitor, 50);
        QCOMPARE(recorder.take(), QStringList{"A fr w0@48"});
    }

    desk.clock().setMs(at(52));
    bool recomputed = false;
    if (recomputation == QLatin1String("tickets"))
        recomputed = desk.service().recomputeTickets({id}).ok();
    else if (recomputation == QLatin1String("open"))
        recomputed = desk.service().recomputeOpen().ok();
    else if (recomputation == QLatin1String("all"))
        recomputed = desk.service().recomputeAll().ok();
    else if (recomputation == QLatin1String("policies"))
        recomputed = desk.usePolicy(firstResponsePolicy(60, 60));
    else
        // Not an answer: the first-response clock runs on unchanged.
        recomputed =
            desk.builder()
                .writer()
                .addMessage(id, MessageKind::Customer, 0, 0, QStringLiteral("Any news?"), at(52))
                .ok() &&
            desk.service().recomputeTickets({id}).ok();
    QVERIFY(recomputed);

    SlaMonitor monitor(&desk.service(), desk.clock());
    Recorder recorder(monitor, desk.clock());
    monitor.start();
    QCOMPARE(recorder.take(), QStringList());
    QCOMPARE(recorder.caughtUp(), QList<int>{0});
    stepTo(desk.clock(), monitor, 90);
    QCOMPARE(recorder.take(), QStringList{"A fr b@60"});
}

void TestSlaMonitor::rearmsAfterPolicyChange_data()
{
    QTest::addColumn<int>("changedAt"); // minute
    QTest::addColumn<int>("newLimit");  // minutes
    QTest::addColumn<QStringList>("beforeChange");
    QTest::addColumn<QStringList>("atRefresh");
    QTest::addColumn<qint64>("nextCrossing"); // minute, after the refresh
    QTest::addColumn<QStringList>("later");

    // The old policy: warning at 48, breach at 60.
    QTest::newRow("shorter, still ahead") << 10 << 20 << QStringList() << QStringList()
                                          << qint64(16) << QStringList{"A fr w0@16", "A fr b@20"};
    QTest::newRow("shorter, warning passed")
        << 18 << 20 << QStringList() << QStringList{"A fr w0@16 seen 18"} << qint64(20)
        << QStringList{"A fr b@20"};
    QTest::newRow("shorter, both passed")
        << 30 << 20 << QStringList() << QStringList{"A fr w0@16 seen 30", "A fr b@20 seen 30"}
        << qint64(-1) << QStringList();
    QTest::newRow("longer") << 10 << 120 << QStringList() << QStringList() << qint64(96)
                            << QStringList{"A fr w0@96", "A fr b@120"};
    QTest::newRow("tighter after the warning was reported")
        << 50 << 55 << QStringList{"A fr w0@48"} << QStringList() << qint64(55)
        << QStringList{"A fr b@55"};
    QTest::newRow("looser after the warning was reported")
        << 50 << 120 << QStringList{"A fr w0@48"} << QStringList() << qint64(96)
        << QStringList{"A fr w0@96", "A fr b@120"};
}

void TestSlaMonitor::rearmsAfterPolicyChange()
{
    QFETCH(int, changedAt);
    QFETCH(int, newLimit);
    QFETCH(QStringList, beforeChange);
    QFETCH(QStringList, atRefresh);
    QFETCH(qint64, nextCrossing);
    QFETCH(QStringList, later);

    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    QVERIFY(desk.open(QStringLiteral("A"), at(0)));
    SlaMonitor monitor(&desk.service(), desk.clock());
    Recorder recorder(monitor, desk.clock());
    monitor.start();
    QCOMPARE(monitor.nextCrossingAt(), at(48));
    stepTo(desk.clock(), monitor, changedAt);
    QCOMPARE(recorder.take(), beforeChange);

    QVERIFY(desk.usePolicy(firstResponsePolicy(newLimit, newLimit)));
    monitor.refresh();
    // The warning now falls at 44, before the 50 at which it was reported:
    // the same news, not a new one, so it is not reported again.
    QCOMPARE(recorder.take(), atRefresh);
    if (nextCrossing < 0) {
        QCOMPARE(monitor.nextCrossingAt(), std::nullopt);
        QCOMPARE(monitor.nextWakeAt(), at(changedAt) + SlaMonitor::kRecheckMs);
    } else {
        QCOMPARE(monitor.nextCrossingAt(), at(nextCrossing));
        QCOMPARE(monitor.nextWakeAt(),
                 std::min(at(nextCrossing), at(changedAt) + SlaMonitor::kRecheckMs));
    }
    stepTo(desk.clock(), monitor, 150);
    QCOMPARE(recorder.take(), later);
}

void TestSlaMonitor::finishedTicketsNeverFire_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("created resolved") << QStringLiteral("created resolved");
    QTest::newRow("resolved while watched") << QStringLiteral("resolved");
    QTest::newRow("resolved while watched, refreshed") << QStringLiteral("resolved+refresh");
    QTest::newRow("answered while watched") << QStringLiteral("answered");
    QTest::newRow("answered while watched, refreshed") << QStringLiteral("answered+refresh");
}

void TestSlaMonitor::finishedTicketsNeverFire()
{
    QFETCH(QString, what);

    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    const bool createdResolved = what == QLatin1String("created resolved");
    const TicketId a = desk.open(QStringLiteral("A"), at(0),
                                 createdResolved ? TicketStatus::Resolved : TicketStatus::New);
    QVERIFY(a);
    // A neighbour whose crossings must go on as before.
    QVERIFY(desk.open(QStringLiteral("B"), at(1)));

    SlaMonitor monitor(&desk.service(), desk.clock());
    Recorder recorder(monitor, desk.clock());
    monitor.start();
    stepTo(desk.clock(), monitor, 30);
    if (what.startsWith(QLatin1String("resolved")))
        QVERIFY2(desk.resolve(a, at(30)), qPrintable(desk.error()));
    else if (what.startsWith(QLatin1String("answered")))
        QVERIFY2(desk.reply(a, at(30)), qPrintable(desk.error()));
    // Without a refresh the heap still holds A's crossings; the monitor must
    // still not report them.
    if (what.endsWith(QLatin1String("+refresh")))
        monitor.refresh();
    stepTo(desk.clock(), monitor, 90);
    QCOMPARE(recorder.take(), (QStringList{"B fr w0@49", "B fr b@61"}));
}

void TestSlaMonitor::armedForEarliest_data()
{
    QTest::addColumn<QList<int>>("created"); // minutes, one ticket each
    QTest::addColumn<int>("limit");          // minutes, warning at 80 %
    QTest::addColumn<qint64>("next");        // minute of the earliest crossing, -1: none
    QTest::addColumn<qint64>("wake");        // minute the timer is armed for
    QTest::addColumn<qint64>("then");        // the next crossing once that one passed

    // Started at minute 0; a timer never sleeps more than five minutes.
    QTest::newRow("nothing open") << QList<int>{} << 60 << qint64(-1) << qint64(5) << qint64(-1);
    QTest::newRow("earliest within the recheck")
        << QList<int>{-10, -45} << 60 << qint64(3) << qint64(3) << qint64(15);
    QTest::newRow("warning and breach of one ticket")
        << QList<int>{-57} << 60 << qint64(3) << qint64(3) << qint64(-1);
    QTest::newRow("earliest after the recheck")
        << QList<int>{-10} << 60 << qint64(38) << qint64(5) << qint64(50);
    QTest::newRow("beyond the loaded hour")
        << QList<int>{0} << 240 << qint64(192) << qint64(5) << qint64(240);
}

void TestSlaMonitor::armedForEarliest()
{
    QFETCH(QList<int>, created);
    QFETCH(int, limit);
    QFETCH(qint64, next);
    QFETCH(qint64, wake);
    QFETCH(qint64, then);

    auto minuteOrNull = [](qint64 minute) -> std::optional<qint64> {
        return minute < 0 ? std::nullopt : std::optional<qint64>(at(minute));
    };

    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(limit, limit)));
    char subject = 'A';
    for (int minute : created) {
        desk.clock().setMs(at(minute));
        QVERIFY(desk.open(QString(QLatin1Char(subject++)), at(minute)));
    }
    desk.clock().setMs(at(0));
    // What happened before the monitor ever ran is history, not news.
    QVERIFY(desk.service().markReportedUntil(at(0)).ok());

    SlaMonitor monitor(&desk.service(), desk.clock());
    QCOMPARE(monitor.nextWakeAt(), std::nullopt);
    Recorder recorder(monitor, desk.clock());
    monitor.start();
    QCOMPARE(recorder.caughtUp(), QList<int>{0});
    QCOMPARE(monitor.nextCrossingAt(), minuteOrNull(next));
    QCOMPARE(monitor.nextWakeAt(), at(wake));

    if (next < 0)
        return;
    desk.clock().setMs(at(next));
    monitor.checkNow();
    QVERIFY(!recorder.take().isEmpty());
    QCOMPARE(monitor.nextCrossingAt(), minuteOrNull(then));
    QCOMPARE(monitor.nextWakeAt(),
             std::min(at(next) + SlaMonitor::kRecheckMs,
                      minuteOrNull(then).value_or(std::numeric_limits<qint64>::max())));
}

void TestSlaMonitor::manyTickets()
{
    // More crossings than the monitor reads in one batch or holds in one
    // window, spread a few seconds apart: each must come once and on time.
    constexpr int kTickets = 700;
    constexpr qint64 kSpreadMs = 7000; // not a divisor of the 12 minutes between warning and breach
    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    const QList<TicketId> ids = desk.openMany(kTickets, at(0), kSpreadMs);
    QVERIFY2(ids.size() == kTickets, qPrintable(desk.error()));

    SlaMonitor monitor(&desk.service(), desk.clock());
    QList<PendingSlaCrossing> seen;
    QList<qint64> seenAt;
    connect(&monitor, &SlaMonitor::crossed, this, [&](const PendingSlaCrossing& pending) {
        seen.append(pending);
        seenAt.append(desk.clock().nowMs());
    });
    monitor.start();

    // The true next crossing at `now`: every ticket warns at 48 and breaches
    // at 60 minutes after its creation.
    auto trueNext = [&](qint64 now) -> std::optional<qint64> {
        std::optional<qint64> next;
        for (int i = 0; i < kTickets; ++i) {
            for (qint64 offset : {48 * kMinuteMs, 60 * kMinuteMs}) {
                const qint64 when = kT0 + i * kSpreadMs + offset;
                if (when > now && (!next || when < *next))
                    next = when;
            }
        }
        return next;
    };

    // Wake exactly when the monitor asks to, as its timer would.
    int wakes = 0;
    while (monitor.nextWakeAt() && *monitor.nextWakeAt() <= at(180)) {
        QCOMPARE(monitor.nextCrossingAt(), trueNext(desk.clock().nowMs()));
        desk.clock().setMs(*monitor.nextWakeAt());
        monitor.checkNow();
        ++wakes;
    }
    QCOMPARE(seen.size(), 2 * kTickets);
    QSet<QString> keys;
    for (int i = 0; i < seen.size(); ++i) {
        const PendingSlaCrossing& pending = seen.at(i);
        QVERIFY(ids.contains(pending.ticketId));
        keys.insert(QStringLiteral("%1 %2").arg(pending.ticketId).arg(pending.reportKey));
        // Reported when it happened, not at some later check.
        QCOMPARE(seenAt.at(i), pending.crossing.atMs);
    }
    QCOMPARE(keys.size(), 2 * kTickets);
    QVERIFY(wakes < 2 * kTickets + 40);
}

void TestSlaMonitor::backlogInBatches()
{
    // A backlog longer than a batch is reported over several turns of the
    // event loop; caughtUp() comes once, at the end, with the whole count.
    constexpr int kTickets = SlaMonitor::kBatch * 3 / 2;
    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    QVERIFY2(desk.openMany(kTickets, at(0), 1000).size() == kTickets, qPrintable(desk.error()));

    desk.clock().setMs(at(90));
    SlaMonitor monitor(&desk.service(), desk.clock());
    QSignalSpy crossed(&monitor, &SlaMonitor::crossed);
    QSignalSpy caughtUp(&monitor, &SlaMonitor::caughtUp);
    monitor.start();
    QCOMPARE(crossed.count(), SlaMonitor::kBatch);
    QCOMPARE(caughtUp.count(), 0);
    QCOMPARE(monitor.nextWakeAt(), at(90));
    QTRY_COMPARE(caughtUp.count(), 1);
    QCOMPARE(caughtUp.at(0).at(0).toInt(), 2 * kTickets);
    QCOMPARE(crossed.count(), 2 * kTickets);
    QSet<QString> keys;
    for (const QList<QVariant>& arguments : std::as_const(crossed)) {
        const auto pending = arguments.at(0).value<PendingSlaCrossing>();
        keys.insert(QStringLiteral("%1 %2").arg(pending.ticketId).arg(pending.reportKey));
    }
    QCOMPARE(keys.size(), 2 * kTickets);
    QCOMPARE(monitor.nextWakeAt(), at(90) + SlaMonitor::kRecheckMs);

    SlaMonitor again(&desk.service(), desk.clock());
    QSignalSpy crossedAgain(&again, &SlaMonitor::crossed);
    again.start();
    QCOMPARE(crossedAgain.count(), 0);
}

void TestSlaMonitor::reentrantRefresh()
{
    // A notification handler may well refresh the monitor (it reloads the
    // ticket it shows); that must not report anything twice.
    Desk desk;
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    QVERIFY(desk.open(QStringLiteral("A"), at(0)));
    QVERIFY(desk.open(QStringLiteral("B"), at(0)));
    SlaMonitor monitor(&desk.service(), desk.clock());
    Recorder recorder(monitor, desk.clock());
    connect(&monitor, &SlaMonitor::crossed, &monitor, &SlaMonitor::refresh);
    connect(&monitor, &SlaMonitor::crossed, &monitor, &SlaMonitor::checkNow);
    monitor.start();
    desk.clock().setMs(at(70));
    monitor.checkNow();
    QCOMPARE(recorder.take(), (QStringList{"A fr w0@48 seen 70", "B fr w0@48 seen 70",
                                           "A fr b@60 seen 70", "B fr b@60 seen 70"}));
    monitor.refresh();
    QCOMPARE(recorder.take(), QStringList());
}

void TestSlaMonitor::realTimerFires()
{
    // The one test on a real timer: the warning is 300 ms ahead.
    ShiftedClock clock(at(48) - 300);
    Desk desk(&clock);
    QVERIFY(desk.isValid());
    QVERIFY(desk.usePolicy(firstResponsePolicy(60, 60)));
    QVERIFY(desk.open(QStringLiteral("A"), at(0)));
    clock.restartAt(at(48) - 300);
    SlaMonitor monitor(&desk.service(), clock);
    QSignalSpy crossed(&monitor, &SlaMonitor::crossed);
    monitor.start();
    QCOMPARE(crossed.count(), 0);
    QCOMPARE(monitor.nextWakeAt(), at(48));
    QTRY_COMPARE_WITH_TIMEOUT(crossed.count(), 1, 900);
    const auto pending = crossed.at(0).at(0).value<PendingSlaCrossing>();
    QCOMPARE(pending.crossing.kind, SlaCrossing::Kind::Warning);
    QVERIFY(clock.nowMs() >= at(48));
    QCOMPARE(monitor.nextCrossingAt(), at(60));
}

QTEST_GUILESS_MAIN(TestSlaMonitor)
#include "tst_slamonitor.moc"
