// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "kb/articlerepository.h"
#include "kb/kbusagerepository.h"
#include "kbqueryworker.h"
#include "storage/database.h"
#include "tickets/ticket.h"

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;

namespace Switchboard {

class ArticleEditor;
class KbImportDialog;
class KbArticlePane;
class KbNavigationTree;
class KbResultList;
class KbResultModel;

// The knowledge area: categories and the trainers' lists on the left, the
// search field with its filters and the results in the middle, the chosen
// article on the right. Searches as the user types (150 ms after the last
// key) on a worker thread, dropping answers that a newer query replaced, so
// typing never waits for the database. Opens ArticleEditor windows and
// keeps them in step with the view. Owns the worker and its thread.
class KnowledgeView : public QWidget
{
    Q_OBJECT

public:
    KnowledgeView(DatabasePtr database, const Clock& clock, QWidget* parent = nullptr);
    ~KnowledgeView() override;

    // Votes and revisions are recorded for this agent; 0: nobody, and
    // voting is disabled.
    void setCurrentAgent(AgentId agent);
    AgentId currentAgent() const { return m_agent; }
    // Puts the cursor in the search field with its text selected.
    void focusSearch();

    // Shows the article on the right; false (and the reason there) when it
    // cannot be read.
    bool showArticle(qint64 articleId);
    qint64 shownArticleId() const;
    // Opens the editor window of an article (raising it when already open);
    // returns it so callers can place or drive it.
    ArticleEditor* editArticle(qint64 articleId);
    // Opens an editor for a new article, starting from `title`.
    ArticleEditor* newArticle(const QString& title = {});
    // Opens the import of a folder of Markdown articles (window-modal).
    KbImportDialog* importArticles();
    // Reads the categories and the list again, after changes made elsewhere
    // (an import, another window).
    void reload();

    KbResultModel* resultModel() const { return m_model; }
    // True from a query until its answer is shown.
    bool isLoading() const { return m_loading; }

signals:
    // After every answer of the current list, success or failure.
    void resultsShown();
    void articleShown(qint64 articleId);
    // "Open ticket" on a coverage gap: the main window shows that ticket.
    void ticketOpenRequested(Switchboard::TicketId ticketId);
    // An article was saved here (created, edited, published, translated).
    void articlesChanged();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createCentre();
    void refreshList();
    void loadCategories();
    void applyAnswer(const KbListAnswer& answer);
    void applyCategories(const KbCategoryAnswer& answer);
    void showRow(const QModelIndex& index);
    void selectFirstResult();
    void vote(bool helpful);
    void articleSaved(qint64 articleId);
    void openLinkedArticle(qint64 articleId);
    ArticleEditor* openEditor(ArticleEditor* editor);
    void updateFilters();
    QString emptyText(const KbListAnswer& answer) const;
    QString summaryText(const KbListAnswer& answer) const;
    void createShortcuts();

    DatabasePtr m_database;
    const Clock& m_clock;
    ArticleRepository m_repository;
    KbUsageRepository m_usage;
    AgentId m_agent = 0;

    QThread m_thread;
    std::unique_ptr<KbQueryWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    int m_articleCount = -1; // -1: not known yet
    bool m_choosingEntry = false;
    bool m_selectFirst = false; // Enter was pressed before the answer came
    KbListAnswer m_lastAnswer;  // without its rows: what the empty text describes
    QTimer m_searchDelay;
    QList<QPointer<ArticleEditor>> m_editors;

    QSplitter* m_splitter = nullptr;
    KbNavigationTree* m_tree = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_newArticle = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_summary = nullptr;
    KbResultModel* m_model = nullptr;
    KbResultList* m_results = nullptr;
    KbArticlePane* m_pane = nullptr;
};

} // namespace Switchboard
