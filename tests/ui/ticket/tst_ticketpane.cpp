// SPDX-License-Identifier: MIT
// TicketPane's SLA block on a real database with a fake clock: the stored SLA
// shown with its countdown, advanced by the clock, the timeline of pauses,
// and the empty state of a ticket no policy measures.
#include "sla/slaservice.h"
#include "tempdatabase.h"
#include "ticket/ticketpane.h"
#include "ticket/ticketslaview.h"
#include "ticketbuilder.h"

#include <QLabel>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kMinute = 60 * 1000;
// Monday 2026-03-02 09:00 UTC, when the ticket is created.
const qint64 kT0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();

qint64 at(qint64 minutes)
{
    return kT0 + minutes * kMinute;
}

// Round the clock, so business time is plain elapsed time whatever the
// machine's time zone: first response goal 1 h, limit 2 h.
SlaPolicySet testPolicies()
{
    SlaPolicy policy;
    policy.name = QStringLiteral("desk");
    policy.calendar = QStringLiteral("builtin:24x7");
    policy.firstResponse = SlaTarget::range(60 * 60, 120 * 60);
    policy.resolution = SlaTarget::single(24 * 60 * 60);
    policy.pauseOnHold = true;
    return SlaPolicySet({policy});
}

} // namespace

class TestTicketPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsTheCountdownAndFollowsTheClock();
    void showsWhenTheClockPaused();
    void ticketWithoutSlaSaysSo();
    void longTimelinesShowTheLatestPeriods();

private:
    QString text(const QString& objectName) const;

    std::unique_ptr<TempDatabase> m_temp;
    FixedClock m_clock;
    std::unique_ptr<SlaService> m_service;
    std::unique_ptr<TicketPane> m_pane;
    TicketId m_open = 0;
    TicketId m_resolved = 0;
};

void TestTicketPane::init()
{
    m_pane.reset();
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_clock.setMs(at(30));
    m_service = std::make_unique<SlaService>(m_temp->database(), m_clock);
    QVERIFY(m_service->savePolicies(testPolicies()));

    TicketBuilder builder(m_temp->database());
    const CustomerId customer =
        builder.customer(QStringLiteral("Анна Петрова"), QStringLiteral("anna@example.com"));
    NewTicket open = builder.draft(QStringLiteral("Принтер не печатает"), customer);
    open.status = TicketStatus::Open;
    open.createdAt = kT0;
    m_open = builder.ticket(open);
    QVERIFY2(m_open, qPrintable(builder.error()));
    auto event = [&](TicketId id, const QString& kind, TicketStatus from, TicketStatus to,
                     qint64 when) {
        return builder.writer().addEvent(id, 0, kind,
                                         kind == QLatin1String("created") ? QString() : toKey(from),
                                         toKey(to), when);
    };
    QVERIFY(event(m_open, QStringLiteral("created"), TicketStatus::New, TicketStatus::New, at(0)));
    QVERIFY(event(m_open, QStringLiteral("status"), TicketStatus::New, TicketStatus::Open, at(2)));
    // Waiting for the customer for ten minutes: the clock pauses.
    QVERIFY(
        event(m_open, QStringLiteral("status"), TicketStatus::Open, TicketStatus::Pending, at(10)));
    QVERIFY(
        event(m_open, QStringLiteral("status"), TicketStatus::Pending, TicketStatus::Open, at(20)));

    NewTicket resolved = builder.draft(QStringLiteral("Invoice copy"), customer);
    resolved.status = TicketStatus::Resolved;
    resolved.createdAt = at(-120);
    resolved.resolvedAt = at(-60);
    m_resolved = builder.ticket(resolved);
    QVERIFY2(m_resolved, qPrintable(builder.error()));

    auto report = m_service->recomputeOpen();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->tickets, 1);

    m_pane = std::make_unique<TicketPane>(m_temp->database(), m_service.get(), m_clock);
    m_pane->resize(520, 800);
}

QString TestTicketPane::text(const QString& objectName) const
{
    const auto* label = m_pane->findChild<QLabel*>(objectName);
    return label ? label->text() : QStringLiteral("<no %1>").arg(objectName);
}

void TestTicketPane::showsTheCountdownAndFollowsTheClock()
{
    QVERIFY(m_pane->showTicket(m_open));
    auto* view = m_pane->findChild<TicketSlaView*>(QStringLiteral("ticketSla"));
    QVERIFY(view);
    QCOMPARE(view, m_pane->slaView());
    QVERIFY(view->isVisibleTo(m_pane.get()));
    QVERIFY(text(QStringLiteral("slaPolicy")).contains(QStringLiteral("desk")));
    QVERIFY(text(QStringLiteral("slaPolicy")).contains(QStringLiteral("builtin:24x7")));

    // 30 minutes after creation, 10 of them paused: 20 counted, 100 left.
    QCOMPARE(text(QStringLiteral("slaCountdown_first_response")), QStringLiteral("1:40 left"));
    QCOMPARE(text(QStringLiteral("slaState_first_response")), displayName(SlaState::Running));
    const QString details = text(QStringLiteral("slaDetails_first_response"));
    QVERIFY2(details.contains(QStringLiteral("goal ")) &&
                 details.contains(QStringLiteral("limit ")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("paused 10 min")), qPrintable(details));
    QCOMPARE(text(QStringLiteral("slaCountdown_resolution")), QStringLiteral("23:40 left"));
    // No next-response target: no row.
    QVERIFY(!m_pane->findChild<QLabel*>(QStringLiteral("slaState_next_response"))
                 ->isVisibleTo(m_pane.get()));

    // The limit is 11:10; at 11:40 the first response is half an hour over.
    m_clock.setMs(at(160));
    view->refresh();
    QCOMPARE(text(QStringLiteral("slaCountdown_first_response")), QStringLiteral("30 min over"));
    QCOMPARE(text(QStringLiteral("slaState_first_response")), displayName(SlaState::Breached));
    QCOMPARE(text(QStringLiteral("slaCountdown_resolution")), QStringLiteral("21:30 left"));
}

void TestTicketPane::showsWhenTheClockPaused()
{
    QVERIFY(m_pane->showTicket(m_open));
    const QStringList periods = text(QStringLiteral("slaPeriods")).split(u'\n');
    QCOMPARE(periods.size(), 3);
    QVERIFY2(periods.at(0).startsWith(QStringLiteral("Running ")), qPrintable(periods.at(0)));
    QVERIFY2(periods.at(1).startsWith(QStringLiteral("Paused \u00b7 pending ")),
             qPrintable(periods.at(1)));
    QVERIFY2(periods.at(2).startsWith(QStringLiteral("Running since ")), qPrintable(periods.at(2)));
    QVERIFY(m_pane->findChild<QWidget*>(QStringLiteral("slaTimeline"))->isVisibleTo(m_pane.get()));
}

void TestTicketPane::ticketWithoutSlaSaysSo()
{
    // Resolved before any SLA was computed: nothing stored for it.
    QVERIFY(m_pane->showTicket(m_resolved));
    auto* none = m_pane->findChild<QLabel*>(QStringLiteral("slaNone"));
    QVERIFY(none->isVisibleTo(m_pane.get()));
    QCOMPARE(none->text(), QStringLiteral("No SLA policy applies to this ticket"));
    QVERIFY(!m_pane->findChild<QWidget*>(QStringLiteral("slaTimeline"))->isVisibleTo(m_pane.get()));

    // Back to a measured ticket: the block returns.
    QVERIFY(m_pane->showTicket(m_open));
    QVERIFY(!none->isVisibleTo(m_pane.get()));
    QCOMPARE(text(QStringLiteral("slaCountdown_first_response")), QStringLiteral("1:40 left"));
}

void TestTicketPane::longTimelinesShowTheLatestPeriods()
{
    // Three more rounds of waiting for the customer: 9 periods in all.
    TicketBuilder builder(m_temp->database());
    for (int round = 0; round < 3; ++round) {
        const qint64 start = at(40 + round * 20);
        QVERIFY(builder.writer().addEvent(m_open, 0, QStringLiteral("status"),
                                          toKey(TicketStatus::Open), toKey(TicketStatus::Pending),
                                          start));
        QVERIFY(builder.writer().addEvent(m_open, 0, QStringLiteral("status"),
                                          toKey(TicketStatus::Pending), toKey(TicketStatus::Open),
                                          start + 10 * kMinute));
    }
    QVERIFY(m_pane->showTicket(m_open));
    auto* more = m_pane->findChild<QLabel*>(QStringLiteral("slaMorePeriods"));
    QVERIFY(more->isVisibleTo(m_pane.get()));
    QVERIFY2(more->text().contains(QStringLiteral("Show 5 earlier period")),
             qPrintable(more->text()));
    QStringList periods = text(QStringLiteral("slaPeriods")).split(u'\n');
    QCOMPARE(periods.size(), TicketSlaView::kShownPeriods);
    QVERIFY2(periods.last().startsWith(QStringLiteral("Running since ")),
             qPrintable(periods.last()));

    emit more->linkActivated(QStringLiteral("#periods"));
    periods = text(QStringLiteral("slaPeriods")).split(u'\n');
    QCOMPARE(periods.size(), 9);
    QVERIFY2(periods.first().startsWith(QStringLiteral("Running ")), qPrintable(periods.first()));
}

QTEST_MAIN(TestTicketPane)
#include "tst_ticketpane.moc"
