// SPDX-License-Identifier: MIT
// SlaNotifier without a system tray (offscreen): who hears of which crossing,
// muting, the start-up summary, merging bursts and opening the ticket.
#include "common/slanotifier.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {

constexpr AgentId kMe = 7;
constexpr AgentId kSomeoneElse = 8;
constexpr GroupId kHardware = 3;
constexpr GroupId kBilling = 4;
constexpr qint64 kT0 = 1772442000000; // 2026-03-02T09:00:00Z

PendingSlaCrossing crossing(TicketId id, AgentId assignee, SlaCrossing::Kind kind,
                            SlaMetric metric = SlaMetric::FirstResponse, GroupId group = 0)
{
    PendingSlaCrossing pending;
    pending.ticketId = id;
    pending.subject = QStringLiteral("Принтер не печатает");
    pending.assigneeId = assignee;
    pending.groupId = group;
    pending.crossing.metric = metric;
    pending.crossing.kind = kind;
    pending.crossing.atMs = kT0;
    pending.reportKey = pending.crossing.key();
    return pending;
}

} // namespace

class TestSlaNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void myWarningNotifies();
    void someoneElsesWarningDoesNot();
    void leadHearsOfBreachesInTheirGroups();
    void goalsNeverNotify();
    void muteSuppressesAndUnmuteRestores();
    void muteIsKeptInTheSettings();
    void startUpBurstIsOneSummary();
    void aSingleCrossingAtStartIsShownAsItself();
    void burstsAreMerged();
    void clickingOpensTheTicket();
    void unseenBreachesAreCounted();

private:
    // A notifier for kMe, caught up unless asked not to.
    std::unique_ptr<SlaNotifier> notifier(bool caughtUp = true);

    QTemporaryDir m_settingsDir;
    FixedClock m_clock{kT0};
};

void TestSlaNotifier::initTestCase()
{
    // Settings go to a throw-away folder, never to the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_slanotifier"));
}

void TestSlaNotifier::init()
{
    QSettings().clear();
    m_clock.setMs(kT0);
}

std::unique_ptr<SlaNotifier> TestSlaNotifier::notifier(bool caughtUp)
{
    auto result = std::make_unique<SlaNotifier>(nullptr, m_clock);
    result->setCurrentAgent(kMe);
    if (caughtUp)
        result->onCaughtUp(0);
    return result;
}

void TestSlaNotifier::myWarningNotifies()
{
    auto n = notifier();
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    n->onCrossed(crossing(1234, kMe, SlaCrossing::Kind::Warning));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(n->lastMessage().title, QStringLiteral("SLA warning"));
    QCOMPARE(n->lastMessage().text,
             QStringLiteral("#1234 Принтер не печатает \u2014 first response due soon"));
    QCOMPARE(n->lastMessage().ticketId, TicketId(1234));

    m_clock.advanceMs(SlaNotifier::kThrottleMs);
    n->onCrossed(crossing(1234, kMe, SlaCrossing::Kind::Breach, SlaMetric::Resolution));
    QCOMPARE(notified.size(), 2);
    QCOMPARE(n->lastMessage().title, QStringLiteral("SLA breached"));
    QCOMPARE(n->lastMessage().text,
             QStringLiteral("#1234 Принтер не печатает \u2014 resolution breached"));
}

void TestSlaNotifier::someoneElsesWarningDoesNot()
{
    auto n = notifier();
    n->setLeadGroups({kHardware});
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    n->onCrossed(crossing(1, kSomeoneElse, SlaCrossing::Kind::Warning));
    // A lead hears of breaches in their groups, not of warnings.
    n->onCrossed(
        crossing(2, kSomeoneElse, SlaCrossing::Kind::Warning, SlaMetric::Resolution, kHardware));
    n->onCrossed(crossing(3, 0, SlaCrossing::Kind::Breach, SlaMetric::Resolution, kBilling));
    n->flush();
    QCOMPARE(notified.size(), 0);
    QCOMPARE(n->lastMessage().text, QString());
    QCOMPARE(n->unseenBreaches(), 0);
}

void TestSlaNotifier::leadHearsOfBreachesInTheirGroups()
{
    auto n = notifier();
    n->setLeadGroups({kHardware, kBilling});
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    n->onCrossed(
        crossing(55, kSomeoneElse, SlaCrossing::Kind::Breach, SlaMetric::NextResponse, kBilling));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(n->lastMessage().text,
             QStringLiteral("#55 Принтер не печатает \u2014 next response breached"));
    QCOMPARE(n->lastMessage().ticketId, TicketId(55));
    QCOMPARE(n->unseenBreaches(), 1);
}

void TestSlaNotifier::goalsNeverNotify()
{
    auto n = notifier();
    n->setLeadGroups({kHardware});
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    n->onCrossed(crossing(1, kMe, SlaCrossing::Kind::Goal));
    n->onCrossed(
        crossing(2, kSomeoneElse, SlaCrossing::Kind::Goal, SlaMetric::Resolution, kHardware));
    n->flush();
    QCOMPARE(notified.size(), 0);
}

void TestSlaNotifier::muteSuppressesAndUnmuteRestores()
{
    auto n = notifier();
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    n->muteFor(60 * 60 * 1000);
    QVERIFY(n->isMuted());
    n->onCrossed(crossing(1, kMe, SlaCrossing::Kind::Breach));
    n->flush();
    QCOMPARE(notified.size(), 0);
    // The status bar still carries the breach.
    QCOMPARE(n->unseenBreaches(), 1);

    n->unmute();
    QVERIFY(!n->isMuted());
    QVERIFY(!QSettings().contains(QStringLiteral("notifications/muteUntil")));
    n->onCrossed(crossing(2, kMe, SlaCrossing::Kind::Breach));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(n->lastMessage().ticketId, TicketId(2));

    // A mute runs out by itself.
    n->muteFor(1000);
    m_clock.advanceMs(SlaNotifier::kThrottleMs);
    QVERIFY(!n->isMuted());
    n->onCrossed(crossing(3, kMe, SlaCrossing::Kind::Breach));
    QCOMPARE(notified.size(), 2);
}

void TestSlaNotifier::muteIsKeptInTheSettings()
{
    notifier()->muteFor(60 * 1000);
    QCOMPARE(QSettings().value(QStringLiteral("notifications/muteUntil")).toLongLong(),
             kT0 + 60 * 1000);
    auto restarted = notifier();
    QVERIFY(restarted->isMuted());
    QCOMPARE(restarted->mutedUntil(), std::optional<qint64>(kT0 + 60 * 1000));
}

void TestSlaNotifier::startUpBurstIsOneSummary()
{
    auto n = notifier(false);
    n->setLeadGroups({kHardware});
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    QSignalSpy unseen(n.get(), &SlaNotifier::unseenChanged);
    // 3 of mine (a warning, two breaches), 9 breaches in the group, and what
    // this user does not hear of at all: a goal and someone else's warning.
    n->onCrossed(crossing(1, kMe, SlaCrossing::Kind::Warning));
    n->onCrossed(crossing(2, kMe, SlaCrossing::Kind::Breach));
    n->onCrossed(crossing(3, kMe, SlaCrossing::Kind::Breach, SlaMetric::Resolution));
    for (TicketId id = 10; id < 19; ++id)
        n->onCrossed(crossing(id, kSomeoneElse, SlaCrossing::Kind::Breach, SlaMetric::FirstResponse,
                              kHardware));
    n->onCrossed(crossing(40, kMe, SlaCrossing::Kind::Goal));
    n->onCrossed(crossing(41, kSomeoneElse, SlaCrossing::Kind::Warning));
    QCOMPARE(notified.size(), 0);

    n->onCaughtUp(14);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(n->lastMessage().text,
             QStringLiteral("12 SLA deadlines passed while Switchboard was closed; "
                            "3 of them on your tickets"));
    // A click opens the most pressing of the user's own tickets.
    QCOMPARE(n->lastMessage().ticketId, TicketId(3));
    QCOMPARE(n->unseenBreaches(), 11);
    QCOMPARE(unseen.last().at(0).toInt(), 11);

    // Afterwards crossings are shown one by one again.
    m_clock.advanceMs(SlaNotifier::kThrottleMs);
    n->onCrossed(crossing(99, kMe, SlaCrossing::Kind::Warning));
    QCOMPARE(notified.size(), 2);
    QCOMPARE(n->lastMessage().ticketId, TicketId(99));
}

void TestSlaNotifier::aSingleCrossingAtStartIsShownAsItself()
{
    auto n = notifier(false);
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    n->onCrossed(crossing(5, kMe, SlaCrossing::Kind::Breach));
    n->onCrossed(crossing(6, kSomeoneElse, SlaCrossing::Kind::Breach));
    n->onCaughtUp(2);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(n->lastMessage().text,
             QStringLiteral("#5 Принтер не печатает \u2014 first response breached"));
}

void TestSlaNotifier::burstsAreMerged()
{
    auto n = notifier();
    QSignalSpy notified(n.get(), &SlaNotifier::notified);
    n->onCrossed(crossing(1, kMe, SlaCrossing::Kind::Warning));
    QCOMPARE(notified.size(), 1);
    m_clock.advanceMs(1000);
    n->onCrossed(crossing(2, kMe, SlaCrossing::Kind::Warning));
    n->onCrossed(crossing(3, kMe, SlaCrossing::Kind::Breach));
    n->onCrossed(crossing(4, kMe, SlaCrossing::Kind::Warning, SlaMetric::Resolution));
    QCOMPARE(notified.size(), 1);

    // The throttle's timer would call this when the window has passed.
    m_clock.advanceMs(SlaNotifier::kThrottleMs);
    n->flush();
    QCOMPARE(notified.size(), 2);
    QCOMPARE(n->lastMessage().title, QStringLiteral("SLA breached"));
    QCOMPARE(n->lastMessage().text,
             QStringLiteral("#3 Принтер не печатает \u2014 first response breached\nand 2 more"));
    QCOMPARE(n->lastMessage().ticketId, TicketId(3));
    n->flush();
    QCOMPARE(notified.size(), 2);
}

void TestSlaNotifier::clickingOpensTheTicket()
{
    auto n = notifier();
    QSignalSpy activated(n.get(), &SlaNotifier::ticketActivated);
    n->openLastMessage();
    QCOMPARE(activated.size(), 0); // nothing shown yet, nothing to open

    n->onCrossed(crossing(1234, kMe, SlaCrossing::Kind::Breach));
    n->openLastMessage();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<TicketId>(), TicketId(1234));
}

void TestSlaNotifier::unseenBreachesAreCounted()
{
    auto n = notifier();
    QSignalSpy unseen(n.get(), &SlaNotifier::unseenChanged);
    n->onCrossed(crossing(1, kMe, SlaCrossing::Kind::Warning));
    QCOMPARE(n->unseenBreaches(), 0);
    n->onCrossed(crossing(1, kMe, SlaCrossing::Kind::Breach));
    n->onCrossed(crossing(2, kMe, SlaCrossing::Kind::Breach));
    QCOMPARE(n->unseenBreaches(), 2);
    QCOMPARE(unseen.size(), 2);
    QCOMPARE(unseen.last().at(0).toInt(), 2);
    n->markSeen();
    QCOMPARE(n->unseenBreaches(), 0);
    QCOMPARE(unseen.last().at(0).toInt(), 0);
    n->markSeen();
    QCOMPARE(unseen.size(), 3); // nothing changed, nothing emitted
}

QTEST_MAIN(TestSlaNotifier)
#include "tst_slanotifier.moc"
