// SPDX-License-Identifier: MIT
#include "suggestedarticlesview.h"

#include "common/uilogging.h"
#include "kb/articlesuggester.h"
#include "kb/kblabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Switchboard {
namespace {

// A search can show more than the three suggestions; the box stays compact
// and scrolls beyond this.
constexpr int kSearchLimit = 8;
constexpr int kVisibleRows = 5;
// Long enough to join a burst of keystrokes into one search.
constexpr int kSearchDelayMs = 200;

enum Column
{
    LanguageColumn,
    TitleColumn,
};

constexpr int kIdRole = Qt::UserRole;

} // namespace

SuggestedArticlesView::SuggestedArticlesView(DatabasePtr database, QWidget* parent)
    : QWidget(parent)
    , m_worker(std::make_unique<ArticleSuggestionWorker>(std::move(database)))
{
    setObjectName(QStringLiteral("suggestedArticlesView"));
    setAccessibleName(tr("Suggested articles"));

    qRegisterMetaType<ArticleSuggestionRequest>();
    qRegisterMetaType<ArticleSuggestionAnswer>();
    m_thread.setObjectName(QStringLiteral("kb-suggest"));
    m_worker->moveToThread(&m_thread);
    // finished is emitted on the worker thread itself: the only place its
    // database connection may be closed.
    connect(&m_thread, &QThread::finished, m_worker.get(),
            &ArticleSuggestionWorker::releaseConnection, Qt::DirectConnection);
    connect(m_worker.get(), &ArticleSuggestionWorker::answered, this,
            &SuggestedArticlesView::applyAnswer, Qt::QueuedConnection);
    m_thread.start();

    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("suggestedArticlesToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    QFont headerFont = m_toggle->font();
    headerFont.setBold(true);
    m_toggle->setFont(headerFont);
    connect(m_toggle, &QToolButton::toggled, this, &SuggestedArticlesView::setExpanded);

    m_createArticle = new QToolButton(this);
    m_createArticle->setObjectName(QStringLiteral("articleFromTicketButton"));
    m_createArticle->setText(tr("New article from ticket\u2026"));
    m_createArticle->setToolTip(
        tr("Write a knowledge-base article from this ticket's question and your answer"));
    m_createArticle->setAutoRaise(true);
    connect(m_createArticle, &QToolButton::clicked, this,
            &SuggestedArticlesView::createArticleRequested);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggle);
    header->addStretch(1);
    header->addWidget(m_createArticle);

    m_body = new QWidget(this);
    m_search = new QLineEdit(m_body);
    m_search->setObjectName(QStringLiteral("articleSearch"));
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_search->setPlaceholderText(tr("Search the knowledge base"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, this, &SuggestedArticlesView::searchTextChanged);
    connect(&m_searchDelay, &QTimer::timeout, this, &SuggestedArticlesView::request);

    m_list = new QTreeWidget(m_body);
    m_list->setObjectName(QStringLiteral("suggestedArticles"));
    m_list->setAccessibleName(tr("Suggested articles"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(LanguageColumn, QHeaderView::ResizeToContents);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Enter and double-click insert the link: the lighter, more common use.
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this] { insertCurrent(KbInsertKind::Link); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SuggestedArticlesView::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            &SuggestedArticlesView::showContextMenu);

    m_status = new QLabel(m_body);
    m_status->setObjectName(QStringLiteral("suggestedArticlesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_insertLink = new QPushButton(tr("Insert &link"), m_body);
    m_insertLink->setObjectName(QStringLiteral("insertLinkButton"));
    m_insertLink->setToolTip(tr("Put a link to the article at the cursor of the reply (Enter, "
                                "double-click)"));
    connect(m_insertLink, &QPushButton::clicked, this,
            [this] { insertCurrent(KbInsertKind::Link); });
    m_insertText = new QPushButton(tr("Insert te&xt"), m_body);
    m_insertText->setObjectName(QStringLiteral("insertTextButton"));
    m_insertText->setToolTip(tr("Put the article's text at the cursor of the reply"));
    connect(m_insertText, &QPushButton::clicked, this,
            [this] { insertCurrent(KbInsertKind::Text); });

    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addStretch(1);
    actions->addWidget(m_insertLink);
    actions->addWidget(m_insertText);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(2);
    bodyLayout->addWidget(m_search);
    bodyLayout->addWidget(m_list);
    bodyLayout->addWidget(m_status);
    bodyLayout->addLayout(actions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_body);

    setTabOrder(m_toggle, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_insertLink);
    setTabOrder(m_insertLink, m_insertText);
    setTabOrder(m_insertText, m_createArticle);
    clear();
}

SuggestedArticlesView::~SuggestedArticlesView()
{
    m_worker->supersede(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

void SuggestedArticlesView::showTicket(const TicketDetail& detail)
{
    m_ticketId = detail.ticket.id;
    m_subject = detail.ticket.subject;
    m_firstMessage = ArticleSuggester::firstCustomerMessage(detail);
    m_lang = detail.ticket.language;
    m_suggestions.clear();
    m_haveSuggestions = false;
    m_searchDelay.stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_createArticle->setEnabled(true);
    m_loading = true;
    showHits({}, tr("Looking for articles\u2026"));
    request();
}

void SuggestedArticlesView::clear()
{
    m_worker->supersede(++m_generation);
    m_loading = false;
    m_ticketId = 0;
    m_subject.clear();
    m_firstMessage.clear();
    m_lang.clear();
    m_suggestions.clear();
    m_haveSuggestions = false;
    m_searchDelay.stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_createArticle->setEnabled(false);
    showHits({}, QString());
}

void SuggestedArticlesView::refresh()
{
    if (m_ticketId == 0)
        return;
    m_haveSuggestions = false; // what is kept for a cleared search may be stale
    m_searchDelay.stop();
    request();
}

void SuggestedArticlesView::setInsertEnabled(bool enabled)
{
    m_insertEnabled = enabled;
    updateButtons();
}

bool SuggestedArticlesView::isExpanded() const
{
    return !m_body->isHidden();
}

void SuggestedArticlesView::setExpanded(bool expanded)
{
    m_body->setVisible(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
}

QList<qint64> SuggestedArticlesView::articleIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids.append(m_list->topLevelItem(row)->data(TitleColumn, kIdRole).toLongLong());
    return ids;
}

qint64 SuggestedArticlesView::currentArticleId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(TitleColumn, kIdRole).toLongLong() : 0;
}

bool SuggestedArticlesView::selectArticle(qint64 articleId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(TitleColumn, kIdRole).toLongLong() == articleId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void SuggestedArticlesView::searchTextChanged()
{
    if (m_ticketId == 0)
        return;
    if (!m_search->text().trimmed().isEmpty()) {
        m_searchDelay.start();
        return;
    }
    // Back to the ticket's own suggestions, at once if they are known.
    m_searchDelay.stop();
    if (m_haveSuggestions) {
        m_worker->supersede(++m_generation);
        m_loading = false;
        showHits(m_suggestions, tr("No article matches this ticket; search for one above."));
        emit articlesShown();
    } else {
        request();
    }
}

void SuggestedArticlesView::request()
{
    if (m_ticketId == 0)
        return;
    ArticleSuggestionRequest request;
    request.generation = ++m_generation;
    request.ticketId = m_ticketId;
    request.subject = m_subject;
    request.firstMessage = m_firstMessage;
    request.lang = m_lang;
    request.searchText = m_search->text().trimmed();
    request.limit = request.searchText.isEmpty() ? ArticleSuggester::kDefaultLimit : kSearchLimit;
    m_loading = true;
    m_worker->supersede(request.generation);
    ArticleSuggestionWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void SuggestedArticlesView::applyAnswer(const ArticleSuggestionAnswer& answer)
{
    if (answer.generation != m_generation || answer.ticketId != m_ticketId)
        return;
    m_loading = false;
    if (answer.error) {
        // Logged here, where it is handled; the box says it in one line.
        qCWarning(lcUiKb) << "article suggestions failed:" << answer.error->toString();
        showHits({}, tr("The knowledge base could not be searched: %1").arg(answer.error->message));
    } else if (answer.searchText.isEmpty()) {
        m_suggestions = answer.hits;
        m_haveSuggestions = true;
        showHits(m_suggestions, tr("No article matches this ticket; search for one above."));
    } else {
        showHits(answer.hits,
                 tr("No published article matches \u201c%1\u201d.").arg(answer.searchText));
    }
    emit articlesShown();
}

void SuggestedArticlesView::showHits(const QList<KbSearchHit>& hits, const QString& emptyText)
{
    // A refresh that lists the same article keeps it selected.
    const qint64 selected = currentArticleId();
    m_list->clear();
    for (const KbSearchHit& hit : hits) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(LanguageColumn, KbLabels::languageMark(hit.lang));
        item->setTextAlignment(LanguageColumn, Qt::AlignCenter);
        item->setForeground(LanguageColumn, palette().brush(QPalette::PlaceholderText));
        item->setToolTip(LanguageColumn, KbLabels::languageName(hit.lang));
        item->setText(TitleColumn, hit.title);
        item->setData(TitleColumn, kIdRole, hit.id);
        item->setToolTip(TitleColumn, hit.snippet.isEmpty()
                                          ? hit.title
                                          : QStringLiteral("%1\n\n%2").arg(hit.title, hit.snippet));
        QFont mark = item->font(LanguageColumn);
        mark.setPointSizeF(mark.pointSizeF() * 0.85);
        mark.setBold(true);
        item->setFont(LanguageColumn, mark);
    }
    if (m_list->topLevelItemCount() > 0 && (selected == 0 || !selectArticle(selected)))
        m_list->setCurrentItem(m_list->topLevelItem(0));
    // As tall as its rows, so three suggestions take three lines, not a
    // fixed block of empty space under the conversation.
    const int rows = std::clamp(m_list->topLevelItemCount(), 1, kVisibleRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    m_list->setVisible(!hits.isEmpty());
    m_status->setText(emptyText);
    m_status->setVisible(hits.isEmpty() && !emptyText.isEmpty());
    updateHeader();
    updateButtons();
}

void SuggestedArticlesView::updateHeader()
{
    const bool searching = !m_search->text().trimmed().isEmpty();
    const int count = m_list->topLevelItemCount();
    if (m_ticketId == 0 || (m_loading && count == 0 && !searching))
        m_toggle->setText(tr("Suggested articles"));
    else if (searching)
        m_toggle->setText(tr("Found articles (%n)", nullptr, count));
    else
        m_toggle->setText(tr("Suggested articles (%n)", nullptr, count));
}

void SuggestedArticlesView::updateButtons()
{
    const bool canInsert = m_insertEnabled && m_list->currentItem() != nullptr;
    m_insertLink->setEnabled(canInsert);
    m_insertText->setEnabled(canInsert);
}

void SuggestedArticlesView::insertCurrent(KbInsertKind kind)
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !m_insertEnabled)
        return;
    emit insertRequested(item->data(TitleColumn, kIdRole).toLongLong(), item->text(TitleColumn),
                         kind);
}

void SuggestedArticlesView::showContextMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    QAction* link = menu.addAction(tr("Insert link"));
    QAction* text = menu.addAction(tr("Insert text"));
    link->setEnabled(m_insertEnabled);
    text->setEnabled(m_insertEnabled);
    menu.setDefaultAction(link);
    QAction* chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == link)
        insertCurrent(KbInsertKind::Link);
    else if (chosen == text)
        insertCurrent(KbInsertKind::Text);
}

} // namespace Switchboard
