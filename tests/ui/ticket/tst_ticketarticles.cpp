// SPDX-License-Identifier: MIT
// The knowledge base from the ticket pane, with real widgets: suggestions
// appear for the shown ticket, Insert link / Insert text / double-click put
// the article into the reply and count the use, the search field finds
// other articles, a read-only pane inserts nothing, and "New article from
// ticket" opens the editor on a question-and-answer draft that is linked to
// the ticket once saved.
#include "common/clock.h"
#include "common/mainwindow.h"
#include "kb/articleeditor.h"
#include "kb/articlelinkfollower.h"
#include "kb/articlerepository.h"
#include "kb/articlesuggester.h"
#include "kb/kbarticlepane.h"
#include "kb/kbusagerepository.h"
#include "kb/knowledgeview.h"
#include "tempdatabase.h"
#include "ticket/replyeditor.h"
#include "ticket/suggestedarticlesview.h"
#include "ticket/ticketpane.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

constexpr int kWaitMs = 10000;

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

class TestTicketArticles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suggestionInsertLinkRecordsUse();
    void insertTextPutsBodyAndCountsAgain();
    void doubleClickInsertsLink();
    void searchFieldFindsOtherArticles();
    void unrelatedTicketSaysSoAndBoxCollapses();
    void readOnlyPaneInsertsNothing();
    void articleFromTicketDraft();
    void mainWindowLinksSavedArticleToTicket();
    void linkClassification();
    void suggestionsFollowKnowledgeBaseChanges();
    void conversationLinkOpensArticle();

private:
    qint64 addArticle(const QString& title, const QString& body, const QString& lang,
                      const QString& status = QStringLiteral("published"));
    TicketId addTicket(const QString& subject, const QString& body, const QString& lang);
    // Shows the ticket and waits for the suggestions' answer.
    bool showAndWait(TicketId id);
    SuggestedArticlesView* view() const { return m_pane->suggestedArticles(); }
    QString replyText() const { return m_pane->replyEditor()->text(); }
    int insertCount(qint64 articleId) const;
    QList<qint64> linked(TicketId ticketId) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    FixedClock m_clock{1772442000000};
    std::unique_ptr<TicketService> m_service;
    std::unique_ptr<TicketPane> m_pane;
    Agent m_anna;
    qint64 m_printerRu = 0;
    qint64 m_printerEn = 0;
    qint64 m_password = 0;
    qint64 m_draft = 0;
    TicketId m_printerTicket = 0;
};

void TestTicketArticles::initTestCase()
{
    // The main window keeps settings; they go to a throw-away folder.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ticketarticles"));
}

void TestTicketArticles::init()
{
    m_pane.reset();
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorString()));
    Agent anna;
    anna.login = QStringLiteral("anna");
    anna.name = QStringLiteral("Анна Смирнова");
    auto added = TicketRepository(m_temp->database()).addAgent(anna, m_clock.nowMs());
    QVERIFY(added);
    m_anna = *added;
    m_service = std::make_unique<TicketService>(m_temp->database(), m_clock);
    QVERIFY(m_service->setAcknowledgementsEnabled(false));

    m_printerRu = addArticle(QStringLiteral("Принтер не печатает"),
                             QStringLiteral("## Что сделать\n\nПерезапустите принтер и "
                                            "переустановите драйвер после обновления."),
                             QStringLiteral("ru"));
    m_printerEn = addArticle(QStringLiteral("Printer does not print"),
                             QStringLiteral("Restart the printer."), QStringLiteral("en"));
    m_password = addArticle(QStringLiteral("Reset your password"),
                            QStringLiteral("Open the account settings and reset the password."),
                            QStringLiteral("en"));
    m_draft =
        addArticle(QStringLiteral("Принтер печатает после обновления полосами"),
                   QStringLiteral("Черновик."), QStringLiteral("ru"), QStringLiteral("draft"));
    QVERIFY(m_printerRu && m_printerEn && m_password && m_draft);
    m_printerTicket = addTicket(QStringLiteral("Принтер не печатает после обновления"),
                                QStringLiteral("Добрый день! После обновления принтер HP "
                                               "перестал печатать."),
                                QStringLiteral("ru"));
    QVERIFY(m_printerTicket);

    m_pane = std::make_unique<TicketPane>(m_temp->database(), nullptr, m_clock);
    m_pane->resize(520, 900);
    m_pane->setCurrentAgent(m_anna);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestTicketArticles::cleanup()
{
    m_pane.reset();
    QSettings().clear();
}

qint64 TestTicketArticles::addArticle(const QString& title, const QString& body,
                                      const QString& lang, const QString& status)
{
    Article article;
    article.title = title;
    article.body = body;
    article.lang = lang;
    article.status = status;
    auto id = ArticleRepository(m_temp->database()).create(article);
    return id ? id.value() : 0;
}

TicketId TestTicketArticles::addTicket(const QString& subject, const QString& body,
                                       const QString& lang)
{
    NewTicketRequest request;
    request.subject = subject;
    request.requesterEmail = QStringLiteral("olga@example.ru");
    request.body = body;
    request.language = lang;
    auto created = m_service->create(request);
    return created ? created->id : 0;
}

bool TestTicketArticles::showAndWait(TicketId id)
{
    QSignalSpy shown(view(), &SuggestedArticlesView::articlesShown);
    if (!m_pane->showTicket(id))
        return false;
    if (!shown.wait(kWaitMs) || view()->isLoading())
        return false;
    // The list's viewport is resized through posted events; a click before
    // they are handled can miss the rows on a busy machine.
    auto* list = m_pane->findChild<QTreeWidget*>(QStringLiteral("suggestedArticles"));
    return QTest::qWaitFor([list] {
        if (!list)
            return false;
        if (list->topLevelItemCount() == 0)
            return true;
        const QRect firstRow = list->visualItemRect(list->topLevelItem(0));
        return list->isVisible() && list->viewport()->rect().contains(firstRow);
    });
}

int TestTicketArticles::insertCount(qint64 articleId) const
{
    auto usage = KbUsageRepository(m_temp->database()).usage(articleId);
    return usage ? usage->insertCount : -1;
}

QList<qint64> TestTicketArticles::linked(TicketId ticketId) const
{
    auto articles = KbUsageRepository(m_temp->database()).linkedArticles(ticketId);
    return articles ? articles.value() : QList<qint64>{-1};
}

void TestTicketArticles::suggestionInsertLinkRecordsUse()
{
    QVERIFY(showAndWait(m_printerTicket));
    auto* list = child<QTreeWidget>(m_pane.get(), "suggestedArticles");
    QVERIFY(list);
    QVERIFY(list->isVisible());
    // The Russian article first: the ticket is Russian and says the same.
    QCOMPARE(view()->articleIds().value(0), m_printerRu);
    QVERIFY(view()->articleIds().size() <= 3);
    QVERIFY(!view()->articleIds().contains(m_draft));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Принтер не печатает"));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("RU"));
    auto* toggle = child<QToolButton>(m_pane.get(), "suggestedArticlesToggle");
    QVERIFY(toggle);
    QVERIFY2(toggle->text().contains(QString::number(view()->articleIds().size())),
             qPrintable(toggle->text()));

    m_pane->replyEditor()->setDraft(QStringLiteral("Здравствуйте! См. "), false);
    QPlainTextEdit* edit = m_pane->replyEditor()->textEdit();
    edit->moveCursor(QTextCursor::End);
    QVERIFY(view()->selectArticle(m_printerRu));
    auto* insertLink = child<QPushButton>(m_pane.get(), "insertLinkButton");
    QVERIFY(insertLink);
    QVERIFY(insertLink->isEnabled());
    QTest::mouseClick(insertLink, Qt::LeftButton);

    QCOMPARE(replyText(),
             QStringLiteral("Здравствуйте! См. [Принтер не печатает](kb:%1)").arg(m_printerRu));
    QCOMPARE(insertCount(m_printerRu), 1);
    QCOMPARE(linked(m_printerTicket), QList<qint64>{m_printerRu});
    QCOMPARE(insertCount(m_printerEn), 0);
}

void TestTicketArticles::insertTextPutsBodyAndCountsAgain()
{
    QVERIFY(showAndWait(m_printerTicket));
    QVERIFY(view()->selectArticle(m_printerRu));
    QTest::mouseClick(child<QPushButton>(m_pane.get(), "insertLinkButton"), Qt::LeftButton);
    m_pane->replyEditor()->textEdit()->moveCursor(QTextCursor::End);
    m_pane->replyEditor()->insertText(QStringLiteral("\n\n"));
    QTest::mouseClick(child<QPushButton>(m_pane.get(), "insertTextButton"), Qt::LeftButton);
    QCOMPARE(replyText(), QStringLiteral("[Принтер не печатает](kb:%1)\n\n## Что сделать\n\n"
                                         "Перезапустите принтер и переустановите драйвер после "
                                         "обновления.")
                              .arg(m_printerRu));
    // Each use counts; the ticket is linked once.
    QCOMPARE(insertCount(m_printerRu), 2);
    QCOMPARE(linked(m_printerTicket), QList<qint64>{m_printerRu});
}

void TestTicketArticles::doubleClickInsertsLink()
{
    QVERIFY(showAndWait(m_printerTicket));
    auto* list = child<QTreeWidget>(m_pane.get(), "suggestedArticles");
    QTreeWidgetItem* item = list->topLevelItem(0);
    QVERIFY(item);
    const QPoint at = list->visualItemRect(item).center();
    QCOMPARE(list->itemAt(at), item);
    // QTest::mouseDClick sends only the double-click event; the view acts
    // on it only after a press on the same row, as a real double-click has.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(replyText(), QStringLiteral("[Принтер не печатает](kb:%1)").arg(m_printerRu));
    QCOMPARE(insertCount(m_printerRu), 1);

    // Enter on the list does the same.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(insertCount(m_printerRu), 2);
}

void TestTicketArticles::searchFieldFindsOtherArticles()
{
    QVERIFY(showAndWait(m_printerTicket));
    QVERIFY(!view()->articleIds().contains(m_password));
    auto* search = child<QLineEdit>(m_pane.get(), "articleSearch");
    QVERIFY(search);
    QSignalSpy shown(view(), &SuggestedArticlesView::articlesShown);
    QTest::keyClicks(search, QStringLiteral("passw"));
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(view()->articleIds(), QList<qint64>{m_password});
    auto* toggle = child<QToolButton>(m_pane.get(), "suggestedArticlesToggle");
    QVERIFY2(toggle->text().contains(QLatin1String("1")), qPrintable(toggle->text()));
    QTest::mouseClick(child<QPushButton>(m_pane.get(), "insertLinkButton"), Qt::LeftButton);
    QCOMPARE(replyText(), QStringLiteral("[Reset your password](kb:%1)").arg(m_password));
    QCOMPARE(insertCount(m_password), 1);
    QCOMPARE(linked(m_printerTicket), QList<qint64>{m_password});

    // Drafts are not for customers.
    shown.clear();
    search->setText(QStringLiteral("полосами"));
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY(view()->articleIds().isEmpty());
    auto* status = child<QLabel>(m_pane.get(), "suggestedArticlesStatus");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("полосами")), qPrintable(status->text()));

    // Clearing the search brings the ticket's suggestions back.
    search->clear();
    QCOMPARE(view()->articleIds().value(0), m_printerRu);

    // Another ticket starts without the search.
    search->setText(QStringLiteral("password"));
    const TicketId other =
        addTicket(QStringLiteral("Забыл пароль"), QString(), QStringLiteral("ru"));
    QVERIFY(showAndWait(other));
    QVERIFY(search->text().isEmpty());
}

void TestTicketArticles::unrelatedTicketSaysSoAndBoxCollapses()
{
    const TicketId lunch =
        addTicket(QStringLiteral("Lunch menu for Friday"),
                  QStringLiteral("Is there a vegetarian option?"), QStringLiteral("en"));
    QVERIFY(showAndWait(lunch));
    QVERIFY(view()->articleIds().isEmpty());
    auto* list = child<QTreeWidget>(m_pane.get(), "suggestedArticles");
    auto* status = child<QLabel>(m_pane.get(), "suggestedArticlesStatus");
    QVERIFY(!list->isVisible());
    QVERIFY(status->isVisible());
    QVERIFY(!status->text().isEmpty());
    QVERIFY(!child<QPushButton>(m_pane.get(), "insertLinkButton")->isEnabled());

    auto* toggle = child<QToolButton>(m_pane.get(), "suggestedArticlesToggle");
    auto* search = child<QLineEdit>(m_pane.get(), "articleSearch");
    QVERIFY(search->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!view()->isExpanded());
    QVERIFY(!search->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(search->isVisible());
}

void TestTicketArticles::readOnlyPaneInsertsNothing()
{
    m_pane->setCurrentAgent(Agent{});
    QVERIFY(showAndWait(m_printerTicket));
    // Still useful to read: the suggestions are there.
    QCOMPARE(view()->articleIds().value(0), m_printerRu);
    auto* insertLink = child<QPushButton>(m_pane.get(), "insertLinkButton");
    QVERIFY(!insertLink->isEnabled());
    QVERIFY(!child<QPushButton>(m_pane.get(), "insertTextButton")->isEnabled());
    auto* list = child<QTreeWidget>(m_pane.get(), "suggestedArticles");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(replyText().isEmpty());
    QCOMPARE(insertCount(m_printerRu), 0);
}

void TestTicketArticles::articleFromTicketDraft()
{
    ReplyRequest reply;
    reply.agent = m_anna.login;
    reply.body = QStringLiteral("Удалите драйвер и установите его заново.");
    QVERIFY(m_service->reply(m_printerTicket, reply));
    ReplyRequest note = reply;
    note.internal = true;
    note.body = QStringLiteral("внутренняя заметка");
    QVERIFY(m_service->reply(m_printerTicket, note));
    QVERIFY(showAndWait(m_printerTicket));

    QSignalSpy requested(m_pane.get(), &TicketPane::articleFromTicketRequested);
    auto* create = child<QToolButton>(m_pane.get(), "articleFromTicketButton");
    QVERIFY(create);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto draft = requested.first().at(0).value<Article>();
    QCOMPARE(requested.first().at(1).value<TicketId>(), m_printerTicket);
    QCOMPARE(draft.id, 0);
    QCOMPARE(draft.title, QStringLiteral("Принтер не печатает после обновления"));
    QCOMPARE(draft.lang, QStringLiteral("ru"));
    QCOMPARE(draft.status, QStringLiteral("draft"));
    QCOMPARE(draft.body, QStringLiteral("## Question\n\nДобрый день! После обновления принтер HP "
                                        "перестал печатать.\n\n## Answer\n\nУдалите драйвер и "
                                        "установите его заново."));
}

void TestTicketArticles::mainWindowLinksSavedArticleToTicket()
{
    m_pane.reset();
    MainWindow window(m_temp->database());
    window.setCurrentAgent(m_anna, {});
    window.show();
    TicketPane* pane = window.ticketPane();
    QVERIFY(pane->showTicket(m_printerTicket));
    auto* create = child<QToolButton>(pane, "articleFromTicketButton");
    QVERIFY(create);
    QTest::mouseClick(create, Qt::LeftButton);

    const auto editors = window.knowledgeView()->findChildren<ArticleEditor*>();
    QCOMPARE(editors.size(), 1);
    ArticleEditor* editor = editors.first();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->articleId(), 0);
    QVERIFY(linked(m_printerTicket).isEmpty()); // nothing until it is saved
    QVERIFY(editor->save());
    const qint64 id = editor->articleId();
    QVERIFY(id > 0);
    auto article = ArticleRepository(m_temp->database()).get(id);
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("Принтер не печатает после обновления"));
    QCOMPARE(article->status, QStringLiteral("draft"));
    QCOMPARE(article->lang, QStringLiteral("ru"));
    QVERIFY(article->body.startsWith(QStringLiteral("## Question\n\nДобрый день!")));
    QCOMPARE(linked(m_printerTicket), QList<qint64>{id});
    QCOMPARE(insertCount(id), 1);
    // Saving again is editing, not another use.
    QVERIFY(editor->save());
    QCOMPARE(insertCount(id), 1);
    editor->close();
}

void TestTicketArticles::linkClassification()
{
    QCOMPARE(ArticleLinkFollower::classify(QUrl(QStringLiteral("kb:42"))), 42);
    QCOMPARE(ArticleLinkFollower::classify(QUrl(QStringLiteral("https://example.org/a"))), 0);
    QCOMPARE(ArticleLinkFollower::classify(QUrl(QStringLiteral("mailto:olga@example.ru"))), 0);
    // Nothing a customer could craft runs or reads files.
    QCOMPARE(ArticleLinkFollower::classify(QUrl(QStringLiteral("javascript:alert(1)"))), -1);
    QCOMPARE(ArticleLinkFollower::classify(QUrl(QStringLiteral("file:///etc/passwd"))), -1);
    QCOMPARE(ArticleLinkFollower::classify(QUrl(QStringLiteral("kb:abc"))), -1);
    QCOMPARE(ArticleLinkFollower::classify(QUrl(QStringLiteral("kb:-3"))), -1);
    QVERIFY(ArticleLinkFollower::describe(QUrl(QStringLiteral("kb:42"))).contains(u"42"));
}

void TestTicketArticles::suggestionsFollowKnowledgeBaseChanges()
{
    QVERIFY(showAndWait(m_printerTicket));
    QCOMPARE(view()->currentArticleId(), m_printerRu);
    // A trainer publishes a better answer while the ticket is open.
    const qint64 better =
        addArticle(QStringLiteral("Принтер HP не печатает после обновления"),
                   QStringLiteral("Переустановите драйвер принтера HP."), QStringLiteral("ru"));
    QVERIFY(better > 0);
    QVERIFY(!view()->articleIds().contains(better));
    QSignalSpy shown(view(), &SuggestedArticlesView::articlesShown);
    m_pane->refreshSuggestions();
    QVERIFY(shown.wait(kWaitMs));
    QCOMPARE(view()->articleIds().value(0), better);
    // The operator's selection survives the refresh.
    QCOMPARE(view()->currentArticleId(), m_printerRu);
}

void TestTicketArticles::conversationLinkOpensArticle()
{
    ReplyRequest reply;
    reply.agent = m_anna.login;
    reply.body = QStringLiteral("Здравствуйте! Вот инструкция: ") +
                 ArticleSuggester::markdownLink(m_printerRu, QStringLiteral("Принтер не печатает"));
    QVERIFY(m_service->reply(m_printerTicket, reply));

    m_pane.reset();
    MainWindow window(m_temp->database());
    window.setCurrentAgent(m_anna, {});
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TicketPane* pane = window.ticketPane();
    QVERIFY(pane->showTicket(m_printerTicket));
    auto* conversation = child<QTextBrowser>(pane, "conversation");
    QVERIFY(conversation);
    // The link is shown as its title, not as Markdown source.
    QVERIFY(!conversation->toPlainText().contains(QStringLiteral("kb:")));
    const QTextCursor found = conversation->document()->find(QStringLiteral("Принтер не печатает"));
    QVERIFY(!found.isNull());
    QVERIFY(found.charFormat().isAnchor());
    QCOMPARE(found.charFormat().anchorHref(), QStringLiteral("kb:%1").arg(m_printerRu));

    QTextCursor inside = found;
    inside.setPosition(found.selectionStart() + 2);
    conversation->ensureCursorVisible();
    conversation->setTextCursor(inside);
    conversation->ensureCursorVisible();
    const QPoint at = conversation->cursorRect(inside).center();
    QSignalSpy requested(pane, &TicketPane::articleOpenRequested);
    QTest::mouseClick(conversation->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), m_printerRu);
    // The main window answers by showing the article in the knowledge base.
    QVERIFY(window.knowledgeView()->isVisible());
    QCOMPARE(window.knowledgeView()->shownArticleId(), m_printerRu);
    // The conversation keeps its text: the click did not navigate it away.
    QVERIFY(conversation->toPlainText().contains(QStringLiteral("Вот инструкция")));

    // A kb: link inside an article opens that article in the same pane.
    auto* body = child<QTextBrowser>(window.knowledgeView(), "articleBody");
    QVERIFY(body);
    QSignalSpy linked(window.knowledgeView()->findChild<KbArticlePane*>(),
                      &KbArticlePane::articleRequested);
    emit body->anchorClicked(QUrl(QStringLiteral("kb:%1").arg(m_password)));
    QCOMPARE(linked.count(), 1);
    QCOMPARE(window.knowledgeView()->shownArticleId(), m_password);
}

QTEST_MAIN(TestTicketArticles)
#include "tst_ticketarticles.moc"
