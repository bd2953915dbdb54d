// SPDX-License-Identifier: MIT
#pragma once

#include "kb/article.h"
#include "kb/kbusagerepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Switchboard {

// The knowledge view's right column: the chosen article rendered from
// Markdown with its votes and an Edit button, or a coverage gap with a way
// to write the missing article. Shows what it is given; KnowledgeView reads
// and writes.
class KbArticlePane : public QWidget
{
    Q_OBJECT

public:
    explicit KbArticlePane(QWidget* parent = nullptr);

    void showArticle(const Article& article, const QString& categoryPath,
                     const KbArticleUsage& usage, std::optional<bool> myVote);
    void setUsage(const KbArticleUsage& usage, std::optional<bool> myVote);
    // Votes are one per agent: without a current agent the buttons say why
    // they are disabled.
    void setCanVote(bool canVote);
    // title: the gap's subject or type; text: what it means; exampleTicketId:
    // the ticket "Open ticket" asks for.
    void showGap(const QString& title, const QString& text, const QString& suggestedTitle,
                 qint64 exampleTicketId);
    // Back to the empty state, with `hint` instead of the default text if given.
    void clear(const QString& hint = {});

    qint64 articleId() const { return m_articleId; }
    QWidget* bodyWidget() const;

signals:
    void voteRequested(bool helpful);
    void editRequested();
    void writeArticleRequested(const QString& title);
    void ticketRequested(qint64 ticketId);
    // A kb:ID link in the article was clicked.
    void articleRequested(qint64 articleId);

private:
    QWidget* createArticlePage();
    QWidget* createGapPage();
    void updateVoteButtons();

    qint64 m_articleId = 0;
    KbArticleUsage m_usage;
    std::optional<bool> m_myVote;
    bool m_canVote = false;
    QString m_suggestedTitle;
    qint64 m_exampleTicketId = 0;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_metaLabel = nullptr;
    QLabel* m_tagsLabel = nullptr;
    QTextBrowser* m_body = nullptr;
    QLabel* m_voteQuestion = nullptr;
    QPushButton* m_helpful = nullptr;
    QPushButton* m_notHelpful = nullptr;
    QPushButton* m_edit = nullptr;
    QLabel* m_gapTitle = nullptr;
    QLabel* m_gapText = nullptr;
    QPushButton* m_openTicket = nullptr;
};

} // namespace Switchboard
