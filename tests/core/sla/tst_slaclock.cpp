// SPDX-License-Identifier: MIT
// The SLA clock: every state, pauses, reopening, next-response cycles,
// business hours, and incremental feeding against replay from scratch.
#include "sla/slaclock.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Switchboard;

Q_DECLARE_METATYPE(Switchboard::SlaMetric)
Q_DECLARE_METATYPE(Switchboard::SlaState)
Q_DECLARE_METATYPE(Switchboard::SlaInput)

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
const QTimeZone kBerlin("Europe/Berlin");

// Berlin local time in March 2026; the 2nd is a Monday.
qint64 berlin(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kBerlin).toMSecsSinceEpoch();
}

// Monday 2026-03-02 10:00 Berlin plus some minutes.
qint64 m(qint64 minutes)
{
    return berlin(2, 10, 0) + minutes * kMinuteMs;
}

BusinessCalendar calendar(const QString& name)
{
    BusinessCalendar::Rules rules;
    if (name == QLatin1String("24x7")) {
        rules.zone = QTimeZone::utc();
        for (BusinessCalendar::DayHours& hours : rules.week)
            hours = {{0, 86400}};
    } else {
        rules.zone = kBerlin;
        for (int day = 0; day < 5; ++day)
            rules.week[size_t(day)] = {{9 * 3600, 18 * 3600}};
    }
    auto created = BusinessCalendar::create(rules);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return created.value();
}

SlaPolicy policy(bool pauseOnHold)
{
    SlaPolicy p;
    p.name = QStringLiteral("test");
    p.firstResponse = SlaTarget::range(60 * 60, 120 * 60);
    p.nextResponse = SlaTarget::range(30 * 60, 60 * 60);
    p.resolution = SlaTarget::range(240 * 60, 480 * 60);
    p.pauseOnHold = pauseOnHold;
    return p;
}

using S = TicketStatus;
SlaInput created(qint64 at)
{
    return SlaInput::created(at);
}
SlaInput customer(qint64 at)
{
    return SlaInput::customerMessage(at);
}
SlaInput reply(qint64 at)
{
    return SlaInput::publicReply(at);
}
SlaInput status(qint64 at, S from, S to)
{
    return SlaInput::statusChanged(at, from, to);
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void dueOverTheWeekend();
    void dueInstantsWhileRunning();
    void inputsFromTicketHistory();
    void incrementalEqualsReplay();
};

void TestSlaClock::states_data()
{
    QTest::addColumn<QString>("calendarName");
    QTest::addColumn<bool>("pauseOnHold");
    QTest::addColumn<QList<SlaInput>>("inputs");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<SlaMetric>("metric");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<qint64>("elapsed"); // business seconds
    QTest::addColumn<qint64>("paused");  // wall seconds

    const QString h24 = QStringLiteral("24x7");
    const QString business = QStringLiteral("business");
    const auto fr = SlaMetric::FirstResponse;
    const auto nr = SlaMetric::NextResponse;
    const auto res = SlaMetric::Resolution;
    auto row = [](const char* name, const QString& cal, bool hold, QList<SlaInput> inputs,
                  qint64 now, SlaMetric metric, SlaState state, qint64 elapsed, qint64 paused) {
        QTest::newRow(name) << cal << hold << inputs << now << metric << state << elapsed << paused;
    };

    // First response: goal 60 min, limit 120 min, warning at 96 min.
    row("fr running", h24, false, {created(m(0))}, m(30), fr, SlaState::Running, 1800, 0);
    row("fr exactly at goal still running", h24, false, {created(m(0))}, m(60), fr,
        SlaState::Running, 3600, 0);
    row("fr at goal", h24, false, {created(m(0))}, m(70), fr, SlaState::AtGoal, 4200, 0);
    row("fr warning", h24, false, {created(m(0))}, m(100), fr, SlaState::Warning, 6000, 0);
    row("fr exactly at limit is warning", h24, false, {created(m(0))}, m(120), fr,
        SlaState::Warning, 7200, 0);
    row("fr breached", h24, false, {created(m(0))}, m(130), fr, SlaState::Breached, 7800, 0);
    row("fr met", h24, false, {created(m(0)), reply(m(50))}, m(200), fr, SlaState::Met, 3000, 0);
    row("fr done at goal", h24, false, {created(m(0)), reply(m(90))}, m(200), fr, SlaState::AtGoal,
        5400, 0);
    row("fr done breached", h24, false, {created(m(0)), reply(m(150))}, m(200), fr,
        SlaState::Breached, 9000, 0);
    row("fr customer message is no reply", h24, false, {created(m(0)), customer(m(10))}, m(30), fr,
        SlaState::Running, 1800, 0);
    row("fr paused while pending", h24, false, {created(m(0)), status(m(20), S::New, S::Pending)},
        m(80), fr, SlaState::Paused, 1200, 3600);
    row("fr resumes after pending", h24, false,
        {created(m(0)), status(m(20), S::New, S::Pending), status(m(50), S::Pending, S::Open)},
        m(80), fr, SlaState::Running, 3000, 1800);
    row("fr on hold runs by default", h24, false, {created(m(0)), status(m(20), S::New, S::OnHold)},
        m(80), fr, SlaState::AtGoal, 4800, 0);
    row("fr on hold pauses when the policy says", h24, true,
        {created(m(0)), status(m(20), S::New, S::OnHold)}, m(80), fr, SlaState::Paused, 1200, 3600);
    row("fr breach stays visible while paused", h24, false,
        {created(m(0)), status(m(130), S::Open, S::Pending)}, m(200), fr, SlaState::Breached, 7800,
        4200);
    row("fr open to open status changes nothing", h24, false,
        {created(m(0)), status(m(10), S::New, S::Open)}, m(30), fr, SlaState::Running, 1800, 0);

    // Resolution: goal 240 min, limit 480 min, warning at 384 min.
    row("res running", h24, false, {created(m(0))}, m(100), res, SlaState::Running, 6000, 0);
    row("res met", h24, false, {created(m(0)), status(m(200), S::Open, S::Resolved)}, m(600), res,
        SlaState::Met, 12000, 0);
    row("res resolved is not paused time", h24, false,
        {created(m(0)), status(m(200), S::Open, S::Resolved)}, m(900), res, SlaState::Met, 12000,
        0);
    row("res reopen resumes with earlier time", h24, false,
        {created(m(0)), status(m(200), S::Open, S::Resolved), status(m(400), S::Resolved, S::Open)},
        m(500), res, SlaState::AtGoal, 18000, 0);
    row("res reopened reaches warning", h24, false,
        {created(m(0)), status(m(200), S::Open, S::Resolved), status(m(400), S::Resolved, S::Open)},
        m(600), res, SlaState::Warning, 24000, 0);
    row("res resolved again after limit", h24, false,
        {created(m(0)), status(m(200), S::Open, S::Resolved), status(m(400), S::Resolved, S::Open),
         status(m(700), S::Open, S::Resolved)},
        m(800), res, SlaState::Breached, 30000, 0);
    row("res closed counts as done", h24, false,
        {created(m(0)), status(m(300), S::Open, S::Closed)}, m(800), res, SlaState::AtGoal, 18000,
        0);
    row("res pending pauses", h24, false,
        {created(m(0)), status(m(100), S::Open, S::Pending), status(m(160), S::Pending, S::Open)},
        m(200), res, SlaState::Running, 8400, 3600);
    row("res reopened into pending stays paused", h24, false,
        {created(m(0)), status(m(200), S::Open, S::Resolved),
         status(m(400), S::Resolved, S::Pending)},
        m(500), res, SlaState::Paused, 12000, 6000);

    // Next response: goal 30 min, limit 60 min, warning at 48 min.
    row("nr inactive before the first reply", h24, false, {created(m(0)), customer(m(10))}, m(50),
        nr, SlaState::Inactive, 0, 0);
    row("nr inactive when nothing is asked", h24, false, {created(m(0)), reply(m(10))}, m(50), nr,
        SlaState::Inactive, 0, 0);
    row("nr runs from the oldest unanswered message", h24, false,
        {created(m(0)), reply(m(10)), customer(m(20)), customer(m(30))}, m(50), nr,
        SlaState::Running, 1800, 0);
    row("nr met", h24, false, {created(m(0)), reply(m(10)), customer(m(20)), reply(m(40))}, m(100),
        nr, SlaState::Met, 1200, 0);
    row("nr second cycle at goal", h24, false,
        {created(m(0)), reply(m(10)), customer(m(20)), reply(m(40)), customer(m(100))}, m(140), nr,
        SlaState::AtGoal, 2400, 0);
    row("nr second cycle warning", h24, false,
        {created(m(0)), reply(m(10)), customer(m(20)), reply(m(40)), customer(m(100))}, m(150), nr,
        SlaState::Warning, 3000, 0);
    row("nr last finished cycle reported", h24, false,
        {created(m(0)), reply(m(10)), customer(m(20)), reply(m(40)), customer(m(100)),
         reply(m(200))},
        m(300), nr, SlaState::Breached, 6000, 0);
    row("nr paused while pending", h24, false,
        {created(m(0)), reply(m(10)), customer(m(20)), status(m(30), S::Open, S::Pending)}, m(90),
        nr, SlaState::Paused, 600, 3600);

    // Business hours, Berlin Monday to Friday 09:00-18:00.
    row("business weekend not counted", business, false, {created(berlin(6, 17, 30))},
        berlin(7, 12, 0), fr, SlaState::Running, 1800, 0);
    row("business monday morning", business, false, {created(berlin(6, 17, 30))}, berlin(9, 9, 30),
        fr, SlaState::Running, 3600, 0);
    row("business at goal on monday", business, false, {created(berlin(6, 17, 30))},
        berlin(9, 10, 0), fr, SlaState::AtGoal, 5400, 0);
    row("business created at night", business, false, {created(berlin(3, 22, 0))}, berlin(4, 9, 45),
        fr, SlaState::Running, 2700, 0);
    row("business pending over night is paused wall time", business, false,
        {created(berlin(3, 17, 0)), status(berlin(3, 17, 30), S::Open, S::Pending),
         status(berlin(4, 9, 30), S::Pending, S::Open)},
        berlin(4, 10, 0), fr, SlaState::Running, 3600, 16 * 3600);
}

void TestSlaClock::states()
{
    QFETCH(QString, calendarName);
    QFETCH(bool, pauseOnHold);
    QFETCH(QList<SlaInput>, inputs);
    QFETCH(qint64, now);
    QFETCH(SlaMetric, metric);
    QFETCH(SlaState, state);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, paused);

    const SlaPolicy p = policy(pauseOnHold);
    const SlaClockState result = SlaClock::compute(inputs, p, calendar(calendarName), now);
    const SlaMetricState& got = result[metric];
    QCOMPARE(got.state, state);
    QCOMPARE(got.elapsedSeconds, elapsed);
    QCOMPARE(got.pausedSeconds, paused);
    if (state == SlaState::Inactive)
        return;
    QCOMPARE(got.secondsLeft, p.target(metric)->limitSeconds - elapsed);
    const bool done = got.metAt.has_value();
    QCOMPARE(done, state == SlaState::Met || (state == SlaState::AtGoal && !got.goalDueAt));
    QCOMPARE(got.breachedAt.has_value(), state == SlaState::Breached);
    const bool running = state == SlaState::Running || state == SlaState::Warning ||
                         (state == SlaState::AtGoal && !done) ||
                         (state == SlaState::Breached && got.limitDueAt.has_value());
    QCOMPARE(got.limitDueAt.has_value(), running);
}

void TestSlaClock::dueOverTheWeekend()
{
    // Created on Friday half an hour before closing: the goal falls on Monday.
    const SlaClockState s =
        SlaClock::compute({created(berlin(6, 17, 30))}, policy(false),
                          calendar(QStringLiteral("business")), berlin(6, 17, 45));
    const SlaMetricState& first = s[SlaMetric::FirstResponse];
    QCOMPARE(first.state, SlaState::Running);
    QCOMPARE(first.goalDueAt, std::optional(berlin(9, 9, 30)));
    QCOMPARE(first.limitDueAt, std::optional(berlin(9, 10, 30)));
    QCOMPARE(first.nextWarningAt, std::optional(berlin(9, 10, 6)));
    QCOMPARE(first.secondsLeft, qint64(120 * 60 - 15 * 60));
}

void TestSlaClock::dueInstantsWhileRunning()
{
    const BusinessCalendar h24 = calendar(QStringLiteral("24x7"));
    // Paused for 30 minutes: the dues move by 30 minutes.
    const QList<SlaInput> inputs = {created(m(0)), status(m(10), S::Open, S::Pending),
                                    status(m(40), S::Pending, S::Open)};
    SlaMetricState first =
        SlaClock::compute(inputs, policy(false), h24, m(50))[SlaMetric::FirstResponse];
    QCOMPARE(first.goalDueAt, std::optional(m(90)));
    QCOMPARE(first.limitDueAt, std::optional(m(150)));
    QCOMPARE(first.pausedSeconds, qint64(1800));
    // While paused there is no due.
    first =
        SlaClock::compute(inputs.mid(0, 2), policy(false), h24, m(50))[SlaMetric::FirstResponse];
    QVERIFY(!first.goalDueAt);
    QVERIFY(!first.limitDueAt);
    // A goal crossed before a pause keeps the instant it was crossed.
    const QList<SlaInput> late = {created(m(0)), status(m(70), S::Open, S::Pending),
                                  status(m(100), S::Pending, S::Open)};
    first = SlaClock::compute(late, policy(false), h24, m(110))[SlaMetric::FirstResponse];
    QCOMPARE(first.goalDueAt, std::optional(m(60)));
    QCOMPARE(first.limitDueAt, std::optional(m(150)));
    QCOMPARE(first.state, SlaState::AtGoal);
    // A breach reports the instant the limit was passed.
    first = SlaClock::compute({created(m(0)), reply(m(200))}, policy(false), h24,
                              m(300))[SlaMetric::FirstResponse];
    QCOMPARE(first.breachedAt, std::optional(m(120)));
    QVERIFY(!first.metAt);
    // Met reports when it was done.
    first = SlaClock::compute({created(m(0)), reply(m(20))}, policy(false), h24,
                              m(300))[SlaMetric::FirstResponse];
    QCOMPARE(first.metAt, std::optional(m(20)));
}

void TestSlaClock::inputsFromTicketHistory()
{
    auto event = [](const char* kind, const char* from, const char* to, qint64 at) {
        TicketEvent e;
        e.kind = QString::fromLatin1(kind);
        e.oldValue = QString::fromLatin1(from);
        e.newValue = QString::fromLatin1(to);
        e.at = at;
        return e;
    };
    auto message = [](MessageKind kind, qint64 at) {
        Message msg;
        msg.kind = kind;
        msg.createdAt = at;
        return msg;
    };
    const QList<TicketEvent> events = {
        event("created", "", "", m(0)),
        event("assignee", "", "anna", m(1)),
        event("reply", "", "", m(20)),
        event("status", "open", "resolved", m(20)),
        event("reopened", "resolved", "open", m(30)),
        event("status", "open", "on_hold", m(40)),
    };
    const QList<Message> messages = {
        message(MessageKind::Customer, m(0)),  message(MessageKind::System, m(0)),
        message(MessageKind::Note, m(5)),      message(MessageKind::Reply, m(20)),
        message(MessageKind::Customer, m(30)),
    };
    const QList<SlaInput> expected = {
        created(m(0)),
        customer(m(0)),
        reply(m(20)),
        status(m(20), S::Open, S::Resolved),
        customer(m(30)),
        status(m(30), S::Resolved, S::Open),
        status(m(40), S::Open, S::OnHold),
    };
    QCOMPARE(SlaClock::inputsFrom(events, messages), expected);
}

void TestSlaClock::incrementalEqualsReplay()
{
    QRandomGenerator rnd(20260302);
    const QList<S> statuses = {S::New, S::Open, S::Pending, S::OnHold, S::Resolved, S::Closed};
    const QString names[] = {QStringLiteral("24x7"), QStringLiteral("business")};
    int checks = 0;
    for (int history = 0; history < 200; ++history) {
        const BusinessCalendar cal = calendar(names[history % 2]);
        SlaPolicy p = policy(rnd.bounded(2) == 1);
        if (rnd.bounded(3) == 0)
            p.warnings = {SlaWarning::percent(50),
                          SlaWarning::before(qint64(rnd.bounded(600)) + 1)};
        SlaClock clock(p, cal);
        QList<SlaInput> inputs;
        qint64 at = berlin(1, 0, 0) + qint64(rnd.bounded(7 * 24 * 60)) * kMinuteMs;
        S current = S::New;
        inputs.append(created(at));
        clock.apply(inputs.last());
        const int length = int(rnd.bounded(1, 40));
        for (int i = 0; i < length; ++i) {
            // Odd milliseconds and equal instants on purpose.
            at += rnd.bounded(3) == 0 ? 0 : qint64(rnd.bounded(6 * 3600 * 1000));
            SlaInput input;
            switch (rnd.bounded(4)) {
            case 0:
                input = customer(at);
                break;
            case 1:
                input = reply(at);
                break;
            default: {
                const S to = statuses[rnd.bounded(int(statuses.size()))];
                input = status(at, current, to);
                current = to;
                break;
            }
            }
            inputs.append(input);
            clock.apply(input);
            for (qint64 later : {qint64(0), qint64(rnd.bounded(3600 * 1000)),
                                 qint64(rnd.bounded(5 * 24 * 3600)) * 1000}) {
                const SlaClockState incremental = clock.state(at + later);
                const SlaClockState replayed = SlaClock::compute(inputs, p, cal, at + later);
                if (!(incremental == replayed))
                    QFAIL(qPrintable(QStringLiteral("history %1, input %2").arg(history).arg(i)));
                for (const SlaMetricState& metric : incremental.metrics) {
                    QVERIFY(metric.elapsedSeconds >= 0);
                    QVERIFY(metric.pausedSeconds >= 0);
                    if (metric.target && metric.state != SlaState::Inactive)
                        QCOMPARE(metric.secondsLeft,
                                 metric.target->limitSeconds - metric.elapsedSeconds);
                }
                ++checks;
            }
            // Time never runs backwards for a clock: later is never less elapsed.
            const SlaClockState a = clock.state(at);
            const SlaClockState b = clock.state(at + 3600 * 1000);
            for (int k = 0; k < kSlaMetricCount; ++k)
                QVERIFY(a.metrics[size_t(k)].elapsedSeconds <= b.metrics[size_t(k)].elapsedSeconds);
        }
    }
    QVERIFY(checks > 1000);
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
