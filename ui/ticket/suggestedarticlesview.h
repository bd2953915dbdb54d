// SPDX-License-Identifier: MIT
#pragma once

#include "articlesuggestionworker.h"
#include "kb/kbsearch.h"
#include "kb/kbusagerepository.h"
#include "storage/database.h"
#include "tickets/ticket.h"

#include <QThread>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Switchboard {

// The ticket pane's compact "Suggested articles" box: up to three published
// articles that probably answer the ticket (ArticleSuggester), a search
// field for anything else, and the actions that put an article into the
// reply (Insert link, Insert text; double-click or Enter inserts the link).
// It reads on a worker thread it owns and only asks for inserts: the pane
// owns the reply editor and records the use. A header button collapses it.
class SuggestedArticlesView : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestedArticlesView(DatabasePtr database, QWidget* parent = nullptr);
    ~SuggestedArticlesView() override;

    // Starts reading the suggestions for the ticket; a search typed for
    // another ticket is cleared.
    void showTicket(const TicketDetail& detail);
    void clear();
    // Reads the suggestions (or the typed search) again, for the same
    // ticket: the knowledge base changed. The list and its selection stay
    // until the answer arrives.
    void refresh();
    // Without somebody to write as there is no reply to insert into.
    void setInsertEnabled(bool enabled);
    bool isExpanded() const;
    void setExpanded(bool expanded);

    // True from a request until its answer is shown.
    bool isLoading() const { return m_loading; }
    // The listed articles, top to bottom.
    QList<qint64> articleIds() const;
    qint64 currentArticleId() const;
    // Selects an article's row; false when it is not listed.
    bool selectArticle(qint64 articleId);

signals:
    void insertRequested(qint64 articleId, const QString& title, Switchboard::KbInsertKind kind);
    void createArticleRequested();
    // After every answer that is shown, found or not.
    void articlesShown();

private:
    void request();
    void searchTextChanged();
    void applyAnswer(const ArticleSuggestionAnswer& answer);
    void showHits(const QList<KbSearchHit>& hits, const QString& emptyText);
    void insertCurrent(KbInsertKind kind);
    void showContextMenu(const QPoint& pos);
    void updateHeader();
    void updateButtons();

    QThread m_thread;
    std::unique_ptr<ArticleSuggestionWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_insertEnabled = true;
    TicketId m_ticketId = 0;
    QString m_subject;
    QString m_firstMessage;
    QString m_lang;
    // The ticket's suggestions, kept while a search is shown instead.
    QList<KbSearchHit> m_suggestions;
    bool m_haveSuggestions = false;
    QTimer m_searchDelay;

    QToolButton* m_toggle = nullptr;
    QToolButton* m_createArticle = nullptr;
    QWidget* m_body = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_insertLink = nullptr;
    QPushButton* m_insertText = nullptr;
};

} // namespace Switchboard
