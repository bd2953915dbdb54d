// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "kb/article.h"
#include "kb/kbusagerepository.h"
#include "storage/database.h"
#include "tickets/draftrepository.h"
#include "tickets/ticket.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Switchboard {

class ReplyEditor;
class SuggestedArticlesView;
class TemplatePicker;
class TicketRatingView;
class WorkTimeView;
class SlaService;
class TicketSlaView;

// The right-hand pane: the selected ticket's header, its SLA and its
// conversation, newest last. Reads one ticket at a time through
// TicketRepository and SlaService on the UI thread (a single ticket is a few
// small indexed queries).
class TicketPane : public QWidget
{
    Q_OBJECT

public:
    // Keeps its own SlaService on the system clock.
    explicit TicketPane(DatabasePtr database, QWidget* parent = nullptr);
    // Shares the application's SlaService (which must outlive the pane);
    // clock drives the SLA countdowns. sla may be null: the pane then keeps
    // its own service on that clock.
    TicketPane(DatabasePtr database, SlaService* sla, const Clock& clock,
               QWidget* parent = nullptr);
    ~TicketPane() override;

    // Returns false (and shows why) when the ticket cannot be read.
    bool showTicket(TicketId id);
    // Back to the empty state, with `hint` instead of the default text if given.
    void clear(const QString& hint = {});
    TicketId ticketId() const { return m_ticketId; }
    // The widget that takes focus when the ticket is opened from the queue.
    QWidget* conversationWidget() const;
    TicketSlaView* slaView() const { return m_slaView; }
    ReplyEditor* replyEditor() const { return m_editor; }
    TemplatePicker* templatePicker() const { return m_picker; }
    SuggestedArticlesView* suggestedArticles() const { return m_suggestions; }

    // Who writes: replies, notes and changes are made as this agent.
    // Without one the pane is read-only and says why.
    void setCurrentAgent(const Agent& agent);
    // Re-reads the shown ticket if someone else changed it; the reply being
    // written stays as it is.
    void refreshIfChanged();
    // The knowledge base changed: the suggested articles are read again.
    void refreshSuggestions();
    // Saves the draft again if the last save failed (the team database was
    // unreachable); the text never left the editor. True when none is pending.
    bool saveUnsavedDraft();
    bool hasUnsavedDraft() const { return m_draftUnsaved; }
    // Takes the shown ticket for the current agent ("A" in the queue).
    void claimShown();
    // The message of the banner above the conversation; empty when hidden.
    QString bannerText() const;
    // Puts an article into the reply at the cursor, as a Markdown link
    // ([Title](kb:ID)) or as its text, and records the use for the shown
    // ticket and the current agent.
    void insertArticle(qint64 articleId, const QString& title, KbInsertKind kind);
    // Links an article written from a ticket (articleFromTicketRequested) to
    // that ticket, as the current agent.
    void linkArticle(TicketId ticketId, qint64 articleId);

signals:
    void ticketShown(Switchboard::TicketId id);
    // A write from this pane succeeded: the queue should show it.
    void ticketChanged(Switchboard::TicketId id);
    // "New article from ticket": the main window opens an editor on the
    // draft and calls linkArticle() once it is saved.
    void articleFromTicketRequested(const Switchboard::Article& draft,
                                    Switchboard::TicketId ticketId);
    // A kb:ID link in the conversation was clicked.
    void articleOpenRequested(qint64 articleId);

private:
    void buildActions(QWidget* page);
    void runWrite(const std::function<Result<Ticket>()>& write, bool clearsEditor = false);
    void showProblem(const Error& error);
    void hideBanner();
    void saveDraft(const QString& body, bool internal);
    void restoreDraft();
    void fillActions(const Ticket& ticket);
    void send(const QString& body, bool internal, std::optional<TicketStatus> thenStatus);
    void changeStatus(int index);
    void changeAssignee(int index);
    void changePriority(int index);
    void changeType(int index);
    void changeGroup(int index);
    void changeTags();
    void openTemplatePicker();
    void insertTemplate(qint64 id);
    void requestArticleFromTicket();

    QLabel* addField(const QString& label);
    void fill(const TicketDetail& detail);
    QString timeText(const std::optional<qint64>& utcMs) const;

    DatabasePtr m_database;
    TicketRepository m_repository;
    TicketService m_service;
    DraftRepository m_drafts;
    std::unique_ptr<SlaService> m_ownSla;
    TicketId m_ticketId = 0;
    int m_version = 0;
    Agent m_agent;
    bool m_filling = false;
    bool m_draftUnsaved = false; // the last draft save failed; retried on reconnect
    QComboBox* m_statusCombo = nullptr;
    QComboBox* m_priorityCombo = nullptr;
    QComboBox* m_assigneeCombo = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QComboBox* m_groupCombo = nullptr;
    QLineEdit* m_tagsEdit = nullptr;
    QHBoxLayout* m_classifyLayout = nullptr;
    QPushButton* m_claimButton = nullptr;
    QHBoxLayout* m_actionsLayout = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerLabel = nullptr;
    QPushButton* m_reloadButton = nullptr;
    ReplyEditor* m_editor = nullptr;
    TemplatePicker* m_picker = nullptr;
    SuggestedArticlesView* m_suggestions = nullptr;
    TicketRatingView* m_ratingView = nullptr;
    WorkTimeView* m_workView = nullptr;
    SlaService* m_sla = nullptr;
    Ticket m_shown;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QFormLayout* m_fields = nullptr;
    QLabel* m_requesterValue = nullptr;
    QLabel* m_assigneeValue = nullptr;
    QLabel* m_groupValue = nullptr;
    QLabel* m_tagsValue = nullptr;
    QLabel* m_createdValue = nullptr;
    QLabel* m_firstResponseValue = nullptr;
    QLabel* m_resolvedValue = nullptr;
    TicketSlaView* m_slaView = nullptr;
    QLabel* m_conversationLabel = nullptr;
    QTextBrowser* m_conversation = nullptr;
    bool m_conversationAtEnd = true;
};

} // namespace Switchboard
