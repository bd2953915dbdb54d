// SPDX-License-Identifier: MIT
#include "common/messagebox.h"
#include "settings/fieldmessage.h"
#include "settings/templatesettingspage.h"
#include "tempdatabase.h"
#include "templates/replytemplaterepository.h"
#include "templates/templaterenderer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z
const QString kAck = QStringLiteral("acknowledgement");

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

// QTest::keyClicks maps characters to keys and knows only Latin-1; this
// sends any text, one character per key press, as an input method would.
void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces a field's text the way a user does: select all, type.
void retype(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    typeText(widget, text);
}

QStringList listedNames(QTreeWidget* list)
{
    QStringList names;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        names.append(list->topLevelItem(row)->text(0).section(QStringLiteral(" \u00b7 "), 0, 0));
    return names;
}

bool selectRow(QTreeWidget* list, const QString& name)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        if (item->text(0).section(QStringLiteral(" \u00b7 "), 0, 0) == name) {
            list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

} // namespace

class TestTemplateSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheShippedAcknowledgement();
    void createsATemplateInTwoLanguages();
    void previewShowsTheSampleCustomerAndFlagsUnknownPlaceholders();
    void insertPlaceholderAddsItAtTheCursor();
    void duplicateNameConflictIsShownAndNothingSaved();
    void nameOfAnotherTemplateInOtherLanguagesIsRefused();
    void requiredFieldsBlockSaving();
    void acknowledgementCanBeRewordedButNotDeletedOrRenamed();
    void deletesOwnTemplate();
    void duplicateCopiesEveryLanguage();
    void editsAreKeptWhileBrowsing();
    void searchAndCategoryFilterTheList();
    void tabReachesEveryField();
    void screenshot();

private:
    void createPage();
    ReplyTemplate addStored(const QString& name, const QString& lang, const QString& body,
                            const QString& category = {});
    QWidget* page() const { return m_page.get(); }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ReplyTemplateRepository> m_repository;
    std::unique_ptr<TemplateSettingsPage> m_page;
};

void TestTemplateSettingsPage::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    m_clock = std::make_unique<FixedClock>(kNowMs);
    m_repository = std::make_unique<ReplyTemplateRepository>(m_temp->database(), *m_clock);
}

void TestTemplateSettingsPage::cleanup()
{
    m_page.reset();
    m_repository.reset();
    m_clock.reset();
    m_temp.reset();
}

void TestTemplateSettingsPage::createPage()
{
    m_page = std::make_unique<TemplateSettingsPage>(m_temp->database(), *m_clock);
    m_page->resize(1100, 750);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

ReplyTemplate TestTemplateSettingsPage::addStored(const QString& name, const QString& lang,
                                                  const QString& body, const QString& category)
{
    ReplyTemplate reply;
    reply.name = name;
    reply.lang = lang;
    reply.body = body;
    reply.category = category;
    auto added = m_repository->add(reply);
    if (!added) {
        qWarning() << "cannot add template:" << added.error().toString();
        return {};
    }
    return added.value();
}

void TestTemplateSettingsPage::listsTheShippedAcknowledgement()
{
    QVERIFY(m_repository->recordUse(m_repository->bestVariant(kAck, QStringLiteral("ru"))->id));
    createPage();
    auto* list = child<QTreeWidget>(page(), QStringLiteral("templateList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0),
             QStringLiteral("acknowledgement \u00b7 ru zh en \u00b7 used 1\u00d7"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("system"));
    QCOMPARE(m_page->currentName(), kAck);
    QCOMPARE(child<QLineEdit>(page(), QStringLiteral("templateName"))->text(), kAck);
    auto* tabs = child<QTabWidget>(page(), QStringLiteral("templateVariants"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(tabs->isTabVisible(i));
    QVERIFY(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_ru"))
                ->toPlainText()
                .startsWith(QStringLiteral("Здравствуйте, {{customer.name}}!")));
    QVERIFY(!child<QPushButton>(page(), QStringLiteral("saveTemplateButton"))->isEnabled());
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestTemplateSettingsPage::createsATemplateInTwoLanguages()
{
    createPage();
    QSignalSpy changed(m_page.get(), &TemplateSettingsPage::changed);
    auto* list = child<QTreeWidget>(page(), QStringLiteral("templateList"));
    QTest::mouseClick(child<QPushButton>(page(), QStringLiteral("newTemplateButton")),
                      Qt::LeftButton);
    auto* name = child<QLineEdit>(page(), QStringLiteral("templateName"));
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("Restart printer"));
    auto* category = child<QComboBox>(page(), QStringLiteral("templateCategory"));
    retype(category->lineEdit(), QStringLiteral("hardware"));

    // A new template starts in the operator's language: English here.
    auto* tabs = child<QTabWidget>(page(), QStringLiteral("templateVariants"));
    QVERIFY(!tabs->isTabVisible(0));
    QVERIFY(tabs->isTabVisible(2));
    auto* en = child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en"));
    QTest::keyClicks(en, QStringLiteral("Hello {{customer.name}}, please restart the printer."));

    // Russian through the "Add language" menu.
    auto* addRu = child<QAction>(page(), QStringLiteral("addVariant_ru"));
    QVERIFY(addRu->isEnabled());
    addRu->trigger();
    QVERIFY(tabs->isTabVisible(0));
    QCOMPARE(tabs->currentIndex(), 0);
    auto* ru = child<QPlainTextEdit>(page(), QStringLiteral("templateBody_ru"));
    QCOMPARE(QApplication::focusWidget(), ru);
    QVERIFY(!addRu->isEnabled());
    // Empty so far: Save waits for the text.
    auto* save = child<QPushButton>(page(), QStringLiteral("saveTemplateButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(child<FieldMessage>(page(), QStringLiteral("templateBodyProblem_ru"))->isVisible());
    typeText(ru, QStringLiteral("Здравствуйте, {{customer.name}}! Перезагрузите принтер."));
    QVERIFY(!child<FieldMessage>(page(), QStringLiteral("templateBodyProblem_ru"))->isVisible());
    QCOMPARE(list->currentItem()->text(0),
             QStringLiteral("Restart printer \u00b7 ru en \u00b7 new, not saved"));

    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);

    auto stored = m_repository->variants(QStringLiteral("Restart printer"));
    QVERIFY2(stored, qPrintable(errorText(stored)));
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).lang, QStringLiteral("ru"));
    QCOMPARE(stored->at(0).body,
             QStringLiteral("Здравствуйте, {{customer.name}}! Перезагрузите принтер."));
    QCOMPARE(stored->at(0).category, QStringLiteral("hardware"));
    QCOMPARE(stored->at(1).lang, QStringLiteral("en"));
    QCOMPARE(stored->at(1).body,
             QStringLiteral("Hello {{customer.name}}, please restart the printer."));
    QCOMPARE(stored->at(1).category, QStringLiteral("hardware"));

    QCOMPARE(m_page->currentName(), QStringLiteral("Restart printer"));
    QCOMPARE(list->currentItem()->text(0),
             QStringLiteral("Restart printer \u00b7 ru en \u00b7 used 0\u00d7"));
    QCOMPARE(list->currentItem()->text(1), QStringLiteral("hardware"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(child<QLabel>(page(), QStringLiteral("templateStatus"))
                ->text()
                .startsWith(QStringLiteral("Saved")));
    // The new category is offered to filter by.
    QVERIFY(child<QComboBox>(page(), QStringLiteral("templateCategoryFilter"))
                ->findData(QStringLiteral("hardware")) >= 0);

    // Editing the saved template updates its rows instead of adding new ones.
    const qint64 ruId = stored->at(0).id;
    tabs->setCurrentIndex(0);
    ru->moveCursor(QTextCursor::End);
    typeText(ru, QStringLiteral(" Спасибо!"));
    QVERIFY(save->isEnabled());
    QVERIFY(m_page->save());
    auto updated = m_repository->byId(ruId);
    QVERIFY2(updated, qPrintable(errorText(updated)));
    QVERIFY(updated->body.endsWith(QStringLiteral(" Спасибо!")));
    QCOMPARE(m_repository->variants(QStringLiteral("Restart printer"))->size(), 2);
    QCOMPARE(changed.count(), 2);

    // Removing a language deletes that variant on save.
    QTest::mouseClick(child<QPushButton>(page(), QStringLiteral("removeVariantButton")),
                      Qt::LeftButton);
    QVERIFY(!tabs->isTabVisible(0));
    QVERIFY(m_page->save());
    auto left = m_repository->variants(QStringLiteral("Restart printer"));
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->at(0).lang, QStringLiteral("en"));
}

void TestTemplateSettingsPage::previewShowsTheSampleCustomerAndFlagsUnknownPlaceholders()
{
    createPage();
    m_page->newTemplate();
    QTest::keyClicks(child<QLineEdit>(page(), QStringLiteral("templateName")),
                     QStringLiteral("Greeting"));
    auto* en = child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en"));
    QTest::keyClicks(en, QStringLiteral("Dear {{customer.name}}, #{{ticket.id}} is answered by "
                                        "{{sla.first_response.due}}. {{nope}}"));
    auto* preview = child<QPlainTextEdit>(page(), QStringLiteral("templatePreview_en"));
    const QString text = preview->toPlainText();
    const QString due = TemplateRenderer::formatInstant(kNowMs + 3600 * 1000, QStringLiteral("en"),
                                                        QStringLiteral("America/New_York"));
    QCOMPARE(text, QStringLiteral("Dear Jane Doe, #1234 is answered by %1. {{nope}}").arg(due));
    QVERIFY(preview->isReadOnly());
    // The unknown placeholder is named under the preview and marked in it.
    auto* problem = child<FieldMessage>(page(), QStringLiteral("templatePreviewProblem_en"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->message().contains(QStringLiteral("{{nope}}")), qPrintable(problem->text()));
    QCOMPARE(preview->extraSelections().size(), 1);
    QCOMPARE(preview->extraSelections().at(0).cursor.selectedText(), QStringLiteral("{{nope}}"));
    // A warning, not a block: the template can still be saved.
    QVERIFY(child<QPushButton>(page(), QStringLiteral("saveTemplateButton"))->isEnabled());

    // Russian is previewed for the Russian sample customer, Chinese for the Chinese one.
    QVERIFY(m_page->addVariant(QStringLiteral("ru")));
    auto* ru = child<QPlainTextEdit>(page(), QStringLiteral("templateBody_ru"));
    typeText(ru, QStringLiteral("Здравствуйте, {{customer.name}}! Ответим до "
                                "{{sla.first_response.due}}."));
    const QString ruDue = TemplateRenderer::formatInstant(
        kNowMs + 3600 * 1000, QStringLiteral("ru"), QStringLiteral("Europe/Moscow"));
    QCOMPARE(child<QPlainTextEdit>(page(), QStringLiteral("templatePreview_ru"))->toPlainText(),
             QStringLiteral("Здравствуйте, Ольга Зайцева! Ответим до %1.").arg(ruDue));
    QVERIFY(
        !child<FieldMessage>(page(), QStringLiteral("templatePreviewProblem_ru"))->hasMessage());
    QVERIFY(child<QLabel>(page(), QStringLiteral("templatePreviewCaption_ru"))
                ->text()
                .contains(QStringLiteral("Ольга Зайцева")));

    QVERIFY(m_page->addVariant(QStringLiteral("zh")));
    typeText(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_zh")),
             QStringLiteral("{{customer.name}}，您好！{{ticket.number}}"));
    QCOMPARE(child<QPlainTextEdit>(page(), QStringLiteral("templatePreview_zh"))->toPlainText(),
             QStringLiteral("王芳，您好！{{ticket.number}}"));
    QVERIFY(child<FieldMessage>(page(), QStringLiteral("templatePreviewProblem_zh"))
                ->message()
                .contains(QStringLiteral("{{ticket.number}}")));

    // The sample itself, for other callers.
    const TemplateContext sample =
        TemplateSettingsPage::sampleContext(QStringLiteral("en"), kNowMs);
    QCOMPARE(sample.customerName, QStringLiteral("Jane Doe"));
    QCOMPARE(sample.ticketId, qint64(1234));
    QCOMPARE(sample.firstResponseDueMs, std::optional<qint64>(kNowMs + 3600 * 1000));
    QCOMPARE(sample.resolutionDueMs, std::optional<qint64>(kNowMs + 3600 * 1000));
}

void TestTemplateSettingsPage::insertPlaceholderAddsItAtTheCursor()
{
    createPage();
    m_page->newTemplate();
    auto* en = child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en"));
    QTest::keyClicks(en, QStringLiteral("Hello , thanks"));
    QTextCursor cursor = en->textCursor();
    cursor.setPosition(6);
    en->setTextCursor(cursor);

    auto* button = child<QToolButton>(page(), QStringLiteral("insertPlaceholderButton_en"));
    QMenu* menu = button->menu();
    QVERIFY(menu);
    QStringList offered;
    for (QAction* action : menu->actions())
        offered.append(action->text());
    QStringList expected;
    for (const QString& name : TemplateRenderer::placeholders())
        expected.append(QStringLiteral("{{%1}}").arg(name));
    QCOMPARE(offered, expected);

    child<QAction>(page(), QStringLiteral("placeholder_customer.name"))->trigger();
    QCOMPARE(en->toPlainText(), QStringLiteral("Hello {{customer.name}}, thanks"));
    QCOMPARE(QApplication::focusWidget(), en);
    QVERIFY(child<QPlainTextEdit>(page(), QStringLiteral("templatePreview_en"))
                ->toPlainText()
                .startsWith(QStringLiteral("Hello Jane Doe, thanks")));
}

void TestTemplateSettingsPage::duplicateNameConflictIsShownAndNothingSaved()
{
    const ReplyTemplate existing =
        addStored(QStringLiteral("Printer offline"), QStringLiteral("en"),
                  QStringLiteral("Is the printer switched on?"), QStringLiteral("hardware"));
    QVERIFY(existing.id > 0);
    auto before = m_repository->search(QString(), {}, 0);
    QVERIFY2(before, qPrintable(errorText(before)));
    createPage();
    QSignalSpy changed(m_page.get(), &TemplateSettingsPage::changed);

    // Russian first, then English: the Russian row is written before the
    // English one is refused, and must not stay.
    m_page->newTemplate();
    auto* name = child<QLineEdit>(page(), QStringLiteral("templateName"));
    QTest::keyClicks(name, QStringLiteral("Printer offline"));
    QTest::keyClicks(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en")),
                     QStringLiteral("Another text"));
    QVERIFY(m_page->addVariant(QStringLiteral("ru")));
    typeText(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_ru")),
             QStringLiteral("Принтер выключен?"));
    auto* save = child<QPushButton>(page(), QStringLiteral("saveTemplateButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    auto* problem = child<FieldMessage>(page(), QStringLiteral("templateNameProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->message().contains(QStringLiteral("already exists in this language")),
             qPrintable(problem->message()));
    QCOMPARE(changed.count(), 0);
    auto after = m_repository->search(QString(), {}, 0);
    QVERIFY2(after, qPrintable(errorText(after)));
    QCOMPARE(after->size(), before->size());
    auto variants = m_repository->variants(QStringLiteral("Printer offline"));
    QCOMPARE(variants->size(), 1);
    QCOMPARE(variants->at(0).body, QStringLiteral("Is the printer switched on?"));
    // The draft is kept as typed, to be renamed.
    QVERIFY(m_page->hasUnsavedChanges());
    QCOMPARE(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_ru"))->toPlainText(),
             QStringLiteral("Принтер выключен?"));

    // A new name clears the message and saves both languages.
    QTest::keyClicks(name, QStringLiteral(" (new model)"));
    QVERIFY(!problem->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_repository->variants(QStringLiteral("Printer offline (new model)"))->size(), 2);

    // Renaming to a name taken in the same language is refused the same way.
    QVERIFY(m_page->selectTemplate(QStringLiteral("Printer offline (new model)")));
    retype(name, kAck);
    QVERIFY(!m_page->save());
    QVERIFY(problem->message().contains(QStringLiteral("already exists")));
    QCOMPARE(m_repository->variants(QStringLiteral("Printer offline (new model)"))->size(), 2);
    QCOMPARE(m_repository->variants(kAck)->size(), 3);
}

void TestTemplateSettingsPage::nameOfAnotherTemplateInOtherLanguagesIsRefused()
{
    QVERIFY(addStored(QStringLiteral("Printer offline"), QStringLiteral("en"),
                      QStringLiteral("Is it on?"))
                .id > 0);
    createPage();
    m_page->newTemplate();
    QTest::keyClicks(child<QLineEdit>(page(), QStringLiteral("templateName")),
                     QStringLiteral("Printer offline"));
    QVERIFY(m_page->removeVariant(QStringLiteral("en")));
    QVERIFY(m_page->addVariant(QStringLiteral("zh")));
    typeText(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_zh")),
             QStringLiteral("打印机开着吗？"));
    // The repository would accept it and merge the two; the page does not.
    QVERIFY(!m_page->save());
    auto* problem = child<FieldMessage>(page(), QStringLiteral("templateNameProblem"));
    QVERIFY2(problem->message().contains(QStringLiteral("English")),
             qPrintable(problem->message()));
    QCOMPARE(m_repository->variants(QStringLiteral("Printer offline"))->size(), 1);
}

void TestTemplateSettingsPage::requiredFieldsBlockSaving()
{
    createPage();
    m_page->newTemplate();
    auto* save = child<QPushButton>(page(), QStringLiteral("saveTemplateButton"));
    auto* nameProblem = child<FieldMessage>(page(), QStringLiteral("templateNameProblem"));
    auto* bodyProblem = child<FieldMessage>(page(), QStringLiteral("templateBodyProblem_en"));
    QVERIFY(!save->isEnabled());
    QVERIFY(nameProblem->isVisible());
    QVERIFY(bodyProblem->isVisible());
    QTest::keyClicks(child<QLineEdit>(page(), QStringLiteral("templateName")),
                     QStringLiteral("Thanks"));
    QVERIFY(!nameProblem->isVisible());
    QVERIFY(!save->isEnabled());
    // Blank text counts as none.
    QTest::keyClicks(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en")),
                     QStringLiteral("   "));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en")),
                     QStringLiteral("Thank you!"));
    QVERIFY(save->isEnabled());
    // Without any language there is nothing to save.
    QVERIFY(m_page->removeVariant(QStringLiteral("en")));
    QVERIFY(!save->isEnabled());
    QVERIFY(child<FieldMessage>(page(), QStringLiteral("variantsProblem"))->isVisible());
    // Ctrl+S does nothing either.
    QTest::keyClick(child<QLineEdit>(page(), QStringLiteral("templateName")), Qt::Key_S,
                    Qt::ControlModifier);
    QCOMPARE(m_repository->variants(QStringLiteral("Thanks"))->size(), 0);
    // The text comes back with the language.
    QVERIFY(m_page->addVariant(QStringLiteral("en")));
    QCOMPARE(child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en"))->toPlainText(),
             QStringLiteral("   Thank you!"));
    QTest::keyClick(child<QLineEdit>(page(), QStringLiteral("templateName")), Qt::Key_S,
                    Qt::ControlModifier);
    QCOMPARE(m_repository->variants(QStringLiteral("Thanks"))->size(), 1);
}

void TestTemplateSettingsPage::acknowledgementCanBeRewordedButNotDeletedOrRenamed()
{
    createPage();
    QVERIFY(m_page->selectTemplate(kAck));
    auto* remove = child<QPushButton>(page(), QStringLiteral("deleteTemplateButton"));
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("acknowledged")),
             qPrintable(remove->toolTip()));
    auto* name = child<QLineEdit>(page(), QStringLiteral("templateName"));
    QVERIFY(name->isReadOnly());
    QVERIFY(name->toolTip().contains(QStringLiteral("cannot be renamed")));
    QVERIFY(!child<QPushButton>(page(), QStringLiteral("removeVariantButton"))->isEnabled());
    QVERIFY(child<QLabel>(page(), QStringLiteral("systemTemplateNote"))->isVisible());
    QVERIFY(!m_page->removeSelected());
    QVERIFY(!m_page->removeVariant(QStringLiteral("zh")));
    QCOMPARE(m_repository->variants(kAck)->size(), 3);

    // Rewording is allowed.
    auto* tabs = child<QTabWidget>(page(), QStringLiteral("templateVariants"));
    tabs->setCurrentIndex(2);
    auto* en = child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en"));
    en->moveCursor(QTextCursor::End);
    QTest::keyClicks(en, QStringLiteral(" Thank you for your patience."));
    QSignalSpy changed(m_page.get(), &TemplateSettingsPage::changed);
    QVERIFY(m_page->save());
    QCOMPARE(changed.count(), 1);
    auto reworded = m_repository->bestVariant(kAck, QStringLiteral("en"));
    QVERIFY2(reworded, qPrintable(errorText(reworded)));
    QVERIFY(reworded->body.endsWith(QStringLiteral(" Thank you for your patience.")));
    QCOMPARE(reworded->category, QStringLiteral("system"));
    QCOMPARE(m_repository->variants(kAck)->size(), 3);

    // A copy of it is an ordinary template.
    m_page->duplicateSelected();
    QVERIFY(remove->isEnabled());
    QVERIFY(!name->isReadOnly());
    QCOMPARE(name->text(), QStringLiteral("acknowledgement (copy)"));
}

void TestTemplateSettingsPage::deletesOwnTemplate()
{
    QVERIFY(addStored(QStringLiteral("Printer offline"), QStringLiteral("en"),
                      QStringLiteral("Is it on?"))
                .id > 0);
    QVERIFY(addStored(QStringLiteral("Printer offline"), QStringLiteral("ru"),
                      QStringLiteral("Он включён?"))
                .id > 0);
    createPage();
    QSignalSpy changed(m_page.get(), &TemplateSettingsPage::changed);
    auto* list = child<QTreeWidget>(page(), QStringLiteral("templateList"));
    QVERIFY(selectRow(list, QStringLiteral("Printer offline")));
    auto* remove = child<QPushButton>(page(), QStringLiteral("deleteTemplateButton"));
    QVERIFY(remove->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Printer offline")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Russian")));
    QCOMPARE(m_repository->variants(QStringLiteral("Printer offline"))->size(), 2);
    QCOMPARE(changed.count(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_repository->variants(QStringLiteral("Printer offline"))->size(), 0);
    QCOMPARE(listedNames(list), QStringList{kAck});
    QCOMPARE(m_repository->variants(kAck)->size(), 3);

    // A new template not saved yet goes without asking.
    m_page->newTemplate();
    QCOMPARE(list->topLevelItemCount(), 2);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestTemplateSettingsPage::duplicateCopiesEveryLanguage()
{
    createPage();
    QVERIFY(m_page->selectTemplate(kAck));
    QTest::mouseClick(child<QPushButton>(page(), QStringLiteral("duplicateTemplateButton")),
                      Qt::LeftButton);
    auto* name = child<QLineEdit>(page(), QStringLiteral("templateName"));
    QCOMPARE(name->text(), QStringLiteral("acknowledgement (copy)"));
    QCOMPARE(QApplication::focusWidget(), name);
    QVERIFY(m_page->save());
    auto copy = m_repository->variants(QStringLiteral("acknowledgement (copy)"));
    QVERIFY2(copy, qPrintable(errorText(copy)));
    QCOMPARE(copy->size(), 3);
    QCOMPARE(copy->at(0).body, m_repository->bestVariant(kAck, QStringLiteral("ru"))->body);
    QCOMPARE(copy->at(0).category, QStringLiteral("system"));
    // The original is untouched.
    QCOMPARE(m_repository->variants(kAck)->size(), 3);
    // A second copy gets a name of its own.
    m_page->duplicateSelected();
    QCOMPARE(name->text(), QStringLiteral("acknowledgement (copy) (copy)"));
    QVERIFY(m_page->selectTemplate(kAck));
    m_page->duplicateSelected();
    QCOMPARE(name->text(), QStringLiteral("acknowledgement (copy) 2"));
}

void TestTemplateSettingsPage::editsAreKeptWhileBrowsing()
{
    QVERIFY(addStored(QStringLiteral("Printer offline"), QStringLiteral("en"),
                      QStringLiteral("Is it on?"))
                .id > 0);
    createPage();
    auto* list = child<QTreeWidget>(page(), QStringLiteral("templateList"));
    QVERIFY(selectRow(list, QStringLiteral("Printer offline")));
    auto* en = child<QPlainTextEdit>(page(), QStringLiteral("templateBody_en"));
    en->moveCursor(QTextCursor::End);
    QTest::keyClicks(en, QStringLiteral(" Really?"));
    QVERIFY(list->currentItem()->text(0).endsWith(QStringLiteral("changed, not saved")));
    QVERIFY(m_page->hasUnsavedChanges());

    QVERIFY(selectRow(list, kAck));
    QVERIFY(en->toPlainText().startsWith(QStringLiteral("Hello {{customer.name}}")));
    QVERIFY(selectRow(list, QStringLiteral("Printer offline")));
    QCOMPARE(en->toPlainText(), QStringLiteral("Is it on? Really?"));
    // Still only in the page.
    QCOMPARE(m_repository->variants(QStringLiteral("Printer offline"))->at(0).body,
             QStringLiteral("Is it on?"));

    QTest::mouseClick(child<QPushButton>(page(), QStringLiteral("revertTemplateButton")),
                      Qt::LeftButton);
    QCOMPARE(en->toPlainText(), QStringLiteral("Is it on?"));
    QVERIFY(!m_page->hasUnsavedChanges());
}

void TestTemplateSettingsPage::searchAndCategoryFilterTheList()
{
    QVERIFY(addStored(QStringLiteral("Printer offline"), QStringLiteral("en"),
                      QStringLiteral("Is it on?"), QStringLiteral("hardware"))
                .id > 0);
    QVERIFY(addStored(QStringLiteral("Сброс пароля"), QStringLiteral("ru"),
                      QStringLiteral("Пароль сброшен."), QStringLiteral("accounts"))
                .id > 0);
    createPage();
    auto* list = child<QTreeWidget>(page(), QStringLiteral("templateList"));
    QCOMPARE(list->topLevelItemCount(), 3);

    auto* search = child<QLineEdit>(page(), QStringLiteral("templateSearch"));
    QTest::keyClick(page(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    typeText(search, QStringLiteral("ПАРОЛ"));
    QCOMPARE(listedNames(list), QStringList{QStringLiteral("Сброс пароля")});
    QCOMPARE(m_page->currentName(), QStringLiteral("Сброс пароля"));
    retype(search, QStringLiteral("nothing like it"));
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>(page(), QStringLiteral("templateListEmpty"))->isVisible());
    QVERIFY(!child<QWidget>(page(), QStringLiteral("templateEditor"))->isEnabled());
    search->clear();

    auto* category = child<QComboBox>(page(), QStringLiteral("templateCategoryFilter"));
    QCOMPARE(category->count(), 4); // all, accounts, hardware, system
    category->setCurrentIndex(category->findData(QStringLiteral("system")));
    QCOMPARE(listedNames(list), QStringList{kAck});
    // A new template starts in the category shown.
    m_page->newTemplate();
    QCOMPARE(child<QComboBox>(page(), QStringLiteral("templateCategory"))->currentText(),
             QStringLiteral("system"));
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

void TestTemplateSettingsPage::tabReachesEveryField()
{
    createPage();
    m_page->newTemplate();
    QTest::keyClicks(child<QLineEdit>(page(), QStringLiteral("templateName")),
                     QStringLiteral("Thanks"));
    QVERIFY(
        inOrder(tabChain(child<QWidget>(page(), QStringLiteral("templateSearch"))),
                {QStringLiteral("templateCategoryFilter"), QStringLiteral("templateList"),
                 QStringLiteral("newTemplateButton"), QStringLiteral("duplicateTemplateButton"),
                 QStringLiteral("deleteTemplateButton"), QStringLiteral("templateName"),
                 QStringLiteral("templateCategory"), QStringLiteral("addVariantButton"),
                 QStringLiteral("removeVariantButton"), QStringLiteral("templateBody_en"),
                 QStringLiteral("insertPlaceholderButton_en"), QStringLiteral("templatePreview_en"),
                 QStringLiteral("revertTemplateButton")}));
    // Every tab stop has a name for screen readers.
    for (QWidget* widget : page()->findChildren<QWidget*>()) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->objectName().isEmpty() &&
            !widget->objectName().startsWith(QLatin1String("qt_")) &&
            !qobject_cast<QPushButton*>(widget) && !qobject_cast<QTabWidget*>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestTemplateSettingsPage::screenshot()
{
    QVERIFY(addStored(QStringLiteral("Printer offline"), QStringLiteral("ru"),
                      QStringLiteral("Здравствуйте, {{customer.name}}!\n\nПроверьте, включён ли "
                                     "принтер. Ответим по обращению №{{ticket.id}} до "
                                     "{{sla.resolution.due}}.\n\n{{agent.name}}"),
                      QStringLiteral("hardware"))
                .id > 0);
    QVERIFY(addStored(QStringLiteral("Printer offline"), QStringLiteral("en"),
                      QStringLiteral("Hello {{customer.name}}, is the printer on? {{agent.nme}}"),
                      QStringLiteral("hardware"))
                .id > 0);
    createPage();
    QVERIFY(m_page->selectTemplate(QStringLiteral("Printer offline")));
    QApplication::processEvents();
    const QString path = QDir::temp().filePath(QStringLiteral("template-settings.png"));
    QVERIFY(m_page->grab().save(path));
    qInfo() << "screenshot:" << path;
}

QTEST_MAIN(TestTemplateSettingsPage)
#include "tst_templatesettingspage.moc"
