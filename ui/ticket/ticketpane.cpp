// SPDX-License-Identifier: MIT
#include "ticketpane.h"

#include "common/messagebox.h"
#include "common/uilogging.h"
#include "conversationformatter.h"
#include "kb/articlelinkfollower.h"
#include "kb/articlerepository.h"
#include "kb/articlesuggester.h"
#include "replyeditor.h"
#include "sla/slaservice.h"
#include "suggestedarticlesview.h"
#include "templatepicker.h"
#include "templates/templaterenderer.h"
#include "ticketratingview.h"
#include "ticketslaview.h"
#include "worktimeview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

QString defaultHint()
{
    return TicketPane::tr("Select a ticket to see its conversation");
}

} // namespace

TicketPane::TicketPane(DatabasePtr database, QWidget* parent)
    : TicketPane(std::move(database), nullptr, Clock::system(), parent)
{}

TicketPane::TicketPane(DatabasePtr database, SlaService* sla, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_repository(database)
    , m_service(database, clock)
    , m_drafts(database)
{
    if (!sla) {
        m_ownSla = std::make_unique<SlaService>(database, clock);
        sla = m_ownSla.get();
    }
    m_sla = sla;
    setAccessibleName(tr("Ticket"));

    m_emptyLabel = new QLabel(defaultHint(), this);
    m_emptyLabel->setObjectName(QStringLiteral("ticketPaneEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* page = new QWidget(this);
    m_titleLabel = new QLabel(page);
    m_titleLabel->setObjectName(QStringLiteral("ticketTitle"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setObjectName(QStringLiteral("ticketSummary"));
    m_summaryLabel->setWordWrap(true);

    m_fields = new QFormLayout;
    m_fields->setContentsMargins(0, 4, 0, 4);
    m_fields->setVerticalSpacing(2);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_fields->setLabelAlignment(Qt::AlignLeft);
    m_requesterValue = addField(tr("Requester"));
    m_assigneeValue = addField(tr("Assignee"));
    m_groupValue = addField(tr("Group"));
    m_tagsValue = addField(tr("Tags"));
    // Group and tags are edited in the header rows; the form would repeat them.
    m_fields->setRowVisible(m_groupValue, false);
    m_fields->setRowVisible(m_tagsValue, false);
    m_createdValue = addField(tr("Created"));
    m_firstResponseValue = addField(tr("First response"));
    m_resolvedValue = addField(tr("Resolved"));

    m_slaView = new TicketSlaView(sla, clock, page);
    m_workView = new WorkTimeView(database, clock, page);
    m_ratingView = new TicketRatingView(database, clock, page);
    connect(m_workView, &WorkTimeView::timeChanged, this, &TicketPane::ticketChanged);
    connect(m_ratingView, &TicketRatingView::ratingChanged, this, &TicketPane::ticketChanged);

    auto* line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_conversationLabel = new QLabel(page);
    QFont sectionFont = m_conversationLabel->font();
    sectionFont.setBold(true);
    m_conversationLabel->setFont(sectionFont);

    m_conversation = new QTextBrowser(page);
    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_conversation->setFrameShape(QFrame::NoFrame);
    // An article link in a reply opens the article; web links the browser.
    connect(new ArticleLinkFollower(m_conversation), &ArticleLinkFollower::articleRequested, this,
            &TicketPane::articleOpenRequested);
    m_conversation->document()->setDocumentMargin(2);
    // The newest message stays in view while the pane around it settles
    // (the suggested articles arrive later and take height), unless the
    // operator has scrolled up to read.
    QScrollBar* conversationBar = m_conversation->verticalScrollBar();
    connect(conversationBar, &QScrollBar::valueChanged, this, [this, conversationBar](int value) {
        m_conversationAtEnd = value == conversationBar->maximum();
    });
    connect(conversationBar, &QScrollBar::rangeChanged, this,
            [this, conversationBar](int, int max) {
                if (m_conversationAtEnd)
                    conversationBar->setValue(max);
            });

    m_editor = new ReplyEditor(page);
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    connect(m_editor, &ReplyEditor::draftChanged, this, &TicketPane::saveDraft);
    connect(m_editor, &ReplyEditor::sendRequested, this, &TicketPane::send);
    connect(m_editor, &ReplyEditor::templateRequested, this, &TicketPane::openTemplatePicker);
    m_picker = new TemplatePicker(ReplyTemplateRepository(database), this);
    m_picker->setObjectName(QStringLiteral("templatePicker"));
    connect(m_picker, &TemplatePicker::templatePicked, this, &TicketPane::insertTemplate);
    m_suggestions = new SuggestedArticlesView(database, page);
    connect(m_suggestions, &SuggestedArticlesView::insertRequested, this,
            &TicketPane::insertArticle);
    connect(m_suggestions, &SuggestedArticlesView::createArticleRequested, this,
            &TicketPane::requestArticleFromTicket);

    auto* conversationBox = new QWidget(page);
    auto* conversationLayout = new QVBoxLayout(conversationBox);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->setSpacing(2);
    conversationLayout->addWidget(m_conversationLabel);
    conversationLayout->addWidget(m_conversation, 1);
    // Between what the customer asked and the reply, where the answer is
    // looked for.
    conversationLayout->addWidget(m_suggestions);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("conversationSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(conversationBox);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    buildActions(page);
    layout->addLayout(m_actionsLayout);
    layout->addLayout(m_classifyLayout);
    layout->addWidget(m_banner);
    layout->addLayout(m_fields);
    layout->addWidget(m_slaView);
    layout->addWidget(m_workView);
    layout->addWidget(m_ratingView);
    layout->addWidget(line);
    layout->addWidget(split, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setMinimumWidth(280);
}

TicketPane::~TicketPane() = default;

QLabel* TicketPane::addField(const QString& label)
{
    auto* value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    auto* name = new QLabel(label, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setBuddy(value);
    m_fields->addRow(name, value);
    return value;
}

bool TicketPane::showTicket(TicketId id)
{
    auto detail = m_repository.ticketDetail(id);
    if (!detail) {
        qCWarning(lcUi) << "cannot show ticket" << id << detail.error().toString();
        clear(tr("Ticket #%1 cannot be shown: %2").arg(id).arg(detail.error().message));
        return false;
    }
    const bool otherTicket = id != m_ticketId;
    if (otherTicket && m_ticketId != 0)
        saveDraft(m_editor->text(), m_editor->isInternal());
    fill(detail.value());
    m_shown = detail->ticket;
    m_ticketId = id;
    m_version = detail->ticket.version;
    if (otherTicket) {
        hideBanner();
        restoreDraft();
        // Only for another ticket: a refresh after a write keeps a search
        // the operator typed.
        m_suggestions->showTicket(detail.value());
    }
    m_stack->setCurrentIndex(1);
    emit ticketShown(id);
    return true;
}

void TicketPane::clear(const QString& hint)
{
    if (m_ticketId != 0)
        saveDraft(m_editor->text(), m_editor->isInternal());
    m_editor->clear();
    hideBanner();
    m_ticketId = 0;
    m_version = 0;
    m_emptyLabel->setText(hint.isEmpty() ? defaultHint() : hint);
    m_conversation->clear();
    m_slaView->clear();
    m_suggestions->clear();
    m_stack->setCurrentIndex(0);
}

QWidget* TicketPane::conversationWidget() const
{
    return m_conversation;
}

void TicketPane::fill(const TicketDetail& detail)
{
    const Ticket& t = detail.ticket;
    m_titleLabel->setText(QStringLiteral("#%1  %2").arg(t.id).arg(t.subject));
    const QString separator = QStringLiteral(" \u00b7 ");
    m_summaryLabel->setText(QStringList{displayName(t.status), tr("P%1").arg(t.priority),
                                        displayName(t.type), displayName(t.channel)}
                                .join(separator));
    QFont summaryFont = m_summaryLabel->font();
    summaryFont.setBold(t.priority == 1);
    m_summaryLabel->setFont(summaryFont);

    const QString none = QStringLiteral("\u2014");
    m_requesterValue->setText(t.requesterName.isEmpty() ? t.requesterEmail
                                                        : QStringLiteral("%1 <%2>").arg(
                                                              t.requesterName, t.requesterEmail));
    m_assigneeValue->setText(t.assigneeName.isEmpty() ? tr("unassigned") : t.assigneeName);
    m_groupValue->setText(t.group.isEmpty() ? none : t.group);
    m_tagsValue->setText(t.tags.isEmpty() ? none : t.tags.join(QStringLiteral(", ")));
    m_createdValue->setText(timeText(t.createdAt));
    m_firstResponseValue->setText(timeText(t.firstResponseAt));
    m_resolvedValue->setText(timeText(t.resolvedAt));
    m_slaView->showTicket(detail);
    fillActions(t);
    m_workView->showTicket(t.id);
    m_ratingView->showTicket(t.id, t.status);
    // A rating belongs to a resolved ticket; before that it is noise.
    m_ratingView->setVisible(t.status == TicketStatus::Resolved ||
                             t.status == TicketStatus::Closed);

    m_conversationLabel->setText(
        tr("Conversation (%n message(s))", nullptr, static_cast<int>(detail.messages.size())));
    const ConversationFormatter formatter(m_conversation->palette(), QLocale());
    m_conversation->setHtml(formatter.toHtml(detail.messages));
    // Newest last, and the newest is what an operator answers: start there.
    m_conversation->moveCursor(QTextCursor::End);
    m_conversation->ensureCursorVisible();
    m_conversationAtEnd = true;
}

QString TicketPane::timeText(const std::optional<qint64>& utcMs) const
{
    if (!utcMs)
        return QStringLiteral("\u2014");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*utcMs).toLocalTime(),
                              QLocale::ShortFormat);
}

void TicketPane::buildActions(QWidget* page)
{
    m_statusCombo = new QComboBox(page);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setAccessibleName(tr("Status"));
    for (TicketStatus status : {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                                TicketStatus::OnHold, TicketStatus::Resolved, TicketStatus::Closed})
        m_statusCombo->addItem(displayName(status), static_cast<int>(status));
    connect(m_statusCombo, &QComboBox::activated, this, &TicketPane::changeStatus);

    m_priorityCombo = new QComboBox(page);
    m_priorityCombo->setObjectName(QStringLiteral("priorityCombo"));
    m_priorityCombo->setAccessibleName(tr("Priority"));
    for (int priority = 1; priority <= 4; ++priority)
        m_priorityCombo->addItem(tr("P%1").arg(priority), priority);
    connect(m_priorityCombo, &QComboBox::activated, this, &TicketPane::changePriority);

    m_assigneeCombo = new QComboBox(page);
    m_assigneeCombo->setObjectName(QStringLiteral("assigneeCombo"));
    m_assigneeCombo->setAccessibleName(tr("Assignee"));
    m_assigneeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_assigneeCombo, &QComboBox::activated, this, &TicketPane::changeAssignee);

    m_typeCombo = new QComboBox(page);
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeCombo->setAccessibleName(tr("Type"));
    for (TicketType type :
         {TicketType::Consultation, TicketType::Fault, TicketType::Order, TicketType::Complaint})
        m_typeCombo->addItem(displayName(type), static_cast<int>(type));
    connect(m_typeCombo, &QComboBox::activated, this, &TicketPane::changeType);

    m_groupCombo = new QComboBox(page);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setAccessibleName(tr("Group"));
    m_groupCombo->addItem(tr("no group"), QString());
    if (auto groups = m_repository.groups()) {
        for (const GroupSummary& group : *groups)
            m_groupCombo->addItem(group.name, group.name);
    }
    connect(m_groupCombo, &QComboBox::activated, this, &TicketPane::changeGroup);

    m_tagsEdit = new QLineEdit(page);
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagsEdit->setAccessibleName(tr("Tags"));
    m_tagsEdit->setPlaceholderText(tr("tags, comma-separated"));
    m_tagsEdit->setToolTip(tr("Comma-separated tags; Enter saves"));
    connect(m_tagsEdit, &QLineEdit::returnPressed, this, &TicketPane::changeTags);

    m_claimButton = new QPushButton(tr("Assign to &me"), page);
    m_claimButton->setObjectName(QStringLiteral("claimButton"));
    m_claimButton->setToolTip(tr("Take this ticket (A in the queue)"));
    connect(m_claimButton, &QPushButton::clicked, this, &TicketPane::claimShown);

    m_actionsLayout = new QHBoxLayout;
    m_actionsLayout->setContentsMargins(0, 2, 0, 2);
    m_actionsLayout->addWidget(m_statusCombo);
    m_actionsLayout->addWidget(m_priorityCombo);
    m_actionsLayout->addWidget(m_assigneeCombo);
    m_actionsLayout->addWidget(m_claimButton);
    m_actionsLayout->addStretch(1);
    m_classifyLayout = new QHBoxLayout;
    m_classifyLayout->setContentsMargins(0, 0, 0, 2);
    m_classifyLayout->addWidget(m_typeCombo);
    m_classifyLayout->addWidget(m_groupCombo);
    m_classifyLayout->addWidget(m_tagsEdit, 1);

    m_banner = new QFrame(page);
    m_banner->setObjectName(QStringLiteral("ticketBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd8));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2b, 0x00));
    m_banner->setPalette(bannerPalette);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::PlainText);
    m_reloadButton = new QPushButton(tr("&Reload"), m_banner);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Show the ticket as it is now; your draft stays"));
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        hideBanner();
        if (m_ticketId != 0)
            showTicket(m_ticketId);
    });
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_reloadButton);
    m_banner->hide();

    if (auto agents = m_repository.agents()) {
        m_assigneeCombo->addItem(tr("unassigned"), QString());
        for (const Agent& agent : *agents) {
            if (agent.active)
                m_assigneeCombo->addItem(agent.name, agent.login);
        }
    }
    setCurrentAgent(Agent{});
}

void TicketPane::setCurrentAgent(const Agent& agent)
{
    m_agent = agent;
    m_workView->setCurrentAgent(agent);
    m_ratingView->setCurrentAgent(agent);
    const bool canWrite = agent.id != 0;
    m_suggestions->setInsertEnabled(canWrite);
    m_editor->setUnavailableReason(
        canWrite ? QString()
                 : tr("Read-only: start Switchboard with --agent LOGIN to reply and change "
                      "tickets."));
    for (QWidget* widget :
         {static_cast<QWidget*>(m_statusCombo), static_cast<QWidget*>(m_priorityCombo),
          static_cast<QWidget*>(m_assigneeCombo), static_cast<QWidget*>(m_claimButton),
          static_cast<QWidget*>(m_typeCombo), static_cast<QWidget*>(m_groupCombo),
          static_cast<QWidget*>(m_tagsEdit)})
        widget->setEnabled(canWrite);
    if (m_ticketId != 0) {
        m_editor->clear();
        restoreDraft();
    }
}

void TicketPane::fillActions(const Ticket& ticket)
{
    m_filling = true;
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(ticket.status)));
    m_priorityCombo->setCurrentIndex(m_priorityCombo->findData(ticket.priority));
    int assignee = m_assigneeCombo->findData(ticket.assigneeLogin);
    if (assignee < 0) {
        // An inactive agent still shows as the assignee.
        m_assigneeCombo->addItem(ticket.assigneeName, ticket.assigneeLogin);
        assignee = m_assigneeCombo->count() - 1;
    }
    m_assigneeCombo->setCurrentIndex(assignee);
    m_claimButton->setVisible(ticket.assigneeLogin != m_agent.login);
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(static_cast<int>(ticket.type)));
    int group = m_groupCombo->findData(ticket.group);
    if (group < 0) {
        m_groupCombo->addItem(ticket.group, ticket.group);
        group = m_groupCombo->count() - 1;
    }
    m_groupCombo->setCurrentIndex(group);
    m_tagsEdit->setText(ticket.tags.join(QStringLiteral(", ")));
    m_filling = false;
}

QString TicketPane::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerLabel->text();
}

void TicketPane::showProblem(const Error& error)
{
    qCInfo(lcUi) << "ticket write refused:" << error.toString();
    if (error.kind == ErrorKind::Conflict) {
        m_bannerLabel->setText(
            tr("Someone else got there first: %1. Your draft is kept.").arg(error.message));
        m_reloadButton->show();
    } else {
        m_bannerLabel->setText(tr("Not saved: %1.").arg(error.message));
        m_reloadButton->setVisible(error.kind == ErrorKind::NotFound);
    }
    m_banner->show();
}

void TicketPane::hideBanner()
{
    m_banner->hide();
    m_bannerLabel->clear();
}

void TicketPane::runWrite(const std::function<Result<Ticket>()>& write, bool clearsEditor)
{
    if (m_ticketId == 0 || m_agent.id == 0)
        return;
    const TicketId id = m_ticketId;
    auto result = write();
    if (!result) {
        showProblem(result.error());
        // The controls show what is stored, not what was refused.
        if (auto detail = m_repository.ticketDetail(id);
            detail && result.error().kind != ErrorKind::Conflict)
            fillActions(detail->ticket);
        return;
    }
    hideBanner();
    if (clearsEditor) {
        m_editor->clear();
        if (Status removed = m_drafts.remove(id, m_agent.id); !removed)
            qCWarning(lcUi) << "could not remove the draft:" << removed.error().toString();
    }
    showTicket(id);
    emit ticketChanged(id);
}

void TicketPane::send(const QString& body, bool internal, std::optional<TicketStatus> thenStatus)
{
    ReplyRequest request;
    request.agent = m_agent.login;
    request.body = body;
    request.internal = internal;
    request.thenStatus = thenStatus;
    request.expectedVersion = m_version;
    runWrite([this, request] { return m_service.reply(m_ticketId, request); }, true);
}

void TicketPane::changeStatus(int index)
{
    if (m_filling || index < 0)
        return;
    const auto status = static_cast<TicketStatus>(m_statusCombo->itemData(index).toInt());
    runWrite([this, status] {
        return m_service.setStatus(m_ticketId, status, m_agent.login, m_version);
    });
}

void TicketPane::changePriority(int index)
{
    if (m_filling || index < 0)
        return;
    TicketFieldsChange change;
    change.priority = m_priorityCombo->itemData(index).toInt();
    runWrite([this, change] {
        return m_service.updateFields(m_ticketId, change, m_agent.login, m_version);
    });
}

void TicketPane::changeType(int index)
{
    if (m_filling || index < 0)
        return;
    TicketFieldsChange change;
    change.type = static_cast<TicketType>(m_typeCombo->itemData(index).toInt());
    runWrite([this, change] {
        return m_service.updateFields(m_ticketId, change, m_agent.login, m_version);
    });
}

void TicketPane::changeGroup(int index)
{
    if (m_filling || index < 0)
        return;
    TicketFieldsChange change;
    change.group = m_groupCombo->itemData(index).toString();
    runWrite([this, change] {
        return m_service.updateFields(m_ticketId, change, m_agent.login, m_version);
    });
}

void TicketPane::changeTags()
{
    TicketFieldsChange change;
    change.tags = m_tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    runWrite([this, change] {
        return m_service.updateFields(m_ticketId, change, m_agent.login, m_version);
    });
}

void TicketPane::changeAssignee(int index)
{
    if (m_filling || index < 0)
        return;
    const QString login = m_assigneeCombo->itemData(index).toString();
    runWrite(
        [this, login] { return m_service.assign(m_ticketId, login, m_agent.login, m_version); });
}

void TicketPane::claimShown()
{
    runWrite([this] { return m_service.claim(m_ticketId, m_agent.login, m_version); });
}

void TicketPane::refreshSuggestions()
{
    m_suggestions->refresh();
}

void TicketPane::refreshIfChanged()
{
    if (m_ticketId == 0)
        return;
    auto detail = m_repository.ticketDetail(m_ticketId);
    if (!detail || detail->ticket.version == m_version)
        return;
    const TicketId id = m_ticketId;
    showTicket(id);
}

void TicketPane::saveDraft(const QString& body, bool internal)
{
    if (m_ticketId == 0 || m_agent.id == 0)
        return;
    ReplyDraft draft{body, internal, QDateTime::currentMSecsSinceEpoch()};
    Status saved = m_drafts.save(m_ticketId, m_agent.id, draft);
    // A failed save leaves the text in the editor (nothing here clears it);
    // saveUnsavedDraft() stores it once the database is back.
    m_draftUnsaved = !saved;
    if (!saved)
        qCWarning(lcUi) << "could not save the draft:" << saved.error().toString();
}

bool TicketPane::saveUnsavedDraft()
{
    if (m_draftUnsaved)
        saveDraft(m_editor->text(), m_editor->isInternal());
    return !m_draftUnsaved;
}

void TicketPane::restoreDraft()
{
    m_editor->clear();
    if (m_ticketId == 0 || m_agent.id == 0)
        return;
    auto draft = m_drafts.load(m_ticketId, m_agent.id);
    if (draft && draft->has_value())
        m_editor->setDraft((*draft)->body, (*draft)->internal);
}

void TicketPane::openTemplatePicker()
{
    if (m_ticketId == 0)
        return;
    QPlainTextEdit* edit = m_editor->textEdit();
    const QRect cursor = edit->cursorRect();
    m_picker->setLanguage(m_shown.language);
    m_picker->popup(edit->viewport()->mapToGlobal(cursor.bottomLeft()));
}

void TicketPane::insertTemplate(qint64 id)
{
    ReplyTemplateRepository templates(m_database);
    auto reply = templates.byId(id);
    if (!reply) {
        showProblem(reply.error());
        return;
    }
    TemplateContext context;
    context.customerName = m_shown.requesterName;
    context.customerEmail = m_shown.requesterEmail;
    context.customerLanguage = m_shown.language;
    context.ticketId = m_shown.id;
    context.ticketSubject = m_shown.subject;
    context.agentName = m_agent.name;
    if (auto sla = m_sla->ticketSla(m_shown.id); sla && sla->hasPolicy()) {
        context.firstResponseDueMs = sla->state[SlaMetric::FirstResponse].limitDueAt;
        context.resolutionDueMs = sla->state[SlaMetric::Resolution].limitDueAt;
    }
    const RenderResult rendered = TemplateRenderer::render(reply->body, context);
    m_editor->insertText(rendered.text);
    if (Status used = templates.recordUse(id); !used)
        qCWarning(lcUi) << "could not count the template use:" << used.error().toString();
    const QStringList gaps = rendered.unknownPlaceholders + rendered.missingValues;
    if (!gaps.isEmpty()) {
        m_bannerLabel->setText(tr("Check the inserted text: nothing to fill in for %1.")
                                   .arg(gaps.join(QStringLiteral(", "))));
        m_reloadButton->hide();
        m_banner->show();
    }
}

void TicketPane::insertArticle(qint64 articleId, const QString& title, KbInsertKind kind)
{
    if (m_ticketId == 0 || m_agent.id == 0)
        return;
    QString text;
    if (kind == KbInsertKind::Text) {
        auto article = ArticleRepository(m_database).get(articleId);
        if (!article) {
            showProblem(article.error());
            return;
        }
        text = article->body;
    } else {
        text = ArticleSuggester::markdownLink(articleId, title);
    }
    m_editor->insertText(text);
    // The reply has the article either way; a lost count is not worth
    // interrupting the operator for.
    if (auto used =
            KbUsageRepository(m_database).recordInsert(m_ticketId, articleId, m_agent.id, kind);
        !used)
        qCWarning(lcUi) << "could not count the article use:" << used.error().toString();
}

void TicketPane::requestArticleFromTicket()
{
    if (m_ticketId == 0)
        return;
    // Read again: the answer may have been sent since the pane was filled.
    auto detail = m_repository.ticketDetail(m_ticketId);
    if (!detail) {
        showProblem(detail.error());
        return;
    }
    emit articleFromTicketRequested(ArticleSuggester::draftFromTicket(detail.value()), m_ticketId);
}

void TicketPane::linkArticle(TicketId ticketId, qint64 articleId)
{
    auto linked = KbUsageRepository(m_database)
                      .recordInsert(ticketId, articleId, m_agent.id, KbInsertKind::Manual);
    if (!linked) {
        qCWarning(lcUi) << "could not link article" << articleId << "to ticket" << ticketId
                        << linked.error().toString();
        if (ticketId == m_ticketId)
            showProblem(linked.error());
    }
}

} // namespace Switchboard
