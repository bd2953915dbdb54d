// SPDX-License-Identifier: MIT
// The work-time block of the ticket pane with real widgets on a fixed
// clock: the total in "1 h 25 min", the timer started and stopped with the
// button and ticking every second, surviving a restart of the view, stopped
// elsewhere meanwhile, time added through the dialog (a Cyrillic note typed
// as key events), a refusal that stays in the dialog, and the read-only view.
#include "common/clock.h"
#include "tempdatabase.h"
#include "ticket/addtimedialog.h"
#include "ticket/worktimeview.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"
#include "tickets/timetrackingrepository.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestWorkTimeView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void durationText_data();
    void durationText();
    void elapsedText();
    void totalOfEntriesIsShown();
    void timerButtonStartsAndStopsAndRecords();
    void runningTimerTicksEverySecond();
    void timerSurvivesRestart();
    void timerStoppedElsewhereIsNotRecordedTwice();
    void subSecondTimerSaysNothingRecorded();
    void addTimeDialogRecordsMinutesEndingNow();
    void addTimeRefusalStaysInDialog();
    void withoutAgentIsReadOnly();
    void unknownTicketSaysWhy();

private:
    std::unique_ptr<WorkTimeView> makeView();
    QLabel* label(const char* name) const;
    QPushButton* button(const char* name) const;
    qint64 storedTotal() const;
    static void type(QWidget* widget, const QString& text);

    std::unique_ptr<TempDatabase> m_temp;
    FixedClock m_clock{1772442000000}; // 2026-03-02 09:00 UTC
    std::unique_ptr<WorkTimeView> m_view;
    Agent m_anna;
    TicketId m_id = 0;
};

void TestWorkTimeView::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    TicketRepository repository(m_temp->database());
    Agent anna;
    anna.login = QStringLiteral("anna");
    anna.name = QStringLiteral("Анна Смирнова");
    auto added = repository.addAgent(anna, m_clock.nowMs());
    QVERIFY(added);
    m_anna = *added;
    Agent li;
    li.login = QStringLiteral("li");
    li.name = QStringLiteral("李娜");
    QVERIFY(repository.addAgent(li, m_clock.nowMs()));
    NewTicketRequest request;
    request.subject = QStringLiteral("Принтер не печатает");
    request.requesterEmail = QStringLiteral("olga@example.ru");
    auto created = TicketService(m_temp->database(), m_clock).create(request);
    QVERIFY(created);
    m_id = created->id;
    m_view = makeView();
}

void TestWorkTimeView::cleanup()
{
    m_view.reset();
}

std::unique_ptr<WorkTimeView> TestWorkTimeView::makeView()
{
    auto view = std::make_unique<WorkTimeView>(m_temp->database(), m_clock);
    view->resize(480, 120);
    view->setCurrentAgent(m_anna);
    view->showTicket(m_id);
    view->show();
    return view;
}

QLabel* TestWorkTimeView::label(const char* name) const
{
    return m_view->findChild<QLabel*>(QLatin1String(name));
}

QPushButton* TestWorkTimeView::button(const char* name) const
{
    return m_view->findChild<QPushButton*>(QLatin1String(name));
}

qint64 TestWorkTimeView::storedTotal() const
{
    auto total = TimeTrackingRepository(m_temp->database()).totalSeconds(m_id);
    return total ? *total : -1;
}

void TestWorkTimeView::type(QWidget* widget, const QString& text)
{
    // QTest::keyClicks knows ASCII only; Cyrillic arrives as key events with text.
    widget->setFocus();
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

void TestWorkTimeView::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("42 s");
    QTest::newRow("a minute") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("minutes, seconds dropped") << qint64(59 * 60 + 59) << QStringLiteral("59 min");
    QTest::newRow("whole hour") << qint64(3600) << QStringLiteral("1 h");
    QTest::newRow("hour and minutes") << qint64(85 * 60) << QStringLiteral("1 h 25 min");
    QTest::newRow("beyond a day stays hours")
        << qint64(30 * 3600 + 5 * 60) << QStringLiteral("30 h 5 min");
}

void TestWorkTimeView::durationText()
{
    QFETCH(qint64, seconds);
    QTEST(WorkTimeView::durationText(seconds), "text");
}

void TestWorkTimeView::elapsedText()
{
    QCOMPARE(WorkTimeView::elapsedText(0), QStringLiteral("0:00:00"));
    QCOMPARE(WorkTimeView::elapsedText(90), QStringLiteral("0:01:30"));
    QCOMPARE(WorkTimeView::elapsedText(3600 + 2 * 60 + 5), QStringLiteral("1:02:05"));
    QCOMPARE(WorkTimeView::elapsedText(26 * 3600), QStringLiteral("26:00:00"));
}

void TestWorkTimeView::totalOfEntriesIsShown()
{
    QCOMPARE(label("workTotal")->text(), QStringLiteral("none recorded yet"));
    const TimeTrackingRepository repository(m_temp->database(), m_clock);
    QVERIFY(repository.addManual(m_id, QStringLiteral("anna"), m_clock.nowMs() - 3600000, 3600,
                                 QStringLiteral("звонок")));
    QVERIFY(repository.addManual(m_id, QStringLiteral("li"), m_clock.nowMs(), 25 * 60, {}));
    m_view->showTicket(m_id);
    QCOMPARE(m_view->totalSeconds(), qint64(85 * 60));
    QCOMPARE(label("workTotal")->text(), QStringLiteral("1 h 25 min"));
    QCOMPARE(label("workTotal")->accessibleName(), QStringLiteral("Total work time: 1 h 25 min"));
    QVERIFY(!label("timerElapsed")->isVisible());
}

void TestWorkTimeView::timerButtonStartsAndStopsAndRecords()
{
    QSignalSpy changed(m_view.get(), &WorkTimeView::timeChanged);
    QPushButton* timer = button("timerButton");
    QVERIFY(timer->isEnabled());
    QCOMPARE(timer->text(), QStringLiteral("&Start timer"));
    QVERIFY(!timer->isChecked());

    QTest::mouseClick(timer, Qt::LeftButton);
    QVERIFY(m_view->isTimerRunning());
    QVERIFY(timer->isChecked());
    QCOMPARE(timer->text(), QStringLiteral("&Stop timer"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(label("timerElapsed")->isVisible());
    QVERIFY2(label("timerElapsed")->text().contains(QStringLiteral("0:00:00")),
             qPrintable(label("timerElapsed")->text()));
    auto since =
        TimeTrackingRepository(m_temp->database()).runningSince(m_id, QStringLiteral("anna"));
    QVERIFY(since);
    QCOMPARE(since->value_or(0), m_clock.nowMs());

    m_clock.advanceMs((12 * 60 + 5) * 1000);
    m_view->refresh();
    QVERIFY2(label("timerElapsed")->text().contains(QStringLiteral("0:12:05")),
             qPrintable(label("timerElapsed")->text()));
    QCOMPARE(label("workTotal")->text(), QStringLiteral("none recorded yet"));

    QTest::mouseClick(timer, Qt::LeftButton);
    QVERIFY(!m_view->isTimerRunning());
    QVERIFY(!timer->isChecked());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().value<TicketId>(), m_id);
    QCOMPARE(storedTotal(), qint64(12 * 60 + 5));
    QCOMPARE(label("workTotal")->text(), QStringLiteral("12 min"));
    QVERIFY(!label("timerElapsed")->isVisible());
    QVERIFY(m_view->messageText().isEmpty());
    auto entries = TimeTrackingRepository(m_temp->database()).entries(m_id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().source, QStringLiteral("timer"));
    QCOMPARE(entries->first().agentLogin, QStringLiteral("anna"));
}

void TestWorkTimeView::runningTimerTicksEverySecond()
{
    m_view->toggleTimer();
    QVERIFY(m_view->isTimerRunning());
    // The fixed clock moves; the view's own one-second timer picks it up.
    m_clock.advanceMs(90 * 1000);
    QTRY_VERIFY2_WITH_TIMEOUT(label("timerElapsed")->text().contains(QStringLiteral("0:01:30")),
                              qPrintable(label("timerElapsed")->text()), 3 * WorkTimeView::kTickMs);
    QCOMPARE(label("timerElapsed")->accessibleName(), QStringLiteral("Timer running: 0:01:30"));
}

void TestWorkTimeView::timerSurvivesRestart()
{
    m_view->toggleTimer();
    m_view.reset(); // Switchboard is closed with the timer running
    m_clock.advanceMs(10 * 60 * 1000);
    m_view = makeView();
    QVERIFY(m_view->isTimerRunning());
    QVERIFY(button("timerButton")->isChecked());
    QVERIFY2(label("timerElapsed")->text().contains(QStringLiteral("0:10:00")),
             qPrintable(label("timerElapsed")->text()));
    // Li has no timer on this ticket: the view shows the current agent's.
    TicketRepository repository(m_temp->database());
    auto li = repository.agentByLogin(QStringLiteral("li"));
    QVERIFY(li);
    m_view->setCurrentAgent(*li);
    QVERIFY(!m_view->isTimerRunning());
    m_view->setCurrentAgent(m_anna);
    QVERIFY(m_view->isTimerRunning());

    m_view->toggleTimer();
    QCOMPARE(storedTotal(), qint64(600));
    QCOMPARE(label("workTotal")->text(), QStringLiteral("10 min"));
}

void TestWorkTimeView::timerStoppedElsewhereIsNotRecordedTwice()
{
    QSignalSpy changed(m_view.get(), &WorkTimeView::timeChanged);
    m_view->toggleTimer();
    m_clock.advanceMs(5 * 60 * 1000);
    // The CLI (or another window) stops Anna's timer first.
    auto stopped =
        TimeTrackingRepository(m_temp->database(), m_clock).stop(m_id, QStringLiteral("anna"));
    QVERIFY(stopped);
    QCOMPARE(stopped->value_or(-1), qint64(300));
    QVERIFY(m_view->isTimerRunning()); // the view has not looked yet

    QTest::mouseClick(button("timerButton"), Qt::LeftButton);
    QVERIFY(!m_view->isTimerRunning());
    QVERIFY2(m_view->messageText().contains(QStringLiteral("elsewhere")),
             qPrintable(m_view->messageText()));
    QCOMPARE(storedTotal(), qint64(300));
    QCOMPARE(label("workTotal")->text(), QStringLiteral("5 min"));
    QCOMPARE(changed.count(), 2);
}

void TestWorkTimeView::subSecondTimerSaysNothingRecorded()
{
    m_view->toggleTimer();
    m_clock.advanceMs(400);
    m_view->toggleTimer();
    QVERIFY(!m_view->isTimerRunning());
    QVERIFY2(m_view->messageText().contains(QStringLiteral("nothing was recorded")),
             qPrintable(m_view->messageText()));
    QCOMPARE(storedTotal(), qint64(0));
    // The next action clears the notice.
    m_view->toggleTimer();
    QVERIFY(m_view->messageText().isEmpty());
}

void TestWorkTimeView::addTimeDialogRecordsMinutesEndingNow()
{
    QSignalSpy changed(m_view.get(), &WorkTimeView::timeChanged);
    QTest::mouseClick(button("addTimeButton"), Qt::LeftButton);
    QPointer<AddTimeDialog> dialog =
        m_view->findChild<AddTimeDialog*>(QStringLiteral("addTimeDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->minutesEdit()->value(), AddTimeDialog::kDefaultMinutes);
    QCOMPARE(m_view->openAddTimeDialog(), dialog.data());

    dialog->minutesEdit()->setFocus();
    dialog->minutesEdit()->selectAll();
    QTest::keyClicks(dialog->minutesEdit(), QStringLiteral("85"));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("addTimeDuration"))->text(),
             QStringLiteral("1 h 25 min"));
    type(dialog->noteEdit(), QStringLiteral("Звонок клиенту"));
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return); // Enter saves

    QTRY_VERIFY(!dialog);
    QCOMPARE(changed.count(), 1);
    auto entries = TimeTrackingRepository(m_temp->database()).entries(m_id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const TimeEntry& entry = entries->first();
    QCOMPARE(entry.seconds, 85 * 60);
    QCOMPARE(entry.startedAt, m_clock.nowMs() - 85 * 60 * 1000);
    QCOMPARE(entry.note, QStringLiteral("Звонок клиенту"));
    QCOMPARE(entry.source, QStringLiteral("manual"));
    QCOMPARE(entry.agentLogin, QStringLiteral("anna"));
    QCOMPARE(label("workTotal")->text(), QStringLiteral("1 h 25 min"));
}

void TestWorkTimeView::addTimeRefusalStaysInDialog()
{
    // A form for a ticket that is gone by the time it is saved.
    AddTimeDialog dialog(TimeTrackingRepository(m_temp->database(), m_clock), m_clock, 424242,
                         QStringLiteral("anna"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    dialog.minutesEdit()->setValue(30);
    type(dialog.noteEdit(), QStringLiteral("Настройка"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("no such ticket"), Qt::CaseInsensitive),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("addTimeError"))->isVisible());
    QCOMPARE(dialog.noteEdit()->text(), QStringLiteral("Настройка"));
    QCOMPARE(dialog.minutesEdit()->value(), 30);
    QCOMPARE(storedTotal(), qint64(0));
}

void TestWorkTimeView::withoutAgentIsReadOnly()
{
    QVERIFY(TimeTrackingRepository(m_temp->database(), m_clock)
                .addManual(m_id, QStringLiteral("li"), m_clock.nowMs(), 45 * 60, {}));
    m_view->setCurrentAgent(Agent{});
    m_view->showTicket(m_id);
    QCOMPARE(label("workTotal")->text(), QStringLiteral("45 min"));
    QVERIFY(!button("timerButton")->isEnabled());
    QVERIFY(!button("addTimeButton")->isEnabled());
    QVERIFY(button("addTimeButton")->toolTip().contains(QStringLiteral("Read-only")));
    QVERIFY(!m_view->openAddTimeDialog());
    m_view->toggleTimer();
    QVERIFY(!m_view->isTimerRunning());

    m_view->clear();
    QVERIFY(label("workTotal")->text().isEmpty());
    m_view->setCurrentAgent(m_anna);
    QVERIFY(!button("timerButton")->isEnabled()); // no ticket shown
}

void TestWorkTimeView::unknownTicketSaysWhy()
{
    m_view->showTicket(424242);
    QVERIFY2(m_view->messageText().contains(QStringLiteral("#424242")),
             qPrintable(m_view->messageText()));
    QVERIFY(!button("timerButton")->isEnabled());
    QVERIFY(!button("addTimeButton")->isEnabled());
    // Back on a real ticket, the problem goes away.
    m_view->showTicket(m_id);
    QVERIFY(m_view->messageText().isEmpty());
    QVERIFY(button("timerButton")->isEnabled());
}

QTEST_MAIN(TestWorkTimeView)
#include "tst_worktimeview.moc"
