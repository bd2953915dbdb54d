// SPDX-License-Identifier: MIT
#include "kb/articleeditor.h"
#include "kb/kbqueryworker.h"
#include "kb/kbresultlist.h"
#include "kb/kbresultmodel.h"
#include "kb/kbusagerepository.h"
#include "kb/knowledgeview.h"
#include "kbsamples.h"
#include "tempdatabase.h"
#include "ticketbuilder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr int kWaitMs = 20000;
constexpr qint64 kNowMs = 1772442000000; // 2026-03-02T09:00:00Z

// QTest::keyClicks maps characters to keys and knows only Latin-1; this
// sends any text, one character per key press, as an input method would.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool waitForResults(KnowledgeView& view)
{
    if (!view.isLoading())
        return true;
    QSignalSpy shown(&view, &KnowledgeView::resultsShown);
    return shown.wait(kWaitMs);
}

QStringList titles(const KbResultModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data().toString());
    return list;
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestKnowledgeView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithTheSearchFocusedAndEveryArticle();
    void typingFindsArticlesWithoutBlocking();
    void filtersAndTypoNotice();
    void keyboardReachesTheResults();
    void selectingAResultRendersTheArticle();
    void votingUpdatesTheCounts();
    void categoriesAndLists();
    void coverageGapLeadsToANewArticle();
    void editorSavesAndRestoresRevisions();
    void editorPreviewAndTranslations();
    void remembersTheDividers();
    void accessibleNames();

private:
    std::unique_ptr<KnowledgeView> openView();
    QModelIndex rowOf(KnowledgeView& view, const QString& title) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    FixedClock m_clock{kNowMs};
    QHash<QString, qint64> m_ids;
    AgentId m_anna = 0;
    AgentId m_li = 0;
    TicketId m_newestInvoice = 0;
};

void TestKnowledgeView::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    auto ids = KbSamples::add(m_temp->database(), m_clock);
    QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().toString()));
    m_ids = ids.value();

    TicketBuilder builder(m_temp->database());
    m_anna = builder.agent(QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    m_li = builder.agent(QStringLiteral("li"), QStringLiteral("李娜"));
    const CustomerId customer =
        builder.customer(QStringLiteral("Олег Иванов"), QStringLiteral("oleg@example.ru"));
    // Resolved tickets: three invoices answered without an article (a gap),
    // three printer tickets answered with one (no gap).
    KbUsageRepository usage(m_temp->database(), m_clock);
    for (int i = 0; i < 3; ++i) {
        NewTicket invoice =
            builder.draft(QStringLiteral("Счёт-фактура за прошлый месяц"), customer);
        invoice.status = TicketStatus::Closed;
        invoice.type = TicketType::Order;
        m_newestInvoice = builder.ticket(invoice);
        QVERIFY(m_newestInvoice > 0);
        NewTicket printer = builder.draft(QStringLiteral("Принтер не печатает"), customer);
        printer.status = TicketStatus::Resolved;
        printer.type = TicketType::Fault;
        const TicketId id = builder.ticket(printer);
        QVERIFY(usage.recordInsert(id, m_ids.value("printer-ru"), m_anna, KbInsertKind::Text).ok());
    }
    QVERIFY2(builder.error().isEmpty(), qPrintable(builder.error()));
}

void TestKnowledgeView::init()
{
    QSettings().clear();
}

std::unique_ptr<KnowledgeView> TestKnowledgeView::openView()
{
    auto view = std::make_unique<KnowledgeView>(m_temp->database(), m_clock);
    view->resize(1280, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()) || !waitForResults(*view))
        return nullptr;
    return view;
}

QModelIndex TestKnowledgeView::rowOf(KnowledgeView& view, const QString& title) const
{
    const KbResultModel& model = *view.resultModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data().toString() == title)
            return model.index(row);
    }
    return {};
}

void TestKnowledgeView::opensWithTheSearchFocusedAndEveryArticle()
{
    auto view = openView();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    auto* search = child<QLineEdit>(*view, "kbSearch");
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(view->resultModel()->rowCount(), m_ids.size());
    // Newest change first.
    QCOMPARE(titles(*view->resultModel()).first(),
             QStringLiteral("VPN disconnects every few minutes"));
    QAbstractItemModelTester tester(view->resultModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* tree = child<QTreeWidget>(*view, "kbNavigation");
    QTRY_VERIFY(!tree->findItems(QStringLiteral("Принтеры"), Qt::MatchRecursive).isEmpty());
    const auto all = tree->findItems(QStringLiteral("All articles"), Qt::MatchExactly);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first()->text(1), QString::number(m_ids.size()));
    auto* empty = child<QLabel>(*view, "articlePaneEmpty");
    QVERIFY(empty && empty->isVisible());
}

void TestKnowledgeView::typingFindsArticlesWithoutBlocking()
{
    auto view = openView();
    QVERIFY(view);
    KbResultModel* model = view->resultModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* search = child<QLineEdit>(*view, "kbSearch");
    auto* summary = child<QLabel>(*view, "resultsSummary");

    // An inflected form finds the article; the keys return at once and the
    // list changes only later, from the worker's answer.
    QElapsedTimer typing;
    typing.start();
    typeText(search, QStringLiteral("принтера"));
    QVERIFY(typing.elapsed() < 1000);
    QCOMPARE(search->text(), QStringLiteral("принтера"));
    QCOMPARE(model->kind(), KbListKind::Browse);
    QTRY_COMPARE_WITH_TIMEOUT(model->kind(), KbListKind::Search, kWaitMs);
    QVERIFY(waitForResults(*view));
    const QStringList printer = titles(*model);
    QVERIFY2(printer.contains(QStringLiteral("Принтер не печатает")),
             qPrintable(printer.join('|')));
    QVERIFY(printer.contains(QStringLiteral("Принтер зажёвывает бумагу")));
    for (const QString& title : printer)
        QVERIFY2(title.contains(QStringLiteral("Принтер")), qPrintable(title));
    // The matched words come marked for bold.
    const QString snippet = model->index(0).data(KbResultModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(KbQueryWorker::kHighlightOpen), qPrintable(snippet));
    QVERIFY(!model->index(0).data(KbResultModel::DateRole).toString().isEmpty());
    QVERIFY(summary->text().contains(QString::number(printer.size())));

    // A Chinese query of two characters, typed into the same field.
    search->clear();
    typeText(search, QStringLiteral("密码"));
    QTRY_COMPARE_WITH_TIMEOUT(titles(*model), QStringList{QStringLiteral("如何重置我的密码")},
                              kWaitMs);
    QCOMPARE(model->index(0).data(KbResultModel::LanguageMarkRole).toString(),
             QStringLiteral("ZH"));

    // A burst of keys while a search runs: only the last text is answered.
    search->clear();
    QSignalSpy shown(view.get(), &KnowledgeView::resultsShown);
    typeText(search, QStringLiteral("vpn"));
    QTRY_COMPARE_WITH_TIMEOUT(
        titles(*model), QStringList{QStringLiteral("VPN disconnects every few minutes")}, kWaitMs);
    QVERIFY2(shown.count() <= 2, qPrintable(QString::number(shown.count())));

    // Nothing found: the empty list says what to do.
    search->clear();
    typeText(search, QStringLiteral("xyzzy"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, kWaitMs);
    QVERIFY(waitForResults(*view));
    auto* results = child<KbResultList>(*view, "kbResults");
    QVERIFY2(results->emptyText().contains(QStringLiteral("xyzzy")),
             qPrintable(results->emptyText()));
    QVERIFY(summary->text().contains(QLatin1Char('0')));
}

void TestKnowledgeView::filtersAndTypoNotice()
{
    auto view = openView();
    QVERIFY(view);
    KbResultModel* model = view->resultModel();
    auto* search = child<QLineEdit>(*view, "kbSearch");
    auto* language = child<QComboBox>(*view, "kbLanguage");
    auto* status = child<QComboBox>(*view, "kbStatus");
    auto* notice = child<QLabel>(*view, "searchNotice");

    // Password articles exist in three languages; the filter keeps one.
    typeText(search, QStringLiteral("пароля"));
    QTRY_COMPARE_WITH_TIMEOUT(model->kind(), KbListKind::Search, kWaitMs);
    QVERIFY(waitForResults(*view));
    QVERIFY(model->rowCount() >= 1);
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    QVERIFY(waitForResults(*view));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->rowAt(row).article.lang, QStringLiteral("ru"));

    // A draft is left out by "Published".
    language->setCurrentIndex(0);
    search->clear();
    typeText(search, QStringLiteral("reset e-mail"));
    QTRY_VERIFY_WITH_TIMEOUT(
        titles(*model).contains(QStringLiteral("Password reset e-mail never arrives")), kWaitMs);
    status->setCurrentIndex(status->findData(QStringLiteral("published")));
    QVERIFY(waitForResults(*view));
    QVERIFY(!titles(*model).contains(QStringLiteral("Password reset e-mail never arrives")));
    status->setCurrentIndex(0);
    QVERIFY(waitForResults(*view));

    // A typo is corrected, and the list says so.
    QVERIFY(!notice->isVisible());
    search->clear();
    typeText(search, QStringLiteral("printre"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kWaitMs);
    // The notice names the corrected term in index form (a stem).
    QVERIFY2(notice->text().contains(QStringLiteral("print")), qPrintable(notice->text()));
    QVERIFY(titles(*model).contains(QStringLiteral("Printer does not print")));
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), kWaitMs);
}

void TestKnowledgeView::keyboardReachesTheResults()
{
    auto view = openView();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    auto* search = child<QLineEdit>(*view, "kbSearch");
    auto* results = child<QListView>(*view, "kbResults");
    QTRY_VERIFY(search->hasFocus());
    typeText(search, QStringLiteral("vpn"));
    // Enter before the answer: the best match opens once it is there.
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->shownArticleId(), m_ids.value("vpn-en"), kWaitMs);
    QVERIFY(results->hasFocus());
    // Ctrl+F goes back to the search with the text selected.
    QTest::keyClick(results, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("vpn"));
    // Down moves into the list.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(results->hasFocus());
}

void TestKnowledgeView::selectingAResultRendersTheArticle()
{
    auto view = openView();
    QVERIFY(view);
    auto* results = child<QListView>(*view, "kbResults");
    const QModelIndex printer = rowOf(*view, QStringLiteral("Принтер не печатает"));
    QVERIFY(printer.isValid());
    QSignalSpy shown(view.get(), &KnowledgeView::articleShown);
    results->scrollTo(printer);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualRect(printer).center());
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toLongLong(), m_ids.value("printer-ru"));

    auto* title = child<QLabel>(*view, "articleTitle");
    auto* body = child<QTextBrowser>(*view, "articleBody");
    auto* meta = child<QLabel>(*view, "articleMeta");
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Принтер не печатает"));
    // Rendered from Markdown: the emphasis is formatting, not asterisks.
    const QString text = body->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Питание и кабель.")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("**")));
    QVERIFY2(meta->text().contains(QStringLiteral("Оборудование/Принтеры")),
             qPrintable(meta->text()));
}

void TestKnowledgeView::votingUpdatesTheCounts()
{
    auto view = openView();
    QVERIFY(view);
    const qint64 id = m_ids.value("vpn-en");
    QVERIFY(view->showArticle(id));
    auto* helpful = child<QPushButton>(*view, "helpfulButton");
    auto* notHelpful = child<QPushButton>(*view, "notHelpfulButton");
    // Nobody to count the vote for: the buttons cannot be pressed.
    QVERIFY(!helpful->isEnabled());

    view->setCurrentAgent(m_anna);
    QVERIFY(helpful->isEnabled());
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (0)"));
    QTest::mouseClick(helpful, Qt::LeftButton);
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (1)"));
    QVERIFY(helpful->isChecked());
    KbUsageRepository usage(m_temp->database(), m_clock);
    QCOMPARE(usage.usage(id)->helpfulCount, 1);

    // Clicking again does not count twice; changing one's mind moves the vote.
    QTest::mouseClick(helpful, Qt::LeftButton);
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (1)"));
    QVERIFY(helpful->isChecked());
    QTest::mouseClick(notHelpful, Qt::LeftButton);
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (0)"));
    QCOMPARE(notHelpful->text(), QStringLiteral("Not helpful (1)"));
    QVERIFY(notHelpful->isChecked() && !helpful->isChecked());

    // Another agent sees the counts, not Anna's choice.
    view->setCurrentAgent(m_li);
    QVERIFY(!notHelpful->isChecked());
    QTest::mouseClick(helpful, Qt::LeftButton);
    QCOMPARE(helpful->text(), QStringLiteral("Helpful (1)"));
    QCOMPARE(notHelpful->text(), QStringLiteral("Not helpful (1)"));
    QCOMPARE(usage.usage(id)->notHelpfulCount, 1);
    view->setCurrentAgent(0);
    QVERIFY(!helpful->isEnabled());
}

void TestKnowledgeView::categoriesAndLists()
{
    auto view = openView();
    QVERIFY(view);
    KbResultModel* model = view->resultModel();
    auto* tree = child<QTreeWidget>(*view, "kbNavigation");
    QTRY_VERIFY(!tree->findItems(QStringLiteral("Принтеры"), Qt::MatchRecursive).isEmpty());

    QTreeWidgetItem* printers =
        tree->findItems(QStringLiteral("Принтеры"), Qt::MatchRecursive).first();
    QCOMPARE(printers->text(1), QStringLiteral("3"));
    QTreeWidgetItem* hardware =
        tree->findItems(QStringLiteral("Оборудование"), Qt::MatchRecursive).first();
    QCOMPARE(hardware->text(1), QStringLiteral("3"));
    tree->setCurrentItem(hardware);
    QVERIFY(waitForResults(*view));
    // A category lists its articles and those below it, by title.
    QCOMPARE(titles(*model), (QStringList{QStringLiteral("Printer does not print"),
                                          QStringLiteral("Принтер зажёвывает бумагу"),
                                          QStringLiteral("Принтер не печатает")}));

    tree->setCurrentItem(tree->findItems(QStringLiteral("Most used"), Qt::MatchRecursive).first());
    QVERIFY(waitForResults(*view));
    QCOMPARE(model->kind(), KbListKind::MostUsed);
    QCOMPARE(titles(*model), QStringList{QStringLiteral("Принтер не печатает")});
    QVERIFY(model->index(0).data(KbResultModel::DetailRole).toString().contains(QLatin1Char('3')));
    // Lists are reports: the article filters do not apply to them.
    QVERIFY(!child<QComboBox>(*view, "kbLanguage")->isEnabled());

    tree->setCurrentItem(
        tree->findItems(QStringLiteral("Due for review"), Qt::MatchRecursive).first());
    QVERIFY(waitForResults(*view));
    QCOMPARE(titles(*model), (QStringList{QStringLiteral("Paying by bank transfer"),
                                          QStringLiteral("Принтер не печатает"),
                                          QStringLiteral("Не приходит письмо для сброса пароля")}));

    // Typing while a list is shown searches all articles again.
    typeText(child<QLineEdit>(*view, "kbSearch"), QStringLiteral("vpn"));
    QTRY_COMPARE_WITH_TIMEOUT(model->kind(), KbListKind::Search, kWaitMs);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("All articles"));
}

void TestKnowledgeView::coverageGapLeadsToANewArticle()
{
    auto view = openView();
    QVERIFY(view);
    KbResultModel* model = view->resultModel();
    auto* tree = child<QTreeWidget>(*view, "kbNavigation");
    tree->setCurrentItem(
        tree->findItems(QStringLiteral("Coverage gaps"), Qt::MatchRecursive).first());
    QVERIFY(waitForResults(*view));
    QCOMPARE(model->kind(), KbListKind::CoverageGaps);
    QVERIFY(model->rowCount() >= 1);
    // The invoices had no article; the printer tickets had one.
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("Счёт-фактура за прошлый месяц"));
    QVERIFY(!titles(*model).contains(QStringLiteral("Принтер не печатает")));

    auto* results = child<QListView>(*view, "kbResults");
    results->setCurrentIndex(model->index(0));
    auto* gapText = child<QLabel>(*view, "gapText");
    QVERIFY(gapText->isVisible());
    QVERIFY2(gapText->text().contains(QLatin1Char('3')), qPrintable(gapText->text()));
    // The newest such ticket is one click away, for the main window to open.
    QSignalSpy ticket(view.get(), &KnowledgeView::ticketOpenRequested);
    QTest::mouseClick(child<QPushButton>(*view, "openTicketButton"), Qt::LeftButton);
    QCOMPARE(ticket.count(), 1);
    QCOMPARE(ticket.first().first().toLongLong(), m_newestInvoice);
    QTest::mouseClick(child<QPushButton>(*view, "writeArticleButton"), Qt::LeftButton);
    auto* editor = view->findChild<ArticleEditor*>();
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(*editor, "articleTitleEdit")->text(),
             QStringLiteral("Счёт-фактура за прошлый месяц"));
    auto* language = child<QComboBox>(*editor, "articleLanguage");
    QCOMPARE(language->currentData().toString(), QStringLiteral("ru"));
    QVERIFY(!editor->isModified());
    editor->close();
}

void TestKnowledgeView::editorSavesAndRestoresRevisions()
{
    auto view = openView();
    QVERIFY(view);
    view->setCurrentAgent(m_anna);
    const qint64 id = m_ids.value("jam-ru");
    ArticleRepository repository(m_temp->database());
    const QString original = repository.get(id)->body;
    const int revisionsBefore = repository.revisionCount(id).value();

    ArticleEditor* editor = view->editArticle(id);
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto* text = child<QPlainTextEdit>(*editor, "markdownEdit");
    auto* save = child<QPushButton>(*editor, "saveButton");
    QCOMPARE(text->toPlainText(), original);
    QVERIFY(!save->isEnabled());

    const QString changed = original + QStringLiteral("\n\nЗамените ролики целиком.");
    text->setPlainText(changed);
    QVERIFY(editor->isModified());
    QVERIFY(save->isEnabled());
    QSignalSpy saved(editor, &ArticleEditor::articleSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(repository.get(id)->body, changed);
    QCOMPARE(repository.revisionCount(id).value(), revisionsBefore + 1);
    QCOMPARE(repository.revisions(id)->last().authorId, m_anna);
    QVERIFY(!editor->isModified());

    // The revisions list, newest first, has the older text one below.
    auto* revisions = child<QTreeWidget>(*editor, "revisionList");
    QCOMPARE(revisions->topLevelItemCount(), revisionsBefore + 1);
    QVERIFY(revisions->topLevelItem(0)->text(0).contains(QStringLiteral("current")));
    QCOMPARE(revisions->topLevelItem(0)->text(1), QStringLiteral("anna"));
    revisions->setCurrentItem(revisions->topLevelItem(1));

    // Compare: the added lines carry a "+" (not only a colour).
    QTest::mouseClick(child<QPushButton>(*editor, "compareButton"), Qt::LeftButton);
    auto* diff = child<QTextBrowser>(*editor, "diffView");
    const QString shown = diff->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("+")) &&
                 shown.contains(QStringLiteral("Замените ролики целиком.")),
             qPrintable(shown));
    QVERIFY(child<QLabel>(*editor, "diffSummary")->text().contains(QStringLiteral("2 line")));

    // Restore is refused while there are unsaved changes.
    auto* restore = child<QPushButton>(*editor, "restoreButton");
    text->setPlainText(changed + QStringLiteral("!"));
    QVERIFY(!restore->isEnabled());
    text->setPlainText(changed);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(repository.get(id)->body, original);
    QCOMPARE(text->toPlainText(), original);
    QCOMPARE(repository.revisionCount(id).value(), revisionsBefore + 2);
    QCOMPARE(saved.count(), 2);
    // The view shows the restored text too.
    QVERIFY(view->showArticle(id));
    QVERIFY(!child<QTextBrowser>(*view, "articleBody")
                 ->toPlainText()
                 .contains(QStringLiteral("Замените ролики")));

    // Closing with unsaved changes asks inline instead of losing them.
    text->setPlainText(QStringLiteral("draft"));
    editor->close();
    QVERIFY(editor->isVisible());
    auto* bar = child<QWidget>(*editor, "unsavedBar");
    QVERIFY(bar->isVisible());
    QPointer<ArticleEditor> guard(editor);
    QTest::mouseClick(child<QPushButton>(*editor, "discardButton"), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(repository.get(id)->body, original);
}

void TestKnowledgeView::editorPreviewAndTranslations()
{
    auto view = openView();
    QVERIFY(view);
    view->setCurrentAgent(m_li);
    const qint64 id = m_ids.value("locked-ru");
    ArticleEditor* editor = view->editArticle(id);
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // The preview follows the text after a short pause.
    auto* text = child<QPlainTextEdit>(*editor, "markdownEdit");
    auto* preview = child<QTextBrowser>(*editor, "markdownPreview");
    text->setPlainText(QStringLiteral("# Заголовок\n\n**жирный** текст"));
    QTRY_COMPARE_WITH_TIMEOUT(preview->toPlainText(), QStringLiteral("Заголовок\nжирный текст"),
                              kWaitMs);
    text->setPlainText(ArticleRepository(m_temp->database()).get(id)->body);
    QVERIFY(!editor->isModified());

    // A new translation is a linked draft, opened in its own editor with the
    // original beside it.
    QSignalSpy created(editor, &ArticleEditor::translationCreated);
    auto translation = editor->createTranslation(QStringLiteral("zh"));
    QVERIFY2(translation.ok(),
             qPrintable(translation.ok() ? QString() : translation.error().toString()));
    QCOMPARE(created.count(), 1);
    const Article draft = ArticleRepository(m_temp->database()).get(translation.value()).value();
    QCOMPARE(draft.lang, QStringLiteral("zh"));
    QCOMPARE(draft.status, QStringLiteral("draft"));
    QCOMPARE(draft.translationOf, id);

    ArticleEditor* other = nullptr;
    for (ArticleEditor* e : view->findChildren<ArticleEditor*>()) {
        if (e->articleId() == translation.value())
            other = e;
    }
    QVERIFY(other);
    auto* beside = child<QComboBox>(*other, "besideChoice");
    QCOMPARE(beside->currentData().toLongLong(), id);
    auto* source = child<QPlainTextEdit>(*other, "translationText");
    QVERIFY(source->isVisible());
    QVERIFY(source->isReadOnly());
    QVERIFY(source->toPlainText().startsWith(QStringLiteral("После пяти")));
    // The original's editor lists the translation beside it too.
    auto* originalBeside = child<QComboBox>(*editor, "besideChoice");
    QVERIFY(originalBeside->findData(translation.value()) > 0);
    other->close();
    editor->close();
}

void TestKnowledgeView::remembersTheDividers()
{
    QList<int> moved;
    {
        auto view = openView();
        QVERIFY(view);
        auto* splitter = child<QSplitter>(*view, "knowledgeSplitter");
        QList<int> sizes = splitter->sizes();
        sizes[0] += 40;
        sizes[1] -= 40;
        splitter->setSizes(sizes);
        moved = splitter->sizes();
        // setSizes is the program's move; a drag by the user emits this.
        emit splitter->splitterMoved(moved.at(0), 1);
    }
    auto view = openView();
    QVERIFY(view);
    QCOMPARE(child<QSplitter>(*view, "knowledgeSplitter")->sizes(), moved);
}

void TestKnowledgeView::accessibleNames()
{
    auto view = openView();
    QVERIFY(view);
    for (const char* name : {"kbNavigation", "kbSearch", "kbLanguage", "kbStatus", "kbResults",
                             "kbArticlePane", "articleBody"}) {
        auto* widget = child<QWidget>(*view, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    const QModelIndex first = view->resultModel()->index(0);
    QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains(first.data().toString()));
}

QTEST_MAIN(TestKnowledgeView)
#include "tst_knowledgeview.moc"
