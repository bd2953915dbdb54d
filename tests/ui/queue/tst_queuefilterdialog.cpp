// SPDX-License-Identifier: MIT
// Custom queue filters in the window: the dialog builds a filter from ticket
// fields and saves it (shared or not) for the current agent; the navigation
// lists saved filters under Filters, shared ones marked; choosing one shows
// exactly the tickets it matches. Without an agent a filter is shown but
// not saved; only the owner deletes a filter.
#include "common/mainwindow.h"
#include "common/messagebox.h"
#include "common/navigationpanel.h"
#include "queue/queuefilterdialog.h"
#include "queue/ticketqueuemodel.h"
#include "queuefixture.h"
#include "tempdatabase.h"
#include "tickets/savedfilterrepository.h"
#include "tickets/ticketrepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

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

bool fetchAll(TicketQueueModel& model)
{
    for (;;) {
        if (!waitForPage(model))
            return false;
        if (model.isLoading())
            continue;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
    }
}

QList<TicketId> sortedIds(const TicketQueueModel& model)
{
    QList<TicketId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.ticketIdAt(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Ticks the list's item that reads `text` the way a keyboard user does.
bool tick(QListWidget* list, const QString& text)
{
    const auto items = list->findItems(text, Qt::MatchExactly);
    if (items.size() != 1)
        return false;
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentItem(items.first());
    QTest::keyClick(list, Qt::Key_Space);
    return items.first()->checkState() == Qt::Checked;
}

QTreeWidgetItem* navigationItem(MainWindow& window, const QString& text)
{
    auto* tree = window.navigation()->findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
    if (!tree)
        return nullptr;
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.first();
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestQueueFilterDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dialogBuildsTheFilter();
    void savedSharedFilterShowsItsTickets();
    void othersSeeTheSharedFilterButCannotDeleteIt();
    void duplicateNameKeepsTheDialogOpen();
    void withoutAnAgentFiltersAreShownNotSaved();

private:
    QList<TicketId> expectedIds(TicketStatus status, AgentId agent) const;
    Agent agent(const QString& login) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<QueueFixture> m_fixture;
};

void TestQueueFilterDialog::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_queuefilterdialog"));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_fixture = std::make_unique<QueueFixture>(m_temp->database(), 5);
    QVERIFY2(m_fixture->addTickets(600), qPrintable(m_fixture->errorString()));
}

void TestQueueFilterDialog::init()
{
    QSettings().clear();
}

QList<TicketId> TestQueueFilterDialog::expectedIds(TicketStatus status, AgentId agent) const
{
    QList<TicketId> ids;
    for (const FixtureTicket& t : m_fixture->tickets()) {
        if (t.status == status && t.assigneeId == agent)
            ids << t.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Agent TestQueueFilterDialog::agent(const QString& login) const
{
    auto found = TicketRepository(m_temp->database()).agentByLogin(login);
    return found ? *found : Agent{};
}

void TestQueueFilterDialog::dialogBuildsTheFilter()
{
    const Agent maria = agent(QStringLiteral("agent1"));
    QVERIFY(maria.id != 0);
    QueueFilterDialog dialog(m_temp->database(), maria.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!child<QLabel>(&dialog, "filterNoAgent"));

    QVERIFY(tick(child<QListWidget>(&dialog, "statusList"), displayName(TicketStatus::Pending)));
    QVERIFY(tick(child<QListWidget>(&dialog, "statusList"), displayName(TicketStatus::OnHold)));
    QVERIFY(tick(child<QListWidget>(&dialog, "priorityList"), QStringLiteral("P1")));
    QVERIFY(tick(child<QListWidget>(&dialog, "assigneeList"), maria.name));
    QVERIFY(tick(child<QListWidget>(&dialog, "assigneeList"), QStringLiteral("Unassigned")));
    QVERIFY(tick(child<QListWidget>(&dialog, "groupList"), QStringLiteral("Первая линия")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "filterTags"), QStringLiteral(" vip, printer,,vip"));
    QTest::mouseClick(child<QCheckBox>(&dialog, "createdFromEnabled"), Qt::LeftButton);
    child<QDateEdit>(&dialog, "createdFrom")->setDate(QDate(2026, 3, 1));
    QTest::keyClicks(child<QLineEdit>(&dialog, "filterText"), QStringLiteral("printer"));

    const QueueFilter filter = dialog.filter();
    QCOMPARE(filter.statuses, QList<TicketStatus>({TicketStatus::Pending, TicketStatus::OnHold}));
    QCOMPARE(filter.priorities, QList<int>({1}));
    QCOMPARE(filter.assignees, QList<AgentId>({0, maria.id}));
    QCOMPARE(filter.groups.size(), 1);
    QCOMPARE(filter.tags, QStringList({QStringLiteral("vip"), QStringLiteral("printer")}));
    QCOMPARE(*filter.createdFromMs, QDate(2026, 3, 1).startOfDay().toMSecsSinceEpoch());
    QVERIFY(!filter.createdToMs);
    QCOMPARE(dialog.text(), QStringLiteral("printer"));

    // Filled from a filter, the dialog gives it back unchanged.
    QueueFilterDialog again(m_temp->database(), maria.id);
    again.setFilter(filter, dialog.text());
    QCOMPARE(again.filter(), filter);
    QCOMPARE(again.text(), dialog.text());

    const QString description = QueueFilterDialog::describe(
        filter, dialog.text(), {maria}, {{filter.groups.first(), QStringLiteral("Первая линия")}});
    QVERIFY2(description.contains(displayName(TicketStatus::Pending)), qPrintable(description));
    QVERIFY2(description.contains(maria.name), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("printer")), qPrintable(description));
}

void TestQueueFilterDialog::savedSharedFilterShowsItsTickets()
{
    const Agent olga = agent(QStringLiteral("agent4"));
    const Agent john = agent(QStringLiteral("agent3"));
    QVERIFY(olga.id != 0 && john.id != 0);
    const QList<TicketId> want = expectedIds(TicketStatus::Pending, john.id);
    QVERIFY(!want.isEmpty());

    MainWindow window(m_temp->database());
    window.setCurrentAgent(olga, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));

    // "New filter…" in the navigation opens the dialog.
    QTreeWidgetItem* newItem = navigationItem(window, QStringLiteral("New filter\u2026"));
    QVERIFY(newItem);
    auto* tree = window.navigation()->findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
    tree->setFocus();
    tree->setCurrentItem(newItem);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY(window.findChild<QueueFilterDialog*>());
    auto* dialog = window.findChild<QueueFilterDialog*>();
    QTRY_VERIFY(dialog->isVisible());

    QTest::keyClicks(child<QLineEdit>(dialog, "filterName"), QStringLiteral("John's pending"));
    QVERIFY(tick(child<QListWidget>(dialog, "statusList"), displayName(TicketStatus::Pending)));
    QVERIFY(tick(child<QListWidget>(dialog, "assigneeList"), john.name));
    QTest::keyClick(child<QCheckBox>(dialog, "filterShared"), Qt::Key_Space);
    QVERIFY(child<QCheckBox>(dialog, "filterShared")->isChecked());
    QTest::mouseClick(child<QPushButton>(dialog, "saveFilter"), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QueueFilterDialog*>());

    // Listed, marked shared, current, and its rows are exactly the matches.
    QTreeWidgetItem* item = navigationItem(window, QStringLiteral("John's pending (shared)"));
    QVERIFY(item);
    QVERIFY(item->toolTip(0).contains(QStringLiteral("Shared")));
    QCOMPARE(tree->currentItem(), item);
    QVERIFY(window.navigation()->currentFilter() != 0);
    QVERIFY(fetchAll(*window.queueModel()));
    QCOMPARE(window.queueModel()->query().scope, QueueScope::All);
    QCOMPARE(sortedIds(*window.queueModel()), want);
    auto* rows = window.findChild<QLabel*>(QStringLiteral("rowsLabel"));
    QVERIFY2(rows->text().contains(QStringLiteral("John's pending")), qPrintable(rows->text()));
    QVERIFY2(rows->toolTip().contains(displayName(TicketStatus::Pending)) &&
                 rows->toolTip().contains(john.name),
             qPrintable(rows->toolTip()));

    // Another view and back: the filter's rows again.
    QTreeWidgetItem* allOpen = navigationItem(window, QStringLiteral("All open"));
    tree->setCurrentItem(allOpen);
    QVERIFY(waitForPage(*window.queueModel()));
    QVERIFY(window.queueModel()->query().filter.isEmpty());
    QCOMPARE(window.queueModel()->query().scope, QueueScope::Open);
    tree->setCurrentItem(item);
    QVERIFY(fetchAll(*window.queueModel()));
    QCOMPARE(sortedIds(*window.queueModel()), want);

    // Stored shared, for everyone.
    auto listed = SavedFilterRepository(m_temp->database()).list(john.id);
    QVERIFY(listed.ok());
    QVERIFY(std::any_of(listed->cbegin(), listed->cend(), [&](const SavedFilter& f) {
        return f.name == QStringLiteral("John's pending") && f.shared && f.ownerId == olga.id;
    }));

    // The owner deletes it with the Delete key, after saying yes.
    tree->setFocus();
    tree->setCurrentItem(navigationItem(window, QStringLiteral("John's pending (shared)")));
    QVERIFY(fetchAll(*window.queueModel()));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!navigationItem(window, QStringLiteral("John's pending (shared)")));
    QCOMPARE(window.navigation()->currentFilter(), 0);
    QCOMPARE(window.queueModel()->query().scope, QueueScope::Open);
    QVERIFY(window.queueModel()->query().filter.isEmpty());
}

void TestQueueFilterDialog::othersSeeTheSharedFilterButCannotDeleteIt()
{
    const Agent olga = agent(QStringLiteral("agent4"));
    const Agent maria = agent(QStringLiteral("agent1"));
    QueueFilter pending;
    pending.statuses = {TicketStatus::Pending};
    pending.assignees = {maria.id};
    SavedFilterRepository repository(m_temp->database());
    auto shared = repository.save(QStringLiteral("Maria waits"), olga.id, true, pending, {});
    QVERIFY(shared.ok());
    auto hidden = repository.save(QStringLiteral("Olga only"), olga.id, false, pending, {});
    QVERIFY(hidden.ok());

    MainWindow window(m_temp->database());
    window.setCurrentAgent(maria, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!navigationItem(window, QStringLiteral("Olga only")));
    QTreeWidgetItem* item = navigationItem(window, QStringLiteral("Maria waits (shared)"));
    QVERIFY(item);
    QVERIFY2(item->toolTip(0).contains(olga.name), qPrintable(item->toolTip(0)));

    auto* tree = window.navigation()->findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
    tree->setFocus();
    tree->setCurrentItem(item);
    QVERIFY(fetchAll(*window.queueModel()));
    QCOMPARE(sortedIds(*window.queueModel()), expectedIds(TicketStatus::Pending, maria.id));
    // Not hers: the Delete key does nothing, and asking directly is refused.
    QTest::keyClick(tree, Qt::Key_Delete);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.deleteFilter(shared->id);
    QVERIFY(MessageBox::lastText().contains(olga.name));
    QVERIFY(repository.load(shared->id).ok());
    QVERIFY(navigationItem(window, QStringLiteral("Maria waits (shared)")));

    QVERIFY(repository.remove(shared->id, olga.id).ok());
    QVERIFY(repository.remove(hidden->id, olga.id).ok());
}

void TestQueueFilterDialog::duplicateNameKeepsTheDialogOpen()
{
    const Agent olga = agent(QStringLiteral("agent4"));
    auto first = SavedFilterRepository(m_temp->database())
                     .save(QStringLiteral("Mine"), olga.id, false, {}, {});
    QVERIFY(first.ok());
    MainWindow window(m_temp->database());
    window.setCurrentAgent(olga, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QueueFilterDialog* dialog = window.newFilter();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* error = child<QLabel>(dialog, "filterError");
    QTest::mouseClick(child<QPushButton>(dialog, "saveFilter"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible()); // no name
    QTest::keyClicks(child<QLineEdit>(dialog, "filterName"), QStringLiteral("mine"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveFilter"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<QueueFilterDialog*>());
    QVERIFY(SavedFilterRepository(m_temp->database()).remove(first->id, olga.id).ok());
}

void TestQueueFilterDialog::withoutAnAgentFiltersAreShownNotSaved()
{
    MainWindow window(m_temp->database());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForPage(*window.queueModel()));
    QueueFilterDialog* dialog = window.newFilter();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "filterNoAgent")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "saveFilter")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "filterName")->isEnabled());
    QVERIFY(tick(child<QListWidget>(dialog, "statusList"), displayName(TicketStatus::Pending)));
    QVERIFY(tick(child<QListWidget>(dialog, "assigneeList"), QStringLiteral("Unassigned")));
    QTest::mouseClick(child<QPushButton>(dialog, "showFilter"), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QueueFilterDialog*>());

    QVERIFY(fetchAll(*window.queueModel()));
    QCOMPARE(sortedIds(*window.queueModel()), expectedIds(TicketStatus::Pending, 0));
    QCOMPARE(window.navigation()->currentFilter(), 0);
    auto* rows = window.findChild<QLabel*>(QStringLiteral("rowsLabel"));
    QVERIFY2(rows->text().contains(QStringLiteral("Unsaved filter")), qPrintable(rows->text()));
    QVERIFY(SavedFilterRepository(m_temp->database()).list(0)->isEmpty());
}

QTEST_MAIN(TestQueueFilterDialog)
#include "tst_queuefilterdialog.moc"
