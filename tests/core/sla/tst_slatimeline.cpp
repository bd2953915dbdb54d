// SPDX-License-Identifier: MIT
// slaTimeline(): a ticket's history turned into running, paused and stopped
// periods, as the ticket pane draws them.
#include "sla/slatimeline.h"

#include <QTest>

using namespace Switchboard;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kT0 = 1772442000000; // 2026-03-02T09:00:00Z

// "75 status open pending": minute after kT0, kind, old and new status key.
QList<TicketEvent> events(const QStringList& lines)
{
    QList<TicketEvent> result;
    for (const QString& line : lines) {
        const QStringList parts = line.split(u' ');
        TicketEvent event;
        event.at = kT0 + parts.value(0).toLongLong() * kMinuteMs;
        event.kind = parts.value(1);
        if (parts.size() == 3) {
            event.newValue = parts.value(2);
        } else {
            event.oldValue = parts.value(2);
            event.newValue = parts.value(3);
        }
        result.append(event);
    }
    return result;
}

// "running:open 0-75", "paused:pending 75-", in minutes after kT0.
QStringList describe(const QList<SlaPeriod>& periods)
{
    QStringList result;
    for (const SlaPeriod& period : periods) {
        static const char* const kinds[] = {"running", "paused", "stopped"};
        QString text = QStringLiteral("%1:%2 %3-")
                           .arg(QLatin1String(kinds[period.kind]), toKey(period.status))
                           .arg((period.startMs - kT0) / kMinuteMs);
        if (period.endMs)
            text += QString::number((*period.endMs - kT0) / kMinuteMs);
        result.append(text);
    }
    return result;
}

} // namespace

class TestSlaTimeline : public QObject
{
    Q_OBJECT

private slots:
    void periods_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<bool>("pauseOnHold");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("no events") << QStringList() << false << QStringList();
        QTest::newRow("just created")
            << QStringList{"0 created new"} << false << QStringList{"running:new 0-"};
        QTest::newRow("new to open stays one running period")
            << QStringList{"0 created new", "10 status new open"} << false
            << QStringList{"running:open 0-"};
        QTest::newRow("pending pauses, resolved stops")
            << QStringList{"0 created new", "75 status new pending", "300 status pending open",
                           "320 status open resolved"}
            << false
            << QStringList{"running:new 0-75", "paused:pending 75-300", "running:open 300-320",
                           "stopped:resolved 320-"};
        QTest::newRow("on hold pauses when the policy says so")
            << QStringList{"0 created new", "30 status new on_hold", "90 status on_hold open"}
            << true << QStringList{"running:new 0-30", "paused:on_hold 30-90", "running:open 90-"};
        QTest::newRow("on hold runs otherwise, as its own period")
            << QStringList{"0 created new", "30 status new on_hold", "90 status on_hold open"}
            << false
            << QStringList{"running:new 0-30", "running:on_hold 30-90", "running:open 90-"};
        QTest::newRow("pending then on hold are two pauses")
            << QStringList{"0 created new", "10 status new pending", "20 status pending on_hold"}
            << true
            << QStringList{"running:new 0-10", "paused:pending 10-20", "paused:on_hold 20-"};
        QTest::newRow("reopened resumes the clock")
            << QStringList{"0 created new", "60 status new resolved", "120 reopened resolved open"}
            << false
            << QStringList{"running:new 0-60", "stopped:resolved 60-120", "running:open 120-"};
        QTest::newRow("reopened without a status key means open")
            << QStringList{"0 created new", "60 status new resolved", "120 reopened"} << false
            << QStringList{"running:new 0-60", "stopped:resolved 60-120", "running:open 120-"};
        QTest::newRow("resolved then closed")
            << QStringList{"0 created new", "60 status new resolved", "200 status resolved closed"}
            << false
            << QStringList{"running:new 0-60", "stopped:resolved 60-200", "stopped:closed 200-"};
        QTest::newRow("a status at the creation instant replaces it")
            << QStringList{"0 created new", "0 status new pending", "50 status pending open"}
            << false << QStringList{"paused:pending 0-50", "running:open 50-"};
        QTest::newRow("a status undone at once leaves no trace")
            << QStringList{"0 created new", "40 status new pending", "40 status pending open"}
            << false << QStringList{"running:open 0-"};
        QTest::newRow("events out of order are sorted")
            << QStringList{"75 status new pending", "0 created new", "300 status pending open"}
            << false
            << QStringList{"running:new 0-75", "paused:pending 75-300", "running:open 300-"};
        QTest::newRow("other events are ignored")
            << QStringList{"0 created new", "5 assignee - anna", "6 priority 3 2",
                           "7 status new bogus"}
            << false << QStringList{"running:new 0-"};
        QTest::newRow("without a creation the earliest event starts it")
            << QStringList{"20 status open pending", "50 status pending open"} << false
            << QStringList{"paused:pending 20-50", "running:open 50-"};
        QTest::newRow("created as pending")
            << QStringList{"0 created pending", "15 status pending open"} << false
            << QStringList{"paused:pending 0-15", "running:open 15-"};
    }

    void periods()
    {
        QFETCH(QStringList, history);
        QFETCH(bool, pauseOnHold);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(slaTimeline(events(history), pauseOnHold)), expected);
    }

    void aMissingCreationIsFilledInFromTheTicket_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("never changed: the current status throughout")
            << QStringLiteral("pending") << QStringList() << QStringList{"paused:pending 0-"};
        QTest::newRow("changed: the status the first change left")
            << QStringLiteral("resolved")
            << QStringList{"40 status open pending", "90 status pending resolved"}
            << QStringList{"running:open 0-40", "paused:pending 40-90", "stopped:resolved 90-"};
        QTest::newRow("a recorded creation wins")
            << QStringLiteral("open") << QStringList{"5 created pending", "20 status pending open"}
            << QStringList{"paused:pending 5-20", "running:open 20-"};
    }

    void aMissingCreationIsFilledInFromTheTicket()
    {
        QFETCH(QString, status);
        QFETCH(QStringList, history);
        QFETCH(QStringList, expected);
        Ticket ticket;
        ticket.createdAt = kT0;
        ticket.status = *ticketStatusFromKey(status);
        QCOMPARE(describe(slaTimeline(ticket, events(history), false)), expected);
    }
};

QTEST_GUILESS_MAIN(TestSlaTimeline)
#include "tst_slatimeline.moc"
