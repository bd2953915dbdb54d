// SPDX-License-Identifier: MIT
#include "common/mainwindow.h"
#include "common/messagebox.h"
#include "common/navigationpanel.h"
#include "queue/queueview.h"
#include "queue/ticketqueuemodel.h"
#include "queuefixture.h"
#include "sla/slaservice.h"
#include "tempdatabase.h"
#include "ticket/replyeditor.h"
#include "ticket/ticketpane.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr int kWaitMs = 20000;

bool waitForPage(TicketQueueModel& model)
{
    if (!model.isLoading())
        return true;
    QSignalSpy finished(&model, &TicketQueueModel::loadingFinished);
    return finished.wait(kWaitMs);
}

// QTest::keyClicks maps characters to keys and knows only Latin-1; this
// sends any text, one character per key press, as an input method would.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithTheQueue();
    void typingNarrowsTheRows();
    void selectingARowShowsItsConversation();
    void goingToATicketByNumber();
    void switchingViewsChangesTheRows();
    void keyboardMovesAndFocuses();
    void letterAClaimsTheSelectedTicket();
    void changesFromAnotherConnectionAppear();
    void changesKeepTheOperatorsPlace();
    void remembersViewAndColumns();
    void languageChoiceIsStored();

private:
    int expectedCount(const QString& needle, QueueScope scope) const;
    QTreeWidgetItem* navigationItem(MainWindow& window, const QString& text) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<QueueFixture> m_fixture;
    TicketId m_printerTicket = 0;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throw-away folder, never to the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_fixture = std::make_unique<QueueFixture>(m_temp->database(), 3);
    QVERIFY2(m_fixture->addTickets(700, true), qPrintable(m_fixture->errorString()));
    m_printerTicket = m_fixture->addTicket(
        QStringLiteral("Принтер в бухгалтерии зажёвывает бумагу"),
        {QStringLiteral("Добрый день! Принтер HP в бухгалтерии зажёвывает каждый второй лист."),
         QStringLiteral("Здравствуйте! Проверьте, пожалуйста, ролики подачи."),
         QStringLiteral("Похоже на износ роликов, заказать ремкомплект"),
         QStringLiteral("Ticket escalated")},
        1);
    QVERIFY2(m_printerTicket != 0, qPrintable(m_fixture->errorString()));
    const FixedClock clock(QueueFixture::kNowMs);
    QVERIFY(SlaService(m_temp->database(), clock).recomputeAll());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

int TestMainWindow::expectedCount(const QString& needle, QueueScope scope) const
{
    int count = 0;
    for (const FixtureTicket& t : m_fixture->tickets()) {
        const bool open = t.status != TicketStatus::Resolved && t.status != TicketStatus::Closed;
        const bool inScope =
            scope == QueueScope::All || (open && (scope == QueueScope::Open || t.assigneeId == 0));
        if (inScope && (needle.isEmpty() || t.subject.contains(needle, Qt::CaseInsensitive) ||
                        t.requesterName.contains(needle, Qt::CaseInsensitive)))
            ++count;
    }
    return count;
}

QTreeWidgetItem* TestMainWindow::navigationItem(MainWindow& window, const QString& text) const
{
    auto* tree = window.navigation()->findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
    if (!tree)
        return nullptr;
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.first();
}

void TestMainWindow::opensWithTheQueue()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));
    QCOMPARE(window.queueModel()->rowCount(), TicketQueueModel::kPageSize);
    // The most urgent first: the nearest SLA deadline, overdue ones before all.
    const TicketQueueModel& model = *window.queueModel();
    QVERIFY(model.rowAt(0).slaDueAt < kNoSlaDeadline);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.rowAt(row - 1).slaDueAt <= model.rowAt(row).slaDueAt);
    QCOMPARE(window.queueView()->horizontalHeader()->sortIndicatorSection(),
             int(TicketQueueModel::SlaColumn));
    auto* empty = window.ticketPane()->findChild<QLabel*>(QStringLiteral("ticketPaneEmpty"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!window.searchField()->accessibleName().isEmpty());
    QVERIFY(!window.queueView()->accessibleName().isEmpty());
    auto* rows = window.findChild<QLabel*>(QStringLiteral("rowsLabel"));
    QVERIFY(rows && rows->text().contains(QStringLiteral("200")));
}

void TestMainWindow::typingNarrowsTheRows()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));

    TicketQueueModel* model = window.queueModel();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::mouseClick(window.searchField(), Qt::LeftButton);
    QVERIFY(window.searchField()->hasFocus());
    QTest::keyClicks(window.searchField(), QStringLiteral("PRINTER"));
    QTRY_COMPARE_WITH_TIMEOUT(model->query().search, QStringLiteral("PRINTER"), kWaitMs);
    QVERIFY(waitForPage(*model));
    QCOMPARE(model->rowCount(), expectedCount(QStringLiteral("printer"), QueueScope::Open));
    QVERIFY(model->rowCount() > 0);

    window.searchField()->clear();
    const QString needle = QStringLiteral("принтер");
    const int expected = expectedCount(needle, QueueScope::Open);
    QVERIFY(expected > 0 && expected < TicketQueueModel::kPageSize);
    typeText(window.searchField(), QStringLiteral("ПРИНТЕР"));
    QCOMPARE(window.searchField()->text(), QStringLiteral("ПРИНТЕР"));
    QTRY_COMPARE_WITH_TIMEOUT(model->query().search, QStringLiteral("ПРИНТЕР"), kWaitMs);
    QVERIFY(waitForPage(*model));
    QCOMPARE(model->rowCount(), expected);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QueueRow& r = model->rowAt(row);
        QVERIFY2(r.subject.contains(needle, Qt::CaseInsensitive) ||
                     r.requesterName.contains(needle, Qt::CaseInsensitive),
                 qPrintable(r.subject));
    }

    // Nothing matches: the empty queue says what to do.
    QTest::keyClicks(window.searchField(), QStringLiteral("xyzzy"));
    QTRY_COMPARE_WITH_TIMEOUT(model->query().search, QStringLiteral("ПРИНТЕРxyzzy"), kWaitMs);
    QVERIFY(waitForPage(*window.queueModel()));
    QCOMPARE(window.queueModel()->rowCount(), 0);
    QVERIFY(window.queueView()->emptyText().contains(QStringLiteral("Esc")));

    // Esc in the search field clears it and brings the whole view back.
    QTest::keyClick(window.searchField(), Qt::Key_Escape);
    QCOMPARE(window.searchField()->text(), QString());
    QVERIFY(waitForPage(*window.queueModel()));
    QCOMPARE(window.queueModel()->rowCount(), TicketQueueModel::kPageSize);
}

void TestMainWindow::selectingARowShowsItsConversation()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));

    // The special ticket is P1 and the newest P1: find it after scrolling if needed.
    int row = window.queueModel()->rowOfTicket(m_printerTicket);
    while (row < 0 && window.queueModel()->canFetchMore({})) {
        window.queueModel()->fetchMore({});
        QVERIFY(waitForPage(*window.queueModel()));
        row = window.queueModel()->rowOfTicket(m_printerTicket);
    }
    QVERIFY(row >= 0);
    QueueView* view = window.queueView();
    view->scrollTo(window.queueModel()->index(row, 1));
    const QRect rect = view->visualRect(window.queueModel()->index(row, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());

    QTRY_COMPARE(window.ticketPane()->ticketId(), m_printerTicket);
    auto* conversation =
        window.ticketPane()->findChild<QTextBrowser*>(QStringLiteral("conversation"));
    QVERIFY(conversation);
    const QString text = conversation->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("зажёвывает каждый второй лист")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ролики подачи")));
    QVERIFY(text.contains(QStringLiteral("Internal note")));
    // Newest last.
    QVERIFY(text.indexOf(QStringLiteral("зажёвывает каждый")) <
            text.indexOf(QStringLiteral("ролики")));
    auto* title = window.ticketPane()->findChild<QLabel*>(QStringLiteral("ticketTitle"));
    QVERIFY(title->text().contains(QStringLiteral("#%1").arg(m_printerTicket)));
    QVERIFY(title->text().contains(QStringLiteral("бухгалтерии")));
}

void TestMainWindow::goingToATicketByNumber()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(window.searchField()->hasFocus());
    QTest::keyClicks(window.searchField(), QStringLiteral("#%1").arg(m_printerTicket));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.ticketPane()->ticketId(), m_printerTicket, kWaitMs);
    QVERIFY(window.queueView()->hasFocus());
}

void TestMainWindow::switchingViewsChangesTheRows()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));
    TicketQueueModel* model = window.queueModel();

    const QString needle = QStringLiteral("密码");
    window.searchField()->setText(needle);
    QTRY_COMPARE_WITH_TIMEOUT(model->query().search, needle, kWaitMs);
    QVERIFY(waitForPage(*model));
    const int open = model->rowCount();
    QCOMPARE(open, expectedCount(needle, QueueScope::Open));

    QTreeWidgetItem* unassigned = navigationItem(window, QStringLiteral("Unassigned"));
    QVERIFY(unassigned);
    unassigned->treeWidget()->setCurrentItem(unassigned);
    QCOMPARE(model->query().scope, QueueScope::Unassigned);
    QVERIFY(waitForPage(*model));
    QCOMPARE(model->rowCount(), expectedCount(needle, QueueScope::Unassigned));
    QVERIFY(model->rowCount() < open);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->rowAt(row).assigneeName.isEmpty());

    QTreeWidgetItem* all = navigationItem(window, QStringLiteral("All tickets"));
    QVERIFY(all);
    const QRect rect = all->treeWidget()->visualItemRect(all);
    QTest::mouseClick(all->treeWidget()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(model->query().scope, QueueScope::All);
    QVERIFY(waitForPage(*model));
    QCOMPARE(model->rowCount(), expectedCount(needle, QueueScope::All));
    QVERIFY(model->rowCount() > open);
}

void TestMainWindow::keyboardMovesAndFocuses()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));
    QueueView* view = window.queueView();

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(view->hasFocus());
    window.selectRow(0);
    QTest::keyClick(view, Qt::Key_J);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_J);
    QCOMPARE(view->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(window.ticketPane()->ticketId(), window.queueModel()->ticketIdAt(1));

    // Enter opens the ticket with the cursor in the reply; Esc comes back to the queue.
    QTest::keyClick(view, Qt::Key_Return);
    QPlainTextEdit* reply = window.ticketPane()->replyEditor()->textEdit();
    QVERIFY(reply->hasFocus());
    QTest::keyClick(reply, Qt::Key_Escape);
    QVERIFY(view->hasFocus());
}

void TestMainWindow::letterAClaimsTheSelectedTicket()
{
    MainWindow window(m_temp->database());
    auto agents = TicketRepository(m_temp->database()).agents();
    QVERIFY(agents && !agents->isEmpty());
    const Agent me = agents->first();
    window.setCurrentAgent(me, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTreeWidgetItem* unassigned = navigationItem(window, QStringLiteral("Unassigned"));
    QVERIFY(unassigned);
    unassigned->treeWidget()->setCurrentItem(unassigned);
    QCOMPARE(window.queueModel()->query().scope, QueueScope::Unassigned);
    QVERIFY(waitForPage(*window.queueModel()));
    QVERIFY(window.queueModel()->rowCount() > 0);
    window.selectRow(0);
    const TicketId id = window.queueModel()->ticketIdAt(0);
    window.queueView()->setFocus();
    QTest::keyClick(window.queueView(), Qt::Key_A);
    QCOMPARE(TicketRepository(m_temp->database()).ticketDetail(id)->ticket.assigneeLogin, me.login);
    // Going away takes the agent out of automatic routing.
    auto* availability = window.findChild<QComboBox*>(QStringLiteral("availabilityCombo"));
    QVERIFY(availability && availability->isEnabled());
    const int away = availability->findData(static_cast<int>(Availability::Away));
    availability->setCurrentIndex(away);
    emit availability->activated(away);
    const auto settings = TeamRepository(m_temp->database()).agentSettings();
    QVERIFY(settings);
    bool isAway = false;
    for (const AgentRoutingSettings& s : settings.value())
        isAway = isAway || (s.id == me.id && s.availability == Availability::Away);
    QVERIFY(isAway);
    // The queue follows: the ticket leaves the Unassigned view.
    QVERIFY(waitForPage(*window.queueModel()));
    QTRY_COMPARE_WITH_TIMEOUT(window.queueModel()->rowOfTicket(id), -1, kWaitMs);
}

void TestMainWindow::changesFromAnotherConnectionAppear()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));
    const QString subject = QStringLiteral("Сервер 1С недоступен после обновления");
    window.searchField()->setText(subject);
    QTRY_COMPARE_WITH_TIMEOUT(window.queueModel()->query().search, subject, kWaitMs);
    QVERIFY(waitForPage(*window.queueModel()));
    QCOMPARE(window.queueModel()->rowCount(), 0);

    // Another desktop (a second connection to the file) creates the ticket.
    auto other = Database::open(m_temp->path());
    QVERIFY(other);
    NewTicketRequest request;
    request.subject = subject;
    request.requesterEmail = QStringLiteral("it@example.ru");
    auto created = TicketService(*other).create(request);
    QVERIFY(created);
    QTRY_COMPARE_WITH_TIMEOUT(window.queueModel()->rowCount(), 1, 3000);
    QCOMPARE(window.queueModel()->ticketIdAt(0), created->id);

    // A change to the open ticket shows in the pane without touching it.
    window.selectRow(0);
    QCOMPARE(window.ticketPane()->ticketId(), created->id);
    Agent agent;
    agent.login = QStringLiteral("remote.agent");
    agent.name = QStringLiteral("Remote Agent");
    QVERIFY(TicketRepository(*other).addAgent(agent, 0));
    QVERIFY(TicketService(*other).setStatus(created->id, TicketStatus::Pending, agent.login));
    auto* status = window.ticketPane()->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    QTRY_COMPARE_WITH_TIMEOUT(status->currentText(), displayName(TicketStatus::Pending), 3000);
}

void TestMainWindow::changesKeepTheOperatorsPlace()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeWidgetItem* all = navigationItem(window, QStringLiteral("All tickets"));
    all->treeWidget()->setCurrentItem(all);
    TicketQueueModel* model = window.queueModel();
    QVERIFY(waitForPage(*model));
    // The operator scrolls past the first pages and opens a ticket there.
    while (model->rowCount() < 3 * TicketQueueModel::kPageSize && model->canFetchMore({})) {
        model->fetchMore({});
        QVERIFY(waitForPage(*model));
    }
    const int loaded = model->rowCount();
    QVERIFY(loaded > 2 * TicketQueueModel::kPageSize);
    const int deep = 2 * TicketQueueModel::kPageSize + 50;
    window.selectRow(deep);
    const TicketId open = model->ticketIdAt(deep);
    QCOMPARE(window.ticketPane()->ticketId(), open);
    auto* view = window.queueView();
    view->scrollTo(model->index(deep - 5, 0), QAbstractItemView::PositionAtTop);
    const TicketId topBefore = model->ticketIdAt(view->indexAt(QPoint(1, 1)).row());
    QVERIFY(topBefore != 0);

    // A colleague on another desktop answers a ticket on the first page.
    auto other = Database::open(m_temp->path());
    QVERIFY(other);
    NewTicketRequest request;
    request.subject = QStringLiteral("Новая заявка от коллеги");
    request.requesterEmail = QStringLiteral("colleague@example.ru");
    auto created = TicketService(*other).create(request);
    QVERIFY(created);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfTicket(created->id) >= 0 && !model->isLoading(), 5000);
    QVERIFY(model->rowCount() > loaded);

    // Same rows loaded, same ticket open and selected, same rows in sight.
    QCOMPARE(window.ticketPane()->ticketId(), open);
    QCOMPARE(model->ticketIdAt(view->currentIndex().row()), open);
    QCOMPARE(model->ticketIdAt(view->indexAt(QPoint(1, 1)).row()), topBefore);
}

void TestMainWindow::remembersViewAndColumns()
{
    int subjectWidth = 0;
    {
        MainWindow window(m_temp->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForPage(*window.queueModel()));
        QTreeWidgetItem* all = navigationItem(window, QStringLiteral("All tickets"));
        all->treeWidget()->setCurrentItem(all);
        QHeaderView* header = window.queueView()->horizontalHeader();
        header->moveSection(header->visualIndex(TicketQueueModel::AgeColumn), 0);
        header->setSortIndicator(TicketQueueModel::AgeColumn, Qt::AscendingOrder);
        subjectWidth = header->sectionSize(TicketQueueModel::RequesterColumn) + 17;
        header->resizeSection(TicketQueueModel::RequesterColumn, subjectWidth);
        window.close();
    }
    MainWindow window(m_temp->database());
    QHeaderView* header = window.queueView()->horizontalHeader();
    QCOMPARE(window.navigation()->currentScope(), QueueScope::All);
    QCOMPARE(window.queueModel()->query().scope, QueueScope::All);
    QCOMPARE(header->visualIndex(TicketQueueModel::AgeColumn), 0);
    QCOMPARE(header->sectionSize(TicketQueueModel::RequesterColumn), subjectWidth);
    QCOMPARE(window.queueModel()->sortColumn(), int(TicketQueueModel::AgeColumn));
    QCOMPARE(window.queueModel()->query().sortKey, QueueSortKey::Created);
    QCOMPARE(window.queueModel()->query().order, Qt::DescendingOrder);
}

void TestMainWindow::languageChoiceIsStored()
{
    MainWindow window(m_temp->database());
    QAction* russian = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Русский"))
            russian = action;
    }
    QVERIFY(russian);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    russian->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("next time")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
