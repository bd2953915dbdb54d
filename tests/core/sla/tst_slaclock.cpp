// SPDX-License-Identifier: MIT
// The SLA clock: every state, pauses, reopening, next-response cycles,
// business hours, the crossings of each metric, and incremental feeding
// against replay from scratch.
#include "sla/calendarcatalog.h"
#include "sla/slaclock.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <limits>
#include <random>

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

// The policies the crossing table refers to by name. "single" and "ladder"
// vary one thing each from "range".
SlaPolicy namedPolicy(const QString& name)
{
    SlaPolicy p = policy(name == QLatin1String("hold"));
    if (name == QLatin1String("single")) {
        p.firstResponse = SlaTarget::single(60 * 60);
        p.nextResponse = SlaTarget::single(30 * 60);
        p.resolution = SlaTarget::single(480 * 60);
    } else if (name == QLatin1String("ladder")) {
        // 50 % of the 120-minute limit falls on the 60-minute goal.
        p.warnings = {SlaWarning::before(10 * 60), SlaWarning::percent(50)};
    }
    return p;
}

// A crossing as "fr:1:g 2026-03-02T10:00:00.000Z", so a failed comparison
// shows which crossing differs and when it fell.
QString describe(const QString& key, qint64 atMs)
{
    return key + u' ' +
           QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QStringList describe(const QList<SlaCrossing>& crossings)
{
    QStringList result;
    for (const SlaCrossing& crossing : crossings)
        result.append(describe(crossing.key(), crossing.atMs));
    return result;
}

QString at(const char* key, qint64 atMs)
{
    return describe(QString::fromLatin1(key), atMs);
}

// Business seconds after the start at which a crossing lies.
qint64 thresholdOf(const SlaCrossing& crossing, const SlaPolicy& p)
{
    const SlaTarget target = *p.target(crossing.metric);
    switch (crossing.kind) {
    case SlaCrossing::Kind::Goal:
        return target.goalSeconds;
    case SlaCrossing::Kind::Warning:
        return p.warningThresholds(target).at(crossing.step);
    case SlaCrossing::Kind::Breach:
        break;
    }
    return target.limitSeconds;
}

// Everything a state promises about its crossings, checked against the policy
// alone; the first broken promise, or an empty string.
QString checkCrossings(const SlaClockState& state, const SlaPolicy& p, qint64 now)
{
    qsizetype total = 0;
    for (int i = 0; i < kSlaMetricCount; ++i) {
        const auto metric = SlaMetric(i);
        const SlaMetricState& s = state[metric];
        const QString where = QStringLiteral("metric %1: ").arg(i);
        total += s.crossings.size();
        if (!s.target || s.state == SlaState::Inactive) {
            if (!s.crossings.isEmpty())
                return where + QStringLiteral("crossings while inactive");
            continue;
        }
        const SlaTarget target = *s.target;
        const QList<qint64> ladder = p.warningThresholds(target);
        const qint64 e = s.elapsedSeconds;
        // The due instants are set exactly while the clock runs.
        const bool running = s.limitDueAt.has_value();
        auto passed = [&](const SlaCrossing& crossing) {
            const qint64 threshold = thresholdOf(crossing, p);
            return crossing.kind == SlaCrossing::Kind::Warning ? e >= threshold : e > threshold;
        };

        qsizetype expected = 0;
        if (target.goalSeconds < target.limitSeconds)
            expected += running || e > target.goalSeconds;
        for (qint64 threshold : ladder)
            expected +=
                threshold > 0 && threshold < target.limitSeconds && (running || e >= threshold);
        expected += running || e > target.limitSeconds;
        if (s.crossings.size() != expected)
            return where + QStringLiteral("%1 crossings, expected %2")
                               .arg(s.crossings.size())
                               .arg(expected);

        QSet<QString> keys;
        std::optional<qint64> nextWarning;
        for (qsizetype k = 0; k < s.crossings.size(); ++k) {
            const SlaCrossing& c = s.crossings.at(k);
            const QString what = where + c.key() + u' ';
            if (c.metric != metric || c.cycle != s.cycle)
                return what + QStringLiteral("names another metric or cycle");
            if (keys.contains(c.key()))
                return what + QStringLiteral("listed twice");
            keys.insert(c.key());
            if (k > 0 && std::pair(c.atMs, c.kind) <
                             std::pair(s.crossings.at(k - 1).atMs, s.crossings.at(k - 1).kind))
                return what + QStringLiteral("out of order");
            const qint64 threshold = thresholdOf(c, p);
            if (running) {
                // The instant is exact: e reaches the threshold at it, not before.
                if ((threshold <= e) != (c.atMs <= now))
                    return what + QStringLiteral("at %1 disagrees with e %2 at %3")
                                      .arg(c.atMs)
                                      .arg(e)
                                      .arg(now);
            } else if (!passed(c) || c.atMs > now) {
                return what + QStringLiteral("listed ahead while the clock stands");
            }
            if (c.kind == SlaCrossing::Kind::Warning && c.atMs > now && !nextWarning)
                nextWarning = c.atMs;
            if (c.kind == SlaCrossing::Kind::Breach) {
                if (running && s.limitDueAt != c.atMs)
                    return what + QStringLiteral("differs from limitDueAt");
                if (s.state == SlaState::Breached && s.breachedAt != c.atMs)
                    return what + QStringLiteral("differs from breachedAt");
            }
            if (c.kind == SlaCrossing::Kind::Goal && running && s.goalDueAt != c.atMs)
                return what + QStringLiteral("differs from goalDueAt");
        }
        if (s.nextWarningAt != nextWarning)
            return where + QStringLiteral("nextWarningAt is not the next warning crossing");
        const bool breachListed =
            std::any_of(s.crossings.cbegin(), s.crossings.cend(),
                        [](const SlaCrossing& c) { return c.kind == SlaCrossing::Kind::Breach; });
        if (s.state == SlaState::Breached && !breachListed)
            return where + QStringLiteral("breached without a breach crossing");
    }
    const QList<SlaCrossing> all = state.allCrossings();
    if (all.size() != total)
        return QStringLiteral("allCrossings() lost crossings");
    for (qsizetype k = 1; k < all.size(); ++k) {
        if (all.at(k).atMs < all.at(k - 1).atMs)
            return QStringLiteral("allCrossings() out of order");
    }
    return {};
}

// Monday to Friday 08:00-12:00 and 13:00-17:30, Saturday morning, two
// holidays, in Berlin across the March 2026 switch to summer time.
BusinessCalendar splitDayCalendar()
{
    BusinessCalendar::Rules rules;
    rules.zone = kBerlin;
    for (size_t day = 0; day < 5; ++day)
        rules.week[day] = {{8 * 3600, 12 * 3600}, {13 * 3600, 17 * 3600 + 1800}};
    rules.week[5] = {{10 * 3600, 14 * 3600}};
    rules.holidays = {QDate(2026, 3, 9), QDate(2026, 3, 20)};
    auto created = BusinessCalendar::create(rules);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return created.value();
}

BusinessCalendar builtinCalendar(const QString& name)
{
    auto found = CalendarCatalog::builtin(name);
    if (!found)
        qFatal("%s", qPrintable(found.error().toString()));
    return found.value();
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
    void crossings_data();
    void crossings();
    void crossingKeys();
    void allCrossingsAcrossMetrics();
    void randomReplay();
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

    // An imported history has the reply as an event only: it still counts.
    const QList<SlaInput> imported =
        SlaClock::inputsFrom({event("created", "", "", m(0)), event("reply", "", "", m(7))}, {});
    QCOMPARE(imported, (QList<SlaInput>{created(m(0)), reply(m(7))}));
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

void TestSlaClock::crossings_data()
{
    QTest::addColumn<QString>("calendarName");
    QTest::addColumn<QString>("policyName");
    QTest::addColumn<QList<SlaInput>>("inputs");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<SlaMetric>("metric");
    QTest::addColumn<QStringList>("expected");

    const QString h24 = QStringLiteral("24x7");
    const QString business = QStringLiteral("business");
    const QString range = QStringLiteral("range");
    const auto fr = SlaMetric::FirstResponse;
    const auto nr = SlaMetric::NextResponse;
    const auto res = SlaMetric::Resolution;
    auto row = [](const char* name, const QString& cal, const QString& policyName,
                  QList<SlaInput> inputs, qint64 now, SlaMetric metric, QStringList expected) {
        QTest::newRow(name) << cal << policyName << inputs << now << metric << expected;
    };

    // "range": first response 60-120 min, next response 30-60 min, resolution
    // 240-480 min, one warning at 80 % of the limit.
    row("range 24x7 running lists what lies ahead", h24, range, {created(m(0))}, m(30), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(96)), at("fr:1:b", m(120))});
    row("range 24x7 running past the limit lists the same", h24, range, {created(m(0))}, m(500), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(96)), at("fr:1:b", m(120))});
    // Created on Friday half an hour before closing: everything falls on Monday.
    row("range weekdays across the weekend", business, range, {created(berlin(6, 17, 30))},
        berlin(6, 17, 45), fr,
        {at("fr:1:g", berlin(9, 9, 30)), at("fr:1:w0", berlin(9, 10, 6)),
         at("fr:1:b", berlin(9, 10, 30))});
    row("range weekdays resolution across the weekend", business, range,
        {created(berlin(6, 17, 30))}, berlin(7, 12, 0), res,
        {at("res:1:g", berlin(9, 12, 30)), at("res:1:w0", berlin(9, 14, 54)),
         at("res:1:b", berlin(9, 16, 30))});
    row("range weekdays passed on monday keep their instants", business, range,
        {created(berlin(6, 17, 30)), status(berlin(9, 11, 0), S::Open, S::Pending)},
        berlin(10, 12, 0), fr,
        {at("fr:1:g", berlin(9, 9, 30)), at("fr:1:w0", berlin(9, 10, 6)),
         at("fr:1:b", berlin(9, 10, 30))});

    // A single number is goal and limit at once: no goal of its own.
    row("single target has no goal crossing", h24, QStringLiteral("single"), {created(m(0))}, m(10),
        fr, {at("fr:1:w0", m(48)), at("fr:1:b", m(60))});
    row("single target finished late", h24, QStringLiteral("single"), {created(m(0)), reply(m(70))},
        m(100), fr, {at("fr:1:w0", m(48)), at("fr:1:b", m(60))});

    // "ladder": 10 min before the limit and 50 % of it, given out of order;
    // the steps are numbered in ascending order, and 50 % is the goal.
    const QString ladder = QStringLiteral("ladder");
    row("two-step ladder", h24, ladder, {created(m(0))}, m(10), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(60)), at("fr:1:w1", m(110)), at("fr:1:b", m(120))});
    row("two-step ladder next response", h24, ladder, {created(m(0)), reply(m(5)), customer(m(10))},
        m(10), nr,
        {at("nr:1:g", m(40)), at("nr:1:w0", m(40)), at("nr:1:w1", m(60)), at("nr:1:b", m(70))});
    row("two-step ladder paused after the goal keeps both", h24, ladder,
        {created(m(0)), status(m(70), S::Open, S::Pending)}, m(100), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(60))});

    // Paused: nothing moves, so only what was passed is listed.
    row("paused before any crossing lists none", h24, range,
        {created(m(0)), status(m(30), S::Open, S::Pending)}, m(300), fr, {});
    row("paused keeps what was passed", h24, range,
        {created(m(0)), status(m(100), S::Open, S::Pending)}, m(300), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(96))});
    // The state says Paused rather than AtGoal here: e has not gone past the goal.
    row("paused exactly at the goal lists no goal", h24, range,
        {created(m(0)), status(m(60), S::Open, S::Pending)}, m(300), fr, {});
    // A warning fires at its step, so the same instant counts as passed.
    row("paused exactly at a warning keeps it", h24, range,
        {created(m(0)), status(m(96), S::Open, S::Pending)}, m(300), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(96))});
    row("paused after the limit keeps the breach", h24, range,
        {created(m(0)), status(m(130), S::Open, S::Pending)}, m(300), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(96)), at("fr:1:b", m(120))});
    row("resumed run projects from its start", h24, range,
        {created(m(0)), status(m(10), S::Open, S::Pending), status(m(40), S::Pending, S::Open)},
        m(50), fr, {at("fr:1:g", m(90)), at("fr:1:w0", m(126)), at("fr:1:b", m(150))});
    row("passed before a pause keeps its instant after it", h24, range,
        {created(m(0)), status(m(70), S::Open, S::Pending), status(m(100), S::Pending, S::Open)},
        m(110), fr, {at("fr:1:g", m(60)), at("fr:1:w0", m(126)), at("fr:1:b", m(150))});
    row("on hold pauses when the policy says", h24, QStringLiteral("hold"),
        {created(m(0)), status(m(20), S::Open, S::OnHold)}, m(300), fr, {});
    row("on hold runs by default", h24, range, {created(m(0)), status(m(20), S::Open, S::OnHold)},
        m(30), fr, {at("fr:1:g", m(60)), at("fr:1:w0", m(96)), at("fr:1:b", m(120))});

    // Finished: what was passed stays, with the instants it was passed.
    row("finished within the goal lists none", h24, range, {created(m(0)), reply(m(50))}, m(300),
        fr, {});
    row("finished between goal and limit", h24, range, {created(m(0)), reply(m(100))}, m(300), fr,
        {at("fr:1:g", m(60)), at("fr:1:w0", m(96))});
    row("finished exactly at the limit is no breach", h24, range, {created(m(0)), reply(m(120))},
        m(300), fr, {at("fr:1:g", m(60)), at("fr:1:w0", m(96))});
    row("finished breached keeps the breach", h24, range, {created(m(0)), reply(m(200))}, m(300),
        fr, {at("fr:1:g", m(60)), at("fr:1:w0", m(96)), at("fr:1:b", m(120))});

    // Next response: the keys carry the cycle, so each cycle is reported anew.
    row("nr inactive before the first reply", h24, range, {created(m(0)), customer(m(10))}, m(50),
        nr, {});
    row("nr first cycle", h24, range, {created(m(0)), reply(m(10)), customer(m(20))}, m(25), nr,
        {at("nr:1:g", m(50)), at("nr:1:w0", m(68)), at("nr:1:b", m(80))});
    row("nr finished cycle at goal", h24, range,
        {created(m(0)), reply(m(10)), customer(m(20)), reply(m(60))}, m(90), nr,
        {at("nr:1:g", m(50))});
    row("nr second cycle", h24, range,
        {created(m(0)), reply(m(10)), customer(m(20)), reply(m(40)), customer(m(100))}, m(110), nr,
        {at("nr:2:g", m(130)), at("nr:2:w0", m(148)), at("nr:2:b", m(160))});
    row("nr second cycle finished late", h24, range,
        {created(m(0)), reply(m(10)), customer(m(20)), reply(m(40)), customer(m(100)),
         reply(m(200))},
        m(300), nr, {at("nr:2:g", m(130)), at("nr:2:w0", m(148)), at("nr:2:b", m(160))});
    row("nr paused while pending", h24, range,
        {created(m(0)), reply(m(10)), customer(m(20)), status(m(60), S::Open, S::Pending)}, m(90),
        nr, {at("nr:1:g", m(50))});

    // Resolution: a reopening continues the count and keeps what was passed.
    row("res resolved after the goal", h24, range,
        {created(m(0)), status(m(300), S::Open, S::Resolved)}, m(350), res,
        {at("res:1:g", m(240))});
    row("res reopened keeps earlier crossings", h24, range,
        {created(m(0)), status(m(300), S::Open, S::Resolved), status(m(400), S::Resolved, S::Open)},
        m(420), res, {at("res:1:g", m(240)), at("res:1:w0", m(484)), at("res:1:b", m(580))});
    row("res resolved again keeps all passed", h24, range,
        {created(m(0)), status(m(300), S::Open, S::Resolved), status(m(400), S::Resolved, S::Open),
         status(m(700), S::Open, S::Resolved)},
        m(800), res, {at("res:1:g", m(240)), at("res:1:w0", m(484)), at("res:1:b", m(580))});
    row("res reopened on the weekdays calendar", business, range,
        {created(berlin(2, 9, 0)), status(berlin(2, 14, 0), S::Open, S::Resolved),
         status(berlin(6, 17, 0), S::Resolved, S::Open)},
        berlin(6, 17, 30), res,
        {at("res:1:g", berlin(2, 13, 0)), at("res:1:w0", berlin(9, 9, 24)),
         at("res:1:b", berlin(9, 11, 0))});
}

void TestSlaClock::crossings()
{
    QFETCH(QString, calendarName);
    QFETCH(QString, policyName);
    QFETCH(QList<SlaInput>, inputs);
    QFETCH(qint64, now);
    QFETCH(SlaMetric, metric);
    QFETCH(QStringList, expected);

    const SlaPolicy p = namedPolicy(policyName);
    const SlaClockState result = SlaClock::compute(inputs, p, calendar(calendarName), now);
    QCOMPARE(describe(result[metric].crossings), expected);
    const QString broken = checkCrossings(result, p, now);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

void TestSlaClock::crossingKeys()
{
    using K = SlaCrossing::Kind;
    QCOMPARE((SlaCrossing{SlaMetric::FirstResponse, 1, K::Warning, 0, 0}.key()),
             QStringLiteral("fr:1:w0"));
    QCOMPARE((SlaCrossing{SlaMetric::Resolution, 1, K::Breach, 0, 0}.key()),
             QStringLiteral("res:1:b"));
    QCOMPARE((SlaCrossing{SlaMetric::NextResponse, 3, K::Goal, 0, 0}.key()),
             QStringLiteral("nr:3:g"));
    QCOMPARE((SlaCrossing{SlaMetric::NextResponse, 12, K::Warning, 2, 0}.key()),
             QStringLiteral("nr:12:w2"));
    // The instant is no part of the identity: a projection that moves is the same crossing.
    QCOMPARE((SlaCrossing{SlaMetric::FirstResponse, 1, K::Goal, 0, m(1)}.key()),
             (SlaCrossing{SlaMetric::FirstResponse, 1, K::Goal, 0, m(2)}.key()));
}

void TestSlaClock::allCrossingsAcrossMetrics()
{
    const SlaClockState s =
        SlaClock::compute({created(m(0)), reply(m(10)), customer(m(90))}, policy(false),
                          calendar(QStringLiteral("24x7")), m(100));
    // First response finished in time; next response and resolution interleave.
    const QStringList expected = {
        at("nr:1:g", m(120)),  at("nr:1:w0", m(138)),  at("nr:1:b", m(150)),
        at("res:1:g", m(240)), at("res:1:w0", m(384)), at("res:1:b", m(480)),
    };
    QCOMPARE(describe(s.allCrossings()), expected);
    QVERIFY(s[SlaMetric::FirstResponse].crossings.isEmpty());
}

// Random histories against the promises of the crossings; a failure names the
// seed and the history, which is enough to replay it alone.
void TestSlaClock::randomReplay()
{
    constexpr quint64 kSeed = 0x5ab1c10cULL;
    constexpr int kHistories = 400;
    const QList<S> statuses = {S::New, S::Open, S::Pending, S::OnHold, S::Resolved, S::Closed};
    const std::array<std::pair<QString, BusinessCalendar>, 3> calendars = {{
        {QStringLiteral("builtin:24x7"), builtinCalendar(QStringLiteral("24x7"))},
        {QStringLiteral("builtin:weekdays-9-18"), builtinCalendar(QStringLiteral("weekdays-9-18"))},
        {QStringLiteral("split day"), splitDayCalendar()},
    }};
    int queries = 0;
    int exactChecks = 0;
    for (int history = 0; history < kHistories; ++history) {
        std::mt19937_64 rng(kSeed + quint64(history));
        auto pick = [&rng](qint64 low, qint64 high) {
            return std::uniform_int_distribution<qint64>(low, high)(rng);
        };
        const auto& [calendarName, cal] = calendars[size_t(pick(0, 2))];

        SlaPolicy p;
        p.name = QStringLiteral("random");
        p.pauseOnHold = pick(0, 1) == 1;
        auto target = [&](qint64 low, qint64 high) {
            const qint64 goal = pick(low, high);
            return pick(0, 2) == 0 ? SlaTarget::single(goal)
                                   : SlaTarget::range(goal, goal + pick(60, 2 * goal));
        };
        p.firstResponse = target(5 * 60, 8 * 3600);
        if (pick(0, 3) > 0)
            p.nextResponse = target(5 * 60, 4 * 3600);
        if (pick(0, 3) > 0)
            p.resolution = target(3600, 3 * 24 * 3600);
        switch (pick(0, 3)) {
        case 0:
            break; // the default 80 %
        case 1:
            p.warnings.clear();
            break;
        case 2:
            p.warnings = {SlaWarning::before(pick(1, 2 * 3600)), SlaWarning::percent(pick(1, 100))};
            break;
        default:
            p.warnings = {SlaWarning::percent(50), SlaWarning::percent(50),
                          SlaWarning::percent(90)};
            break;
        }
        const QString context = QStringLiteral("seed %1, history %2 (%3, pause on hold %4)")
                                    .arg(kSeed)
                                    .arg(history)
                                    .arg(calendarName)
                                    .arg(p.pauseOnHold);

        // Seconds, minutes, hours or days apart, at odd milliseconds, or at once.
        auto gap = [&]() -> qint64 {
            switch (pick(0, 5)) {
            case 0:
                return 0;
            case 1:
                return pick(1, 999);
            case 2:
                return pick(1000, 59'999);
            case 3:
                return pick(1, 90) * kMinuteMs + pick(0, 59'999);
            case 4:
                return pick(1, 12) * 60 * kMinuteMs + pick(0, 59 * kMinuteMs);
            default:
                return pick(1, 4) * 24 * 60 * kMinuteMs + pick(0, 24 * 60 * kMinuteMs);
            }
        };

        QList<SlaInput> history;
        qint64 time = berlin(1, 0, 0) + pick(0, 27 * 24 * 60) * kMinuteMs + pick(0, 59'999);
        S current = S::New;
        const int length = int(pick(1, 30));
        for (int i = 0; i <= length; ++i) {
            // Mostly created first; sometimes the ticket appears with another input.
            if (i == 0 && pick(0, 9) > 0) {
                history.append(created(time));
                continue;
            }
            time += i == 0 ? 0 : gap();
            const qint64 kind = pick(0, 19);
            if (kind < 6) {
                history.append(customer(time));
            } else if (kind < 11) {
                history.append(reply(time));
            } else {
                const bool done = current == S::Resolved || current == S::Closed;
                const S to = done && pick(0, 1) == 0 ? S::Open : statuses[qsizetype(pick(0, 5))];
                history.append(status(time, current, to));
                current = to;
            }
        }

        SlaClock clock(p, cal);
        QList<SlaInput> inputs;
        QHash<QString, qint64> passedAt; // a crossing once passed keeps its instant
        QList<SlaCrossing> passedCrossings;
        for (qsizetype i = 0; i < history.size(); ++i) {
            const SlaInput& input = history.at(i);
            inputs.append(input);
            clock.apply(input);
            time = input.atMs;
            // Queries beyond the next input ask what would happen without it;
            // only crossings before it really happened.
            const qint64 horizon = i + 1 < history.size() ? history.at(i + 1).atMs
                                                          : std::numeric_limits<qint64>::max();

            // Later and later instants without another input.
            QList<qint64> nows = {time, time + pick(0, 60 * kMinuteMs),
                                  time + pick(0, 12 * 60 * kMinuteMs),
                                  time + pick(0, 6 * 24 * 60 * kMinuteMs)};
            std::sort(nows.begin(), nows.end());
            std::optional<SlaClockState> earlier;
            for (const qint64 now : std::as_const(nows)) {
                const QString where =
                    context + QStringLiteral(", input %1, now %2: ").arg(i).arg(now);
                const SlaClockState incremental = clock.state(now);
                // (a) fed input by input or replayed at once, the same state.
                QVERIFY2(incremental == SlaClock::compute(inputs, p, cal, now),
                         qPrintable(where + QStringLiteral("incremental differs from replay")));
                // (d) and the rest of what a state promises.
                const QString broken = checkCrossings(incremental, p, now);
                QVERIFY2(broken.isEmpty(), qPrintable(where + broken));
                for (int k = 0; k < kSlaMetricCount; ++k) {
                    const SlaMetricState& s = incremental.metrics[size_t(k)];
                    for (const SlaCrossing& c : s.crossings) {
                        if (c.atMs > std::min(now, horizon))
                            continue;
                        const auto known = passedAt.constFind(c.key());
                        if (known == passedAt.cend()) {
                            passedAt.insert(c.key(), c.atMs);
                            passedCrossings.append(c);
                        } else {
                            QVERIFY2(*known == c.atMs,
                                     qPrintable(where + c.key() +
                                                QStringLiteral(" moved after it was passed")));
                        }
                    }
                    if (!earlier)
                        continue;
                    const SlaMetricState& before = earlier->metrics[size_t(k)];
                    // (b) time passing never takes business time back.
                    QVERIFY2(before.elapsedSeconds <= s.elapsedSeconds,
                             qPrintable(where + QStringLiteral("elapsed went back")));
                    // (c) nor does it take a crossing back.
                    for (const SlaCrossing& c : before.crossings) {
                        const bool kept =
                            std::any_of(s.crossings.cbegin(), s.crossings.cend(),
                                        [&](const SlaCrossing& x) { return x.key() == c.key(); });
                        QVERIFY2(kept, qPrintable(where + c.key() +
                                                  QStringLiteral(" vanished as time passed")));
                    }
                }
                earlier = incremental;
                ++queries;
            }
        }

        // Each passed crossing against the clock's own count: one millisecond
        // before its instant e is below the threshold, at the instant it is reached.
        auto elapsedAt = [&](qint64 t, const SlaCrossing& c) -> std::optional<qint64> {
            SlaClock prefix(p, cal);
            for (const SlaInput& input : std::as_const(inputs)) {
                if (input.atMs <= t)
                    prefix.apply(input);
            }
            const SlaMetricState s = prefix.state(t)[c.metric];
            if (s.cycle != c.cycle)
                return std::nullopt;
            return s.elapsedSeconds;
        };
        for (const SlaCrossing& c : std::as_const(passedCrossings)) {
            const qint64 threshold = thresholdOf(c, p);
            const std::optional<qint64> before = elapsedAt(c.atMs - 1, c);
            const std::optional<qint64> reached = elapsedAt(c.atMs, c);
            if (!before || !reached)
                continue;
            QVERIFY2(*before < threshold && *reached >= threshold,
                     qPrintable(context + QStringLiteral(": %1 at %2 is not where e reaches %3 "
                                                         "(%4 just before, %5 at it)")
                                              .arg(c.key())
                                              .arg(c.atMs)
                                              .arg(threshold)
                                              .arg(*before)
                                              .arg(*reached)));
            ++exactChecks;
        }
    }
    // The generator must actually reach the interesting cases.
    QVERIFY2(queries > 20000, qPrintable(QString::number(queries)));
    QVERIFY2(exactChecks > 1000, qPrintable(QString::number(exactChecks)));
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
