// SPDX-License-Identifier: MIT
#include "knowledgeview.h"

#include "articleeditor.h"
#include "common/messagebox.h"
#include "common/uilogging.h"
#include "kbarticlepane.h"
#include "kbimportdialog.h"
#include "kblabels.h"
#include "kbnavigationtree.h"
#include "kbqueryworker.h"
#include "kbresultdelegate.h"
#include "kbresultlist.h"
#include "kbresultmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <limits>

namespace Switchboard {
namespace {

using Entry = KbNavigationTree::Entry;

// Enough to fill the list twice over; past that, refining the words serves
// better than scrolling.
constexpr int kSearchLimit = 50;
constexpr int kListLimit = 200;
// Long enough to join a burst of keystrokes into one search, short enough
// that the list follows the typing.
constexpr int kSearchDelayMs = 150;
const QString kSplitterKey = QStringLiteral("knowledge/splitter");

// The language a new article about `text` is probably written in.
QString guessLanguage(const QString& text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return QStringLiteral("zh");
        if (c.script() == QChar::Script_Cyrillic)
            return QStringLiteral("ru");
    }
    return QStringLiteral("en");
}

QString shortcutText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

KnowledgeView::KnowledgeView(DatabasePtr database, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_repository(database, clock)
    , m_usage(database, clock)
    , m_worker(std::make_unique<KbQueryWorker>(database))
{
    setObjectName(QStringLiteral("knowledgeView"));
    setAccessibleName(tr("Knowledge base"));

    qRegisterMetaType<KbListQuery>();
    qRegisterMetaType<KbListAnswer>();
    qRegisterMetaType<KbCategoryAnswer>();
    m_thread.setObjectName(QStringLiteral("kb-query"));
    m_worker->moveToThread(&m_thread);
    // finished is emitted on the worker thread itself: the only place its
    // database connection may be closed.
    connect(&m_thread, &QThread::finished, m_worker.get(), &KbQueryWorker::releaseConnection,
            Qt::DirectConnection);
    connect(m_worker.get(), &KbQueryWorker::listLoaded, this, &KnowledgeView::applyAnswer,
            Qt::QueuedConnection);
    connect(m_worker.get(), &KbQueryWorker::categoriesLoaded, this, &KnowledgeView::applyCategories,
            Qt::QueuedConnection);
    m_thread.start();

    m_tree = new KbNavigationTree(this);
    m_tree->setObjectName(QStringLiteral("kbNavigation"));
    m_tree->setMinimumWidth(150);

    m_pane = new KbArticlePane(this);
    m_pane->setObjectName(QStringLiteral("kbArticlePane"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("knowledgeSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // The tree sits a little in from the window's edge, like the main
    // navigation; the lists and the article use the full height.
    auto* treeBox = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(6, 6, 0, 0);
    treeLayout->addWidget(m_tree);
    treeBox->setFocusProxy(m_tree);
    m_splitter->addWidget(treeBox);
    m_splitter->addWidget(createCentre());
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 440, 560});
    // Where the user put the dividers is kept, like the queue's.
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &KnowledgeView::refreshList);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter takes the best match of the text as it is now, which may
        // still be on its way.
        m_selectFirst = true;
        if (m_searchDelay.isActive())
            refreshList();
        if (!m_loading)
            selectFirstResult();
    });
    m_search->installEventFilter(this);
    connect(m_language, &QComboBox::currentIndexChanged, this, &KnowledgeView::refreshList);
    connect(m_status, &QComboBox::currentIndexChanged, this, &KnowledgeView::refreshList);
    connect(m_tree, &KbNavigationTree::entryChosen, this, [this] {
        if (m_choosingEntry)
            return;
        // A list is a report, not a filter of the search: choosing one
        // shows it whole.
        const Entry entry = m_tree->currentEntry();
        if (entry != Entry::AllArticles && entry != Entry::Category &&
            !m_search->text().isEmpty()) {
            const QSignalBlocker block(m_search);
            m_search->clear();
        }
        m_searchDelay.stop();
        refreshList();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current); });
    connect(m_pane, &KbArticlePane::voteRequested, this, &KnowledgeView::vote);
    connect(m_pane, &KbArticlePane::editRequested, this, [this] {
        if (m_pane->articleId() > 0)
            editArticle(m_pane->articleId());
    });
    connect(m_pane, &KbArticlePane::ticketRequested, this, &KnowledgeView::ticketOpenRequested);
    connect(m_pane, &KbArticlePane::articleRequested, this, &KnowledgeView::openLinkedArticle);
    connect(m_pane, &KbArticlePane::writeArticleRequested, this,
            [this](const QString& title) { newArticle(title); });
    connect(m_newArticle, &QPushButton::clicked, this, [this] { newArticle(); });

    createShortcuts();
    setTabOrder(m_tree, m_search);
    setTabOrder(m_search, m_language);
    setTabOrder(m_language, m_status);
    setTabOrder(m_status, m_newArticle);
    setTabOrder(m_newArticle, m_results);
    setTabOrder(m_results, m_pane->bodyWidget());

    updateFilters();
    loadCategories();
    refreshList();
}

KnowledgeView::~KnowledgeView()
{
    m_worker->supersede(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

QWidget* KnowledgeView::createCentre()
{
    auto* centre = new QWidget(this);
    m_search = new QLineEdit(centre);
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setPlaceholderText(
        tr("Search articles (%1)").arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_F))));
    m_search->setToolTip(tr("Words in any form and language: принтера finds принтер, 密码 finds "
                            "重置密码. Enter opens the best match, Down moves to the results."));
    m_search->setClearButtonEnabled(true);

    m_language = new QComboBox(centre);
    m_language->setObjectName(QStringLiteral("kbLanguage"));
    m_language->setAccessibleName(tr("Article language"));
    m_language->addItem(tr("Any language"), QString());
    for (const QString& lang : KbLabels::languages())
        m_language->addItem(KbLabels::languageName(lang), lang);

    m_status = new QComboBox(centre);
    m_status->setObjectName(QStringLiteral("kbStatus"));
    m_status->setAccessibleName(tr("Article status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& status : KbLabels::statuses())
        m_status->addItem(KbLabels::statusName(status), status);

    m_newArticle = new QPushButton(tr("New article"), centre);
    m_newArticle->setObjectName(QStringLiteral("newArticleButton"));
    m_newArticle->setToolTip(
        tr("Write a new article (%1)").arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_N))));

    m_notice = new QLabel(centre);
    m_notice->setObjectName(QStringLiteral("searchNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    QFont noticeFont = m_notice->font();
    noticeFont.setItalic(true);
    m_notice->setFont(noticeFont);
    m_notice->hide();

    m_summary = new QLabel(centre);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_model = new KbResultModel(m_clock, this);
    m_results = new KbResultList(centre);
    m_results->setObjectName(QStringLiteral("kbResults"));
    m_results->setAccessibleName(tr("Articles"));
    m_results->setItemDelegate(new KbResultDelegate(m_results));
    m_results->setModel(m_model);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_language);
    filters->addWidget(m_status);
    filters->addStretch(1);
    filters->addWidget(m_newArticle);

    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    return centre;
}

void KnowledgeView::createShortcuts()
{
    // Scoped to the view, so the main window's shortcuts elsewhere are free.
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { focusSearch(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newArticle(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (m_pane->articleId() > 0)
            editArticle(m_pane->articleId());
    });
}

void KnowledgeView::setCurrentAgent(AgentId agent)
{
    m_agent = agent;
    m_pane->setCanVote(agent > 0);
    for (const QPointer<ArticleEditor>& editor : std::as_const(m_editors)) {
        if (editor)
            editor->setCurrentAgent(agent);
    }
    // The buttons show this agent's own vote.
    if (m_pane->articleId() > 0)
        showArticle(m_pane->articleId());
}

void KnowledgeView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KnowledgeView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Entering the knowledge area means looking something up.
    if (!isAncestorOf(QApplication::focusWidget()))
        focusSearch();
}

bool KnowledgeView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            m_results->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KnowledgeView::updateFilters()
{
    const Entry entry = m_tree->currentEntry();
    const bool articles = entry == Entry::AllArticles || entry == Entry::Category;
    m_language->setEnabled(articles);
    m_status->setEnabled(articles);
    const QString why = articles ? QString() : tr("Lists show every language and status");
    m_language->setToolTip(why);
    m_status->setToolTip(why);
}

void KnowledgeView::refreshList()
{
    m_searchDelay.stop();
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty() && m_tree->currentEntry() != Entry::AllArticles &&
        m_tree->currentEntry() != Entry::Category) {
        // Typing while a list is shown searches all articles.
        m_choosingEntry = true;
        m_tree->choose(Entry::AllArticles);
        m_choosingEntry = false;
    }
    updateFilters();

    KbListQuery query;
    query.generation = ++m_generation;
    query.lang = m_language->currentData().toString();
    query.status = m_status->currentData().toString();
    query.categoryId = m_tree->currentCategoryId();
    query.limit = kListLimit;
    query.today = m_clock.now().toLocalTime().date();
    if (!text.isEmpty()) {
        query.kind = KbListKind::Search;
        query.text = text;
        query.limit = kSearchLimit;
    } else {
        switch (m_tree->currentEntry()) {
        case Entry::MostUsed:
            query.kind = KbListKind::MostUsed;
            break;
        case Entry::LeastHelpful:
            query.kind = KbListKind::LeastHelpful;
            break;
        case Entry::DueForReview:
            query.kind = KbListKind::DueForReview;
            break;
        case Entry::CoverageGaps:
            query.kind = KbListKind::CoverageGaps;
            break;
        default:
            query.kind = KbListKind::Browse;
            break;
        }
    }
    m_loading = true;
    m_worker->supersede(query.generation);
    KbQueryWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, query] { worker->run(query); }, Qt::QueuedConnection);
}

void KnowledgeView::loadCategories()
{
    KbQueryWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->loadCategories(); }, Qt::QueuedConnection);
}

void KnowledgeView::reload()
{
    loadCategories();
    refreshList();
}

void KnowledgeView::applyCategories(const KbCategoryAnswer& answer)
{
    if (answer.error) {
        qCWarning(lcUiKb) << "categories:" << answer.error->toString();
        return;
    }
    m_articleCount = answer.articleCount;
    m_choosingEntry = true;
    m_tree->setCategories(answer.categories, answer.articleCount);
    m_choosingEntry = false;
    m_model->setCategoryPaths(m_tree->categoryPaths());
    if (!m_loading && m_model->rowCount() == 0)
        m_results->setEmptyText(emptyText(m_lastAnswer));
}

void KnowledgeView::applyAnswer(const KbListAnswer& answer)
{
    if (answer.generation != m_generation)
        return;
    m_loading = false;
    const qint64 shown = m_pane->articleId();
    if (answer.error) {
        qCWarning(lcUiKb) << "knowledge list failed:" << answer.error->toString();
        m_model->clear();
    } else {
        m_model->setAnswer(answer);
    }
    m_lastAnswer = answer;
    m_lastAnswer.articles.clear();
    m_lastAnswer.snippets.clear();
    m_notice->setText(answer.notice);
    m_notice->setVisible(!answer.notice.isEmpty());
    m_summary->setText(summaryText(answer));
    m_results->setEmptyText(emptyText(answer));
    // The article being read stays marked when the new list has it.
    const int row = shown > 0 ? m_model->rowOfArticle(shown) : -1;
    if (row >= 0) {
        const QSignalBlocker block(m_results->selectionModel());
        m_results->setCurrentIndex(m_model->index(row));
    }
    if (m_selectFirst)
        selectFirstResult();
    emit resultsShown();
}

void KnowledgeView::selectFirstResult()
{
    m_selectFirst = false;
    if (m_model->rowCount() == 0)
        return;
    m_results->setCurrentIndex(m_model->index(0));
    m_results->setFocus(Qt::OtherFocusReason);
}

QString KnowledgeView::summaryText(const KbListAnswer& answer) const
{
    if (answer.error)
        return {};
    const int count = int(answer.articles.size());
    switch (answer.kind) {
    case KbListKind::Search:
        return count >= kSearchLimit
                   ? tr("The best %Ln matches; more words narrow them down", nullptr, count)
                   : tr("%Ln article(s) found", nullptr, count);
    case KbListKind::Browse:
        if (count >= kListLimit)
            return tr("The %Ln most recently changed; search to find any other", nullptr, count);
        return tr("%Ln article(s)", nullptr, count);
    case KbListKind::MostUsed:
        return tr("Most often inserted into replies");
    case KbListKind::LeastHelpful:
        return tr("The highest share of \"not helpful\" votes, with at least 3 votes");
    case KbListKind::DueForReview:
        return tr("Published articles whose review date has come");
    case KbListKind::CoverageGaps:
        return tr("Subjects and types of the newest %Ln resolved ticket(s) that no article was "
                  "used for",
                  nullptr, answer.coverage.ticketsRead);
    }
    return {};
}

QString KnowledgeView::emptyText(const KbListAnswer& answer) const
{
    if (answer.error)
        return tr("The list could not be read: %1. The log file has the details.")
            .arg(answer.error->message);
    const bool filtered = !m_language->currentData().toString().isEmpty() ||
                          !m_status->currentData().toString().isEmpty();
    const QString newKeys = shortcutText(QKeySequence(Qt::CTRL | Qt::Key_N));
    switch (answer.kind) {
    case KbListKind::Search:
        if (filtered)
            return tr("No articles match \"%1\" in this language and status. Choose \"Any "
                      "language\" and \"Any status\" to search them all.")
                .arg(answer.text);
        return tr("No articles match \"%1\". Try fewer or other words, or write the article "
                  "with New article (%2).")
            .arg(answer.text, newKeys);
    case KbListKind::Browse:
        if (m_articleCount == 0)
            return tr("The knowledge base is empty. Write the first article with New article "
                      "(%1), or import a folder of Markdown files with File \u2192 Import "
                      "Articles.")
                .arg(newKeys);
        if (filtered)
            return tr("No articles here match the language and status chosen above. Choose "
                      "\"Any\" to see them all.");
        return tr("No articles in this category yet. Write one with New article (%1).")
            .arg(newKeys);
    case KbListKind::MostUsed:
        return tr("No article has been inserted into a reply yet. Articles appear here as "
                  "agents use them in tickets.");
    case KbListKind::LeastHelpful:
        return tr("No article has enough votes yet. An article appears here once at least 3 "
                  "agents voted and some found it not helpful.");
    case KbListKind::DueForReview:
        return tr("Nothing is due for review. Plan a review with \"Review by\" in the article "
                  "editor.");
    case KbListKind::CoverageGaps:
        if (answer.coverage.ticketsRead == 0)
            return tr("No resolved tickets yet. Gaps appear here once tickets are resolved "
                      "without an article.");
        return tr("No gaps: every subject that came up at least 3 times had an article.");
    }
    return {};
}

void KnowledgeView::showRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const KbResultRow& row = m_model->rowAt(index.row());
    if (row.article.id > 0) {
        showArticle(row.article.id);
        return;
    }
    const QLocale locale;
    const QString title = index.data(Qt::DisplayRole).toString();
    QString text;
    if (row.typeGap) {
        text = tr("%1 of the newest %Ln resolved or closed ticket(s) of this type had no article "
                  "linked.",
                  nullptr, row.gap.resolvedCount)
                   .arg(locale.toString(row.gap.ticketCount));
    } else {
        text = tr("%Ln resolved or closed ticket(s) with this subject had no article linked.",
                  nullptr, row.gap.ticketCount);
    }
    text += QStringLiteral("\n\n") +
            tr("An article for it lets agents answer the next one in seconds, and brings the "
               "subject into the ticket's suggestions.");
    m_pane->showGap(title, text, row.typeGap ? QString() : row.gap.subject,
                    row.gap.exampleTicketId);
}

bool KnowledgeView::showArticle(qint64 articleId)
{
    auto article = m_repository.get(articleId);
    if (!article) {
        qCWarning(lcUiKb) << "cannot show article" << articleId << article.error().toString();
        m_pane->clear(tr("This article cannot be shown: %1").arg(article.error().message));
        return false;
    }
    auto usage = m_usage.usage(articleId);
    std::optional<bool> myVote;
    if (m_agent > 0) {
        auto vote = m_usage.voteOf(articleId, m_agent);
        if (vote)
            myVote = vote.value();
    }
    QString path;
    if (article->categoryId > 0) {
        auto categoryPath = m_repository.categoryPath(article->categoryId);
        if (categoryPath)
            path = categoryPath.value();
    }
    m_pane->showArticle(article.value(), path, usage ? usage.value() : KbArticleUsage{articleId},
                        myVote);
    emit articleShown(articleId);
    return true;
}

qint64 KnowledgeView::shownArticleId() const
{
    return m_pane->articleId();
}

void KnowledgeView::vote(bool helpful)
{
    const qint64 id = m_pane->articleId();
    if (id == 0 || m_agent == 0)
        return;
    auto usage = m_usage.vote(id, m_agent, helpful);
    if (!usage) {
        qCWarning(lcUiKb) << "vote on article" << id << usage.error().toString();
        MessageBox::critical(this, tr("Vote not saved"),
                             tr("Your vote was not saved: %1.").arg(usage.error().message),
                             tr("Try again in a moment; if it keeps failing, the log file has "
                                "the details."));
        return;
    }
    m_pane->setUsage(usage.value(), helpful);
    if (m_tree->currentEntry() == Entry::LeastHelpful)
        refreshList();
}

ArticleEditor* KnowledgeView::editArticle(qint64 articleId)
{
    for (const QPointer<ArticleEditor>& editor : std::as_const(m_editors)) {
        if (editor && editor->articleId() == articleId) {
            editor->show();
            editor->raise();
            editor->activateWindow();
            return editor;
        }
    }
    return openEditor(new ArticleEditor(m_database, m_clock, articleId, this));
}

ArticleEditor* KnowledgeView::newArticle(const QString& title)
{
    auto* editor = new ArticleEditor(m_database, m_clock, 0, this);
    Article draft;
    draft.title = title;
    draft.status = QStringLiteral("draft");
    draft.categoryId = m_tree->currentCategoryId();
    const QString filter = m_language->currentData().toString();
    draft.lang = !title.isEmpty()   ? guessLanguage(title)
                 : filter.isEmpty() ? QStringLiteral("en")
                                    : filter;
    editor->setDraft(draft);
    return openEditor(editor);
}

ArticleEditor* KnowledgeView::openEditor(ArticleEditor* editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setCurrentAgent(m_agent);
    connect(editor, &ArticleEditor::articleSaved, this, &KnowledgeView::articleSaved);
    connect(editor, &ArticleEditor::articleRequested, this, &KnowledgeView::openLinkedArticle);
    connect(editor, &ArticleEditor::translationCreated, this, [this](qint64 id, qint64 source) {
        articleSaved(id);
        ArticleEditor* translation = editArticle(id);
        translation->showBeside(source);
    });
    m_editors.removeAll(nullptr);
    m_editors.append(editor);
    editor->show();
    return editor;
}

void KnowledgeView::articleSaved(qint64 articleId)
{
    // Counts, titles and order may all have changed.
    reload();
    emit articlesChanged();
    if (m_pane->articleId() == articleId)
        showArticle(articleId);
}

void KnowledgeView::openLinkedArticle(qint64 articleId)
{
    if (!showArticle(articleId))
        return;
    // From an editor window: the article is shown in the main window.
    window()->raise();
    window()->activateWindow();
}

KbImportDialog* KnowledgeView::importArticles()
{
    auto* dialog = new KbImportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &KbImportDialog::imported, this, [this] {
        reload();
        emit articlesChanged();
    });
    dialog->show();
    return dialog;
}

} // namespace Switchboard
