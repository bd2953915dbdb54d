// SPDX-License-Identifier: MIT
#include "settings/fieldmessage.h"
#include "settings/teamsettingspage.h"
#include "tempdatabase.h"
#include "tickets/teamrepository.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

// QVERIFY2 builds its message even when the check passes.
template <typename T> QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().toString();
}

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

// Replaces a field's text the way a user does and presses Enter.
void enterText(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
    QTest::keyClick(widget, Qt::Key_Return);
}

} // namespace

class TestTeamSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsEmptyAndListsTheAgents();
    void groupRoutingMembersAvailabilityAndLimit();
    void invalidValuesAreRefusedWithAMessage();
    void failedWriteIsKeptForRetry();
    void showsStoredSettings();
    void tabReachesEveryField();
    void ticketRulesAreSavedAtOnce();
    void screenshot();

private:
    void createPage();
    AgentId addAgent(const QString& login, const QString& name, const QStringList& skills = {},
                     const QStringList& languages = {});
    TeamGroup storedGroup(const QString& name);
    AgentRoutingSettings storedAgent(AgentId id);
    QWidget* page() const { return m_page.get(); }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<TeamRepository> m_team;
    std::unique_ptr<TeamSettingsPage> m_page;
    AgentId m_anna = 0;
    AgentId m_boris = 0;
    AgentId m_chen = 0;
};

void TestTeamSettingsPage::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_team = std::make_unique<TeamRepository>(m_temp->database());
    m_anna = addAgent(QStringLiteral("anna"), QStringLiteral("Anna Petrova"),
                      {QStringLiteral("fault"), QStringLiteral("phone")},
                      {QStringLiteral("ru"), QStringLiteral("en")});
    m_boris = addAgent(QStringLiteral("boris"), QStringLiteral("Boris Ivanov"),
                       {QStringLiteral("order")}, {QStringLiteral("ru")});
    m_chen = addAgent(QStringLiteral("chen"), QStringLiteral("Chen Wei"), {},
                      {QStringLiteral("zh"), QStringLiteral("en")});
    QVERIFY(m_anna > 0 && m_boris > 0 && m_chen > 0);
}

void TestTeamSettingsPage::cleanup()
{
    m_page.reset();
    m_team.reset();
    m_temp.reset();
}

AgentId TestTeamSettingsPage::addAgent(const QString& login, const QString& name,
                                       const QStringList& skills, const QStringList& languages)
{
    Agent agent;
    agent.login = login;
    agent.name = name;
    agent.skills = skills;
    agent.languages = languages;
    auto added = TicketRepository(m_temp->database()).addAgent(agent, kNowMs);
    if (!added) {
        qWarning() << "cannot add agent:" << added.error().toString();
        return 0;
    }
    return added->id;
}

TeamGroup TestTeamSettingsPage::storedGroup(const QString& name)
{
    auto groups = m_team->groups();
    if (groups) {
        for (const TeamGroup& group : groups.value()) {
            if (group.name == name)
                return group;
        }
    }
    return {};
}

AgentRoutingSettings TestTeamSettingsPage::storedAgent(AgentId id)
{
    auto agents = m_team->agentSettings();
    if (agents) {
        for (const AgentRoutingSettings& agent : agents.value()) {
            if (agent.id == id)
                return agent;
        }
    }
    return {};
}

void TestTeamSettingsPage::createPage()
{
    m_page = std::make_unique<TeamSettingsPage>(m_temp->database());
    m_page->resize(1100, 750);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestTeamSettingsPage::startsEmptyAndListsTheAgents()
{
    createPage();
    QCOMPARE(child<QListWidget>(page(), QStringLiteral("groupList"))->count(), 0);
    QVERIFY(child<QLabel>(page(), QStringLiteral("noGroupLabel"))->isVisible());
    QVERIFY(!child<QWidget>(page(), QStringLiteral("groupEditor"))->isVisible());

    auto* table = child<QTableWidget>(page(), QStringLiteral("agentTable"));
    QCOMPARE(table->rowCount(), 3);
    // Active agents by name.
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Anna Petrova"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("anna"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("fault, phone"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("ru, en"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("0"));
    auto* availability = child<QComboBox>(page(), QStringLiteral("availability_anna"));
    QCOMPARE(availability->currentText(), QStringLiteral("Online"));
    QCOMPARE(availability->accessibleName(), QStringLiteral("Availability of Anna Petrova"));
    auto* limit = child<QSpinBox>(page(), QStringLiteral("maxOpen_anna"));
    QCOMPARE(limit->value(), 0);
    QCOMPARE(limit->text(), QStringLiteral("No limit"));

    // Each mode explains itself.
    for (const RoutingMode mode : {RoutingMode::Manual, RoutingMode::RoundRobin,
                                   RoutingMode::LeastOpen, RoutingMode::Skills})
        QVERIFY(!TeamSettingsPage::routingExplanation(mode).isEmpty());
}

void TestTeamSettingsPage::groupRoutingMembersAvailabilityAndLimit()
{
    createPage();
    QSignalSpy changed(m_page.get(), &TeamSettingsPage::changed);

    // A group, named from the keyboard.
    QTest::mouseClick(child<QPushButton>(page(), QStringLiteral("newGroupButton")), Qt::LeftButton);
    auto* groupName = child<QLineEdit>(page(), QStringLiteral("newGroupName"));
    QVERIFY(groupName->isVisible());
    QCOMPARE(QApplication::focusWidget(), groupName);
    QTest::keyClicks(groupName, QStringLiteral("Hardware"));
    QTest::keyClick(groupName, Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    auto group = m_team->groupByName(QStringLiteral("Hardware"));
    QVERIFY2(group, qPrintable(errorText(group)));
    QVERIFY(!groupName->isVisible());
    QCOMPARE(m_page->currentGroup(), QStringLiteral("Hardware"));
    QVERIFY(child<QWidget>(page(), QStringLiteral("groupEditor"))->isVisible());
    auto* routing = child<QComboBox>(page(), QStringLiteral("routingMode"));
    QCOMPARE(routing->currentText(), QStringLiteral("Manual"));
    QCOMPARE(QApplication::focusWidget(), routing);

    // Round robin, with its explanation.
    routing->setCurrentIndex(routing->findData(int(RoutingMode::RoundRobin)));
    QCOMPARE(changed.count(), 2);
    auto stored = m_team->groupRouting(group.value());
    QVERIFY2(stored, qPrintable(errorText(stored)));
    QCOMPARE(stored->mode, RoutingMode::RoundRobin);
    QCOMPARE(child<QLabel>(page(), QStringLiteral("routingExplanation"))->text(),
             TeamSettingsPage::routingExplanation(RoutingMode::RoundRobin));

    // Two members: Anna by mouse, Chen with the space bar.
    auto* members = child<QListWidget>(page(), QStringLiteral("memberList"));
    QCOMPARE(members->count(), 3);
    QCOMPARE(members->item(0)->text(), QStringLiteral("Anna Petrova (anna)"));
    members->item(0)->setCheckState(Qt::Checked);
    members->setFocus(Qt::OtherFocusReason);
    members->setCurrentRow(2);
    QTest::keyClick(members, Qt::Key_Space);
    QCOMPARE(members->item(2)->checkState(), Qt::Checked);
    QCOMPARE(storedGroup(QStringLiteral("Hardware")).members, (QList<AgentId>{m_anna, m_chen}));
    QCOMPARE(changed.count(), 4);
    // The router sees them.
    auto online = m_team->onlineMembers(group.value());
    QVERIFY2(online, qPrintable(errorText(online)));
    QCOMPARE(online->size(), 2);
    // Unticking removes one again.
    members->item(2)->setCheckState(Qt::Unchecked);
    QCOMPARE(storedGroup(QStringLiteral("Hardware")).members, QList<AgentId>{m_anna});
    members->item(2)->setCheckState(Qt::Checked);

    // Boris goes away.
    auto* availability = child<QComboBox>(page(), QStringLiteral("availability_boris"));
    availability->setCurrentIndex(availability->findData(int(Availability::Away)));
    QCOMPARE(storedAgent(m_boris).availability, Availability::Away);
    QCOMPARE(storedAgent(m_anna).availability, Availability::Online);

    // Anna takes at most three open tickets: typed, then Enter.
    auto* limit = child<QSpinBox>(page(), QStringLiteral("maxOpen_anna"));
    enterText(limit, QStringLiteral("3"));
    QCOMPARE(storedAgent(m_anna).maxOpen, 3);
    QCOMPARE(storedAgent(m_chen).maxOpen, 0);
    // With the arrow key, at once.
    limit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(limit, Qt::Key_Up);
    QCOMPARE(storedAgent(m_anna).maxOpen, 4);
    // 0 removes the limit.
    enterText(limit, QStringLiteral("0"));
    QCOMPARE(storedAgent(m_anna).maxOpen, 0);
    QCOMPARE(limit->text(), QStringLiteral("No limit"));
    enterText(limit, QStringLiteral("3"));
    QCOMPARE(storedAgent(m_anna).maxOpen, 3);

    // Nothing went wrong, so nothing is shown.
    for (const QString& name : {QStringLiteral("newGroupProblem"), QStringLiteral("routingProblem"),
                                QStringLiteral("membersProblem"), QStringLiteral("agentsProblem")})
        QVERIFY2(!child<FieldMessage>(page(), name)->isVisible(), qPrintable(name));
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestTeamSettingsPage::invalidValuesAreRefusedWithAMessage()
{
    QVERIFY(m_team->setMaxOpen(QStringLiteral("anna"), 3));
    QVERIFY(m_team->addGroup(QStringLiteral("Hardware")));
    createPage();
    QSignalSpy changed(m_page.get(), &TeamSettingsPage::changed);

    // A negative limit: refused with a reason, the stored limit shows again.
    auto* limit = child<QSpinBox>(page(), QStringLiteral("maxOpen_anna"));
    QCOMPARE(limit->value(), 3);
    enterText(limit, QStringLiteral("-2"));
    auto* problem = child<FieldMessage>(page(), QStringLiteral("agentsProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->message().contains(QStringLiteral("“-2” is not a limit for Anna Petrova")),
             qPrintable(problem->message()));
    QCOMPARE(limit->value(), 3);
    QCOMPARE(storedAgent(m_anna).maxOpen, 3);
    QCOMPARE(changed.count(), 0);
    // The next good value clears the message.
    enterText(limit, QStringLiteral("5"));
    QVERIFY(!problem->isVisible());
    QCOMPARE(storedAgent(m_anna).maxOpen, 5);

    // Core's own refusal is shown too, and the control returns to the stored value.
    QVERIFY(!m_page->setMaxOpen(QStringLiteral("anna"), -1));
    QVERIFY2(problem->message().contains(QStringLiteral("must be 0 (no limit) or more")),
             qPrintable(problem->message()));
    QCOMPARE(limit->value(), 5);
    QCOMPARE(storedAgent(m_anna).maxOpen, 5);
    QVERIFY(!m_page->hasUnsavedChanges());

    // A group name that is taken, or empty.
    QTest::mouseClick(child<QPushButton>(page(), QStringLiteral("newGroupButton")), Qt::LeftButton);
    auto* groupName = child<QLineEdit>(page(), QStringLiteral("newGroupName"));
    QTest::keyClicks(groupName, QStringLiteral("Hardware"));
    QTest::keyClick(groupName, Qt::Key_Return);
    auto* groupProblem = child<FieldMessage>(page(), QStringLiteral("newGroupProblem"));
    QVERIFY(groupProblem->isVisible());
    QVERIFY2(groupProblem->message().contains(QStringLiteral("already exists")),
             qPrintable(groupProblem->message()));
    QCOMPARE(groupName->text(), QStringLiteral("Hardware"));
    QCOMPARE(m_team->groups()->size(), 1);
    groupName->clear();
    QTest::mouseClick(child<QPushButton>(page(), QStringLiteral("addGroupButton")), Qt::LeftButton);
    QVERIFY2(groupProblem->message().contains(QStringLiteral("needs a name")),
             qPrintable(groupProblem->message()));
    QCOMPARE(m_team->groups()->size(), 1);
    // Typing clears it; Escape closes the row.
    QTest::keyClicks(groupName, QStringLiteral("Soft"));
    QVERIFY(!groupProblem->isVisible());
    QTest::keyClick(groupName, Qt::Key_Escape);
    QVERIFY(!groupName->isVisible());
    QCOMPARE(changed.count(), 1);
}

void TestTeamSettingsPage::failedWriteIsKeptForRetry()
{
    createPage();
    QSignalSpy changed(m_page.get(), &TeamSettingsPage::changed);
    const QString connection = QStringLiteral("locker");
    {
        // Another writer holds the database for longer than the busy timeout.
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        locker.setDatabaseName(m_temp->path());
        QVERIFY(locker.open());
        QSqlQuery begin(locker);
        QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));

        auto* limit = child<QSpinBox>(page(), QStringLiteral("maxOpen_chen"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("team setting not saved")));
        enterText(limit, QStringLiteral("7"));
        auto* problem = child<FieldMessage>(page(), QStringLiteral("agentsProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->message().contains(QStringLiteral("Retry")),
                 qPrintable(problem->message()));
        // What was typed stays.
        QCOMPARE(limit->value(), 7);
        QVERIFY(m_page->hasUnsavedChanges());
        auto* retry = child<QPushButton>(page(), QStringLiteral("retryTeamButton"));
        QVERIFY(retry->isVisible());
        QCOMPARE(changed.count(), 0);

        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("ROLLBACK")));
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!retry->isVisible());
        QVERIFY(!problem->isVisible());
        QCOMPARE(changed.count(), 1);
        locker.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QCOMPARE(storedAgent(m_chen).maxOpen, 7);
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestTeamSettingsPage::showsStoredSettings()
{
    QVERIFY(m_team->addGroup(QStringLiteral("Accounts"), RoutingMode::Skills));
    QVERIFY(m_team->addGroup(QStringLiteral("Hardware"), RoutingMode::LeastOpen));
    QVERIFY(m_team->addMember(QStringLiteral("Hardware"), QStringLiteral("boris")));
    QVERIFY(m_team->setAvailability(QStringLiteral("chen"), Availability::Offline));
    QVERIFY(m_team->setMaxOpen(QStringLiteral("boris"), 2));
    createPage();
    auto* groups = child<QListWidget>(page(), QStringLiteral("groupList"));
    QCOMPARE(groups->count(), 2);
    QCOMPARE(m_page->currentGroup(), QStringLiteral("Accounts"));
    auto* routing = child<QComboBox>(page(), QStringLiteral("routingMode"));
    QCOMPARE(routing->currentText(), QStringLiteral("Skills"));
    QVERIFY(m_page->selectGroup(QStringLiteral("Hardware")));
    QCOMPARE(routing->currentText(), QStringLiteral("Fewest open tickets"));
    auto* members = child<QListWidget>(page(), QStringLiteral("memberList"));
    QCOMPARE(members->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(members->item(1)->checkState(), Qt::Checked);
    QCOMPARE(child<QComboBox>(page(), QStringLiteral("availability_chen"))->currentText(),
             QStringLiteral("Offline"));
    QCOMPARE(child<QSpinBox>(page(), QStringLiteral("maxOpen_boris"))->value(), 2);
    QVERIFY(!m_page->selectGroup(QStringLiteral("Nobody")));

    // Reading again shows what another window stored meanwhile.
    QVERIFY(m_team->setMaxOpen(QStringLiteral("boris"), 6));
    m_page->reload();
    QCOMPARE(m_page->currentGroup(), QStringLiteral("Hardware"));
    QCOMPARE(child<QSpinBox>(page(), QStringLiteral("maxOpen_boris"))->value(), 6);
}

// The names Tab passes through from `start` until it comes back.
QStringList tabChain(QWidget* start)
{
    QStringList chain;
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 100; ++i) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused || (i > 0 && focused == start))
            break;
        chain.append(focused->objectName().isEmpty() ? focused->accessibleName()
                                                     : focused->objectName());
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return chain;
}

bool inOrder(const QStringList& chain, const QStringList& expected)
{
    qsizetype at = 0;
    for (const QString& name : expected) {
        at = chain.indexOf(name, at);
        if (at < 0) {
            qWarning() << "not reached in order:" << name << "in" << chain;
            return false;
        }
    }
    return true;
}

void TestTeamSettingsPage::tabReachesEveryField()
{
    QVERIFY(m_team->addGroup(QStringLiteral("Hardware")));
    createPage();
    // Read again, so the agents' editors are made after everything else.
    m_page->reload();
    QVERIFY(inOrder(tabChain(child<QWidget>(page(), QStringLiteral("groupList"))),
                    {QStringLiteral("newGroupButton"), QStringLiteral("routingMode"),
                     QStringLiteral("memberList"), QStringLiteral("agentTable"),
                     QStringLiteral("availability_anna"), QStringLiteral("maxOpen_anna"),
                     QStringLiteral("availability_boris"), QStringLiteral("maxOpen_boris"),
                     QStringLiteral("availability_chen"), QStringLiteral("maxOpen_chen")}));
}

void TestTeamSettingsPage::screenshot()
{
    QVERIFY(m_team->addGroup(QStringLiteral("Hardware"), RoutingMode::RoundRobin));
    QVERIFY(m_team->addGroup(QStringLiteral("Accounts"), RoutingMode::Skills));
    QVERIFY(m_team->addMember(QStringLiteral("Hardware"), QStringLiteral("anna")));
    QVERIFY(m_team->addMember(QStringLiteral("Hardware"), QStringLiteral("chen")));
    QVERIFY(m_team->setAvailability(QStringLiteral("boris"), Availability::Away));
    QVERIFY(m_team->setMaxOpen(QStringLiteral("anna"), 8));
    createPage();
    QVERIFY(m_page->selectGroup(QStringLiteral("Hardware")));
    QApplication::processEvents();
    const QString path = QDir::temp().filePath(QStringLiteral("team-settings.png"));
    QVERIFY(m_page->grab().save(path));
    qInfo() << "screenshot:" << path;
}

void TestTeamSettingsPage::ticketRulesAreSavedAtOnce()
{
    createPage();
    const TicketService service(m_temp->database());
    auto* days = page()->findChild<QSpinBox*>(QStringLiteral("reopenDays"));
    QVERIFY(days);
    QCOMPARE(days->value(), TicketService::kDefaultReopenPeriodDays);
    days->setValue(3);
    emit days->editingFinished();
    QCOMPARE(*service.reopenPeriodMs(), 3 * 24 * 3600 * 1000LL);
    auto* acknowledge = page()->findChild<QCheckBox*>(QStringLiteral("acknowledgeNewTickets"));
    QVERIFY(acknowledge && acknowledge->isChecked());
    acknowledge->click();
    QVERIFY(!service.acknowledgementsEnabled());
}

QTEST_MAIN(TestTeamSettingsPage)
#include "tst_teamsettingspage.moc"
