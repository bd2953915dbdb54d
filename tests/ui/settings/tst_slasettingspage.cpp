// SPDX-License-Identifier: MIT
#include "common/messagebox.h"
#include "queuefixture.h"
#include "settings/datelistedit.h"
#include "settings/durationedit.h"
#include "settings/slacalendarstab.h"
#include "settings/slapoliciestab.h"
#include "settings/slasettingspage.h"
#include "sla/calendarcatalog.h"
#include "sla/calendarformat.h"
#include "sla/slaservice.h"
#include "tempdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
// Monday 2 March 2026, 10:00 in Moscow: inside a 09:00-13:00 morning.
const qint64 kNowMs = QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch();

const QStringList kDefaultOrder = {QStringLiteral("fault-p1"),     QStringLiteral("fault-p2"),
                                   QStringLiteral("fault-p3-p4"),  QStringLiteral("custom-order"),
                                   QStringLiteral("order"),        QStringLiteral("complaint"),
                                   QStringLiteral("consultation"), QStringLiteral("default")};

// QVERIFY2 builds its message even when the check passes.
template <typename T> QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().toString();
}

template <typename T> T* child(QWidget* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

// Replaces a field's text the way a user does: select all, type.
void retype(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Delete);
    else
        QTest::keyClicks(widget, text);
}

// Types a number into a duration's spin box and commits it.
void setDuration(QWidget* page, const QString& name, int value)
{
    auto* edit = child<DurationEdit>(page, name);
    QVERIFY2(edit, qPrintable(name));
    auto* spin = edit->findChild<QSpinBox*>(QStringLiteral("value"));
    QVERIFY(spin);
    retype(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

QStringList listedNames(QTreeWidget* list)
{
    QStringList names;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        names.append(list->topLevelItem(row)->text(0));
    return names;
}

QStringList storedNames(SlaService& service)
{
    QStringList names;
    auto policies = service.config().policies();
    if (policies) {
        for (const SlaPolicy& policy : policies->policies())
            names.append(policy.name);
    }
    return names;
}

void selectRow(QTreeWidget* list, const QString& text)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(0) == text) {
            list->setCurrentItem(list->topLevelItem(row));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(text)));
}

} // namespace

class TestSlaSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheDefaultPolicies();
    void limitBelowGoalBlocksSaving();
    void duplicateNamesBlockSaving();
    void savingATargetStoresIt();
    void movingAPolicyChangesTheStoredOrder();
    void draggingAPolicyMovesIt();
    void exportedPoliciesImportAgain();
    void splitDayCalendarSavesAndRoundTrips();
    void builtinCalendarsAreReadOnly();
    void calendarInUseIsNotRemoved();
    void tabReachesEveryField();
    void screenshots();

private:
    void createPage();

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SlaService> m_service;
    std::unique_ptr<SlaSettingsPage> m_page;
};

void TestSlaSettingsPage::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_clock = std::make_unique<FixedClock>(kNowMs);
    m_service = std::make_unique<SlaService>(m_temp->database(), *m_clock);
}

void TestSlaSettingsPage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_clock.reset();
    m_temp.reset();
}

void TestSlaSettingsPage::createPage()
{
    m_page = std::make_unique<SlaSettingsPage>(m_service.get(), *m_clock);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSlaSettingsPage::listsTheDefaultPolicies()
{
    createPage();
    auto* list = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    QVERIFY(list);
    QCOMPARE(listedNames(list), kDefaultOrder);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QCOMPARE(child<QLineEdit>(m_page.get(), QStringLiteral("policyName"))->text(),
             QStringLiteral("fault-p1"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("2 h \u2013 4 h"));
    QCOMPARE(list->topLevelItem(6)->text(2), QStringLiteral("15 min"));
    // Nothing edited: nothing to save or revert.
    QVERIFY(!child<QPushButton>(m_page.get(), QStringLiteral("savePoliciesButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(m_page.get(), QStringLiteral("revertPoliciesButton"))->isEnabled());
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestSlaSettingsPage::limitBelowGoalBlocksSaving()
{
    createPage();
    auto* list = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    auto* save = child<QPushButton>(m_page.get(), QStringLiteral("savePoliciesButton"));
    auto* target = child<QWidget>(m_page.get(), QStringLiteral("firstResponseTarget"));
    selectRow(list, QStringLiteral("fault-p2"));

    // A valid change first, so Save has something to save: 2 h - 5 h.
    setDuration(m_page.get(), QStringLiteral("firstResponseLimit"), 5);
    QVERIFY(save->isEnabled());

    // 2 h - 1 h: the limit is below the goal.
    setDuration(m_page.get(), QStringLiteral("firstResponseLimit"), 1);
    QVERIFY(!save->isEnabled());
    bool shown = false;
    for (QLabel* label : target->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("must not be shorter")))
            shown = true;
    }
    QVERIFY2(shown, "the limit message is shown next to the target");
    auto* listProblem = child<QLabel>(m_page.get(), QStringLiteral("policyListProblem"));
    QVERIFY(listProblem->isVisible());
    QVERIFY(!list->topLevelItem(1)->icon(0).isNull());
    // Ctrl+S does nothing while the list is invalid.
    QTest::keyClick(list, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(storedNames(*m_service), kDefaultOrder);
    QVERIFY(!m_service->config().hasStoredPolicies().value());

    // Back to a valid range: the message goes, Save comes back.
    setDuration(m_page.get(), QStringLiteral("firstResponseLimit"), 3);
    QVERIFY(save->isEnabled());
    QVERIFY(!listProblem->isVisible());
    for (QLabel* label : target->findChildren<QLabel*>())
        QVERIFY(!label->isVisible() || !label->text().contains(QStringLiteral("must not be")));
}

void TestSlaSettingsPage::duplicateNamesBlockSaving()
{
    createPage();
    auto* list = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    auto* save = child<QPushButton>(m_page.get(), QStringLiteral("savePoliciesButton"));
    selectRow(list, QStringLiteral("order"));
    auto* name = child<QLineEdit>(m_page.get(), QStringLiteral("policyName"));
    retype(name, QStringLiteral("complaint"));
    QVERIFY(!save->isEnabled());
    auto* nameProblem = child<QLabel>(m_page.get(), QStringLiteral("policyNameProblem"));
    QVERIFY(nameProblem->isVisible());
    QVERIFY(nameProblem->text().contains(QStringLiteral("unique")));
    QCOMPARE(list->topLevelItem(4)->text(0), QStringLiteral("complaint"));

    retype(name, QStringLiteral("order-standard"));
    QVERIFY(save->isEnabled());
    QVERIFY(!nameProblem->isVisible());

    // An empty list cannot be saved either.
    auto* remove = child<QPushButton>(m_page.get(), QStringLiteral("removePolicyButton"));
    while (list->topLevelItemCount() > 0)
        QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("policyListProblem"))->isVisible());
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("revertPoliciesButton")),
                      Qt::LeftButton);
    QCOMPARE(listedNames(list), kDefaultOrder);
}

void TestSlaSettingsPage::savingATargetStoresIt()
{
    QueueFixture fixture(m_temp->database(), 7);
    QVERIFY2(fixture.addTickets(40), qPrintable(fixture.errorString()));
    createPage();
    QSignalSpy saved(m_page.get(), &SlaSettingsPage::policiesSaved);
    auto* list = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    selectRow(list, QStringLiteral("consultation"));

    // 15 min becomes 10 min - 20 min.
    setDuration(m_page.get(), QStringLiteral("firstResponseGoal"), 10);
    setDuration(m_page.get(), QStringLiteral("firstResponseLimit"), 20);
    QCOMPARE(list->currentItem()->text(2), QStringLiteral("10 min \u2013 20 min"));
    auto* save = child<QPushButton>(m_page.get(), QStringLiteral("savePoliciesButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(saved.count(), 1);
    const auto report = saved.at(0).at(0).value<SlaRecomputeReport>();
    QVERIFY(report.tickets > 0);
    const QString status = child<QLabel>(m_page.get(), QStringLiteral("policiesStatus"))->text();
    QCOMPARE(status, SlaSettingsPage::recomputeText(report));
    QVERIFY2(status.startsWith(
                 QStringLiteral("Saved. SLA recomputed for %1 open ticket").arg(report.tickets)),
             qPrintable(status));
    QVERIFY(status.endsWith(QStringLiteral("(%1 changed).").arg(report.changed)));
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_page->hasUnsavedChanges());

    auto stored = m_service->config().policies();
    QVERIFY2(stored, qPrintable(errorText(stored)));
    QCOMPARE(storedNames(*m_service), kDefaultOrder);
    const SlaPolicy& consultation = stored->policies().at(6);
    QVERIFY(consultation.firstResponse.has_value());
    QCOMPARE(*consultation.firstResponse, SlaTarget::range(10 * kMinute, 20 * kMinute));
    // Everything else as shipped.
    QCOMPARE(consultation.nextResponse, SlaTarget::single(15 * kMinute));
    QCOMPARE(stored->policies().at(1), defaultSlaPolicies().policies().at(1));
}

void TestSlaSettingsPage::movingAPolicyChangesTheStoredOrder()
{
    createPage();
    auto* list = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    selectRow(list, QStringLiteral("order"));
    QTest::mouseClick(child<QToolButton>(m_page.get(), QStringLiteral("movePolicyUpButton")),
                      Qt::LeftButton);
    QCOMPARE(list->topLevelItem(3)->text(0), QStringLiteral("order"));
    QCOMPARE(list->currentItem(), list->topLevelItem(3));

    // And from the keyboard: Alt+Down moves "complaint" below "consultation".
    selectRow(list, QStringLiteral("complaint"));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    list->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(list->topLevelItem(6)->text(0), QStringLiteral("complaint"));

    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("savePoliciesButton")),
                      Qt::LeftButton);
    const QStringList expected = {QStringLiteral("fault-p1"),     QStringLiteral("fault-p2"),
                                  QStringLiteral("fault-p3-p4"),  QStringLiteral("order"),
                                  QStringLiteral("custom-order"), QStringLiteral("consultation"),
                                  QStringLiteral("complaint"),    QStringLiteral("default")};
    QCOMPARE(storedNames(*m_service), expected);
}

void TestSlaSettingsPage::draggingAPolicyMovesIt()
{
    // The offscreen platform refuses every drag; run under xvfb-run with
    // QT_QPA_PLATFORM=xcb to exercise this.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QSKIP("drag and drop needs a platform that supports it (xcb)");
    createPage();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto* list = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    QWidget* viewport = list->viewport();
    // "order" (row 4) onto the upper edge of "custom-order" (row 3).
    const QRect from = list->visualItemRect(list->topLevelItem(4));
    const QRect to = list->visualItemRect(list->topLevelItem(3));
    const QPoint start = from.center();
    const QPoint drop(to.center().x(), to.top() + 1);
    bool released = false;
    // QDrag::exec runs its own loop; the rest of the gesture happens inside it.
    QTimer::singleShot(100, this, [&] {
        QTest::mouseMove(viewport, drop + QPoint(0, 3));
        QTest::mouseMove(viewport, drop);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, drop);
        released = true;
    });
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 4 && !released; ++step)
        QTest::mouseMove(viewport, start + QPoint(0, -step * QApplication::startDragDistance()));
    QTRY_VERIFY(released);
    QCOMPARE(list->topLevelItem(3)->text(0), QStringLiteral("order"));
    QCOMPARE(list->topLevelItem(4)->text(0), QStringLiteral("custom-order"));
    QCOMPARE(list->topLevelItemCount(), 8);
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("order"));
    QCOMPARE(child<QLineEdit>(m_page.get(), QStringLiteral("policyName"))->text(),
             QStringLiteral("order"));
    QCOMPARE(m_page->policiesTab()->editedPolicies().at(3).name, QStringLiteral("order"));
    QVERIFY(child<QPushButton>(m_page.get(), QStringLiteral("savePoliciesButton"))->isEnabled());
}

void TestSlaSettingsPage::exportedPoliciesImportAgain()
{
    createPage();
    SlaPoliciesTab* tab = m_page->policiesTab();
    auto* list = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    selectRow(list, QStringLiteral("complaint"));
    child<QCheckBox>(m_page.get(), QStringLiteral("policyChannel_phone"))->click();
    const QList<SlaPolicy> edited = tab->editedPolicies();
    QCOMPARE(edited.at(5).channels, QList<Channel>{Channel::Phone});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policies.json"));
    QVERIFY(tab->exportTo(path));
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("revertPoliciesButton")),
                      Qt::LeftButton);
    QCOMPARE(tab->editedPolicies(), defaultSlaPolicies().policies());
    QVERIFY(tab->importFrom(path));
    QCOMPARE(tab->editedPolicies(), edited);
    QVERIFY(tab->hasUnsavedChanges());
}

void TestSlaSettingsPage::splitDayCalendarSavesAndRoundTrips()
{
    createPage();
    QSignalSpy saved(m_page.get(), &SlaSettingsPage::calendarSaved);
    m_page->tabs()->setCurrentWidget(m_page->calendarsTab());
    QWidget* tab = m_page->calendarsTab();
    auto* list = child<QTreeWidget>(tab, QStringLiteral("calendarList"));
    const int builtins = list->topLevelItemCount();
    QVERIFY(builtins >= 2);

    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("newCalendarButton")), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), builtins + 1);
    retype(child<QLineEdit>(tab, QStringLiteral("calendarName")), QStringLiteral("moscow-office"));
    auto* zone = child<QComboBox>(tab, QStringLiteral("calendarTimeZone"));
    retype(zone->lineEdit(), QStringLiteral("Europe/Moscow"));
    QCOMPARE(zone->currentText(), QStringLiteral("Europe/Moscow"));
    retype(child<QLineEdit>(tab, QStringLiteral("hours_mon")),
           QStringLiteral("09:00-13:00, 14:00-18:00"));
    // Friday: typed with a typo first, which is named next to the day.
    auto* friday = child<QLineEdit>(tab, QStringLiteral("hours_fri"));
    retype(friday, QStringLiteral("09:00-25:00"));
    auto* save = child<QPushButton>(tab, QStringLiteral("saveCalendarButton"));
    QVERIFY(!save->isEnabled());
    retype(friday, QStringLiteral("9:00-17:00"));

    auto* holidays = child<DateListEdit>(tab, QStringLiteral("holidays"));
    holidays->dateEdit()->setDate(QDate(2026, 3, 9));
    QTest::mouseClick(holidays->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
    QCOMPARE(holidays->listWidget()->count(), 1);
    QCOMPARE(holidays->listWidget()->item(0)->text(),
             QLocale().toString(QDate(2026, 3, 9), QLocale::LongFormat));

    // Monday 10:00 in Moscow, inside the morning; 8 + 9 + 9 + 9 + 8 hours this week.
    const QString preview = child<QLabel>(tab, QStringLiteral("calendarPreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("Open now")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("43 h of business time this week")),
             qPrintable(preview));

    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("moscow-office"));
    QVERIFY(child<QLabel>(tab, QStringLiteral("calendarStatus"))
                ->text()
                .startsWith(QStringLiteral("Saved. SLA recomputed for")));
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("moscow-office"));
    QVERIFY(!m_page->hasUnsavedChanges());

    auto stored = m_service->config().calendar(QStringLiteral("moscow-office"));
    QVERIFY2(stored, qPrintable(errorText(stored)));
    const BusinessCalendar::Rules& rules = stored->rules();
    QCOMPARE(rules.zone.id(), QByteArray("Europe/Moscow"));
    const BusinessCalendar::DayHours splitDay = {{9 * 3600, 13 * 3600}, {14 * 3600, 18 * 3600}};
    QCOMPARE(rules.week[0], splitDay);
    QCOMPARE(rules.week[4], (BusinessCalendar::DayHours{{9 * 3600, 17 * 3600}}));
    QVERIFY(rules.week[5].isEmpty());
    QCOMPARE(rules.holidays, QSet<QDate>{QDate(2026, 3, 9)});

    const QByteArray json = CalendarFormat::serialise(stored.value());
    auto reread = CalendarFormat::parse(json, QStringLiteral("round trip"));
    QVERIFY2(reread, qPrintable(errorText(reread)));
    QCOMPARE(reread->rules().week, rules.week);
    QCOMPARE(reread->rules().holidays, rules.holidays);
    QCOMPARE(CalendarFormat::serialise(reread.value()), json);

    // The new calendar is offered to policies at once.
    auto* calendars = child<QComboBox>(m_page.get(), QStringLiteral("policyCalendar"));
    QVERIFY(calendars->findData(QStringLiteral("moscow-office")) >= 0);
}

void TestSlaSettingsPage::builtinCalendarsAreReadOnly()
{
    createPage();
    m_page->tabs()->setCurrentWidget(m_page->calendarsTab());
    QWidget* tab = m_page->calendarsTab();
    auto* list = child<QTreeWidget>(tab, QStringLiteral("calendarList"));
    selectRow(list, QStringLiteral("ru-2026"));
    QVERIFY(child<QWidget>(tab, QStringLiteral("builtinBanner"))->isVisible());
    QVERIFY(child<QLineEdit>(tab, QStringLiteral("hours_mon"))->isReadOnly());
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("removeCalendarButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("saveCalendarButton"))->isEnabled());
    QVERIFY(
        child<DateListEdit>(tab, QStringLiteral("holidays"))->dates().contains(QDate(2026, 1, 1)));

    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("duplicateToEditButton")),
                      Qt::LeftButton);
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("ru-2026-copy"));
    QVERIFY(!child<QLineEdit>(tab, QStringLiteral("hours_mon"))->isReadOnly());
    QVERIFY(child<QPushButton>(tab, QStringLiteral("saveCalendarButton"))->isEnabled());
    QVERIFY(
        child<DateListEdit>(tab, QStringLiteral("holidays"))->dates().contains(QDate(2026, 1, 1)));
}

void TestSlaSettingsPage::calendarInUseIsNotRemoved()
{
    auto weekdays = CalendarCatalog::builtin(QStringLiteral("weekdays-9-18"));
    QVERIFY(weekdays);
    QVERIFY(m_service->saveCalendar(QStringLiteral("support-hours"), weekdays.value()));
    QVERIFY(m_service->saveCalendar(QStringLiteral("spare-hours"), weekdays.value()));
    QList<SlaPolicy> policies = defaultSlaPolicies().policies();
    policies[6].calendar = QStringLiteral("support-hours");
    QVERIFY(m_service->savePolicies(SlaPolicySet(policies)));
    createPage();
    m_page->tabs()->setCurrentWidget(m_page->calendarsTab());
    QWidget* tab = m_page->calendarsTab();
    auto* list = child<QTreeWidget>(tab, QStringLiteral("calendarList"));
    auto* remove = child<QPushButton>(tab, QStringLiteral("removeCalendarButton"));
    QSignalSpy removed(m_page.get(), &SlaSettingsPage::calendarRemoved);
    selectRow(list, QStringLiteral("support-hours"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("support-hours")));
    auto* refusal = child<QLabel>(tab, QStringLiteral("calendarListProblem"));
    QVERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(QStringLiteral("consultation")), qPrintable(refusal->text()));
    QCOMPARE(removed.count(), 0);
    QVERIFY(listedNames(list).contains(QStringLiteral("support-hours")));
    QVERIFY(m_service->config().calendar(QStringLiteral("support-hours")));

    // Cancelling keeps it too; confirming removes a calendar nobody uses.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(listedNames(list).contains(QStringLiteral("support-hours")));
    selectRow(list, QStringLiteral("spare-hours"));
    QVERIFY(!refusal->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!listedNames(list).contains(QStringLiteral("spare-hours")));
    QVERIFY(!m_service->config().calendar(QStringLiteral("spare-hours")));
}

// The names Tab passes through from `start` until it comes back, as
// objectName, or accessible name for the unnamed parts of compound editors.
QStringList tabChain(QWidget* start)
{
    QStringList chain;
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 200; ++i) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused || (i > 0 && focused == start))
            break;
        static const QStringList generic = {QStringLiteral("value"), QStringLiteral("unit"),
                                            QStringLiteral("kind"),  QStringLiteral("remove"),
                                            QStringLiteral("list"),  QStringLiteral("date"),
                                            QStringLiteral("add")};
        const QString name = focused->objectName();
        chain.append(name.isEmpty() || generic.contains(name) ? focused->accessibleName() : name);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return chain;
}

// Every name of `expected` is reached, in this order.
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

void TestSlaSettingsPage::tabReachesEveryField()
{
    createPage();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(inOrder(
        tabChain(child<QWidget>(m_page.get(), QStringLiteral("policyList"))),
        {QStringLiteral("addPolicyButton"), QStringLiteral("movePolicyDownButton"),
         QStringLiteral("policyName"), QStringLiteral("policyType_consultation"),
         QStringLiteral("policyPriority_4"), QStringLiteral("policyChannel_web"),
         QStringLiteral("policyTags"), QStringLiteral("policyCalendar"),
         QStringLiteral("policyPauseOnHold"), QStringLiteral("firstResponseEnabled"),
         QStringLiteral("First response goal"), QStringLiteral("First response limit, unit"),
         QStringLiteral("resolutionEnabled"), QStringLiteral("Warning 1, value"),
         QStringLiteral("Remove warning 1"), QStringLiteral("addWarningButton"),
         QStringLiteral("importPoliciesButton"), QStringLiteral("exportPoliciesButton")}));

    m_page->tabs()->setCurrentWidget(m_page->calendarsTab());
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("newCalendarButton")),
                      Qt::LeftButton);
    QVERIFY(inOrder(tabChain(child<QWidget>(m_page.get(), QStringLiteral("calendarList"))),
                    {QStringLiteral("newCalendarButton"), QStringLiteral("calendarName"),
                     QStringLiteral("calendarTimeZone"), QStringLiteral("hours_mon"),
                     QStringLiteral("hours_sun"), QStringLiteral("allWeekButton"),
                     QStringLiteral("Holidays"), QStringLiteral("Add to Holidays"),
                     QStringLiteral("Transferred working days"), QStringLiteral("workdayHours"),
                     QStringLiteral("saveCalendarButton")}));
}

void TestSlaSettingsPage::screenshots()
{
    // A stored calendar with a split day and holidays, used by a policy.
    auto ru = CalendarCatalog::builtin(QStringLiteral("ru-2026"));
    QVERIFY(ru);
    BusinessCalendar::Rules rules = ru->rules();
    rules.week[0] = {{9 * 3600, 13 * 3600}, {14 * 3600, 18 * 3600}};
    rules.dateHours.clear();
    auto office = BusinessCalendar::create(rules);
    QVERIFY2(office, qPrintable(errorText(office)));
    QVERIFY(m_service->saveCalendar(QStringLiteral("moscow-office"), office.value()));

    createPage();
    auto* policies = child<QTreeWidget>(m_page.get(), QStringLiteral("policyList"));
    selectRow(policies, QStringLiteral("fault-p2"));
    m_page->tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    const QString policiesPath = QDir::temp().filePath(QStringLiteral("sla-settings-policies.png"));
    QVERIFY(m_page->grab().save(policiesPath));

    m_page->tabs()->setCurrentIndex(1);
    auto* calendars = child<QTreeWidget>(m_page.get(), QStringLiteral("calendarList"));
    selectRow(calendars, QStringLiteral("moscow-office"));
    QApplication::processEvents();
    const QString calendarsPath =
        QDir::temp().filePath(QStringLiteral("sla-settings-calendars.png"));
    QVERIFY(m_page->grab().save(calendarsPath));
    qInfo() << "screenshots:" << policiesPath << calendarsPath;
}

QTEST_MAIN(TestSlaSettingsPage)
#include "tst_slasettingspage.moc"
