// SPDX-License-Identifier: MIT
#include "ticketpane.h"

#include "common/uilogging.h"
#include "conversationformatter.h"
#include "sla/slaservice.h"
#include "ticketslaview.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
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
    , m_repository(database)
{
    if (!sla) {
        m_ownSla = std::make_unique<SlaService>(database, clock);
        sla = m_ownSla.get();
    }
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
    m_createdValue = addField(tr("Created"));
    m_firstResponseValue = addField(tr("First response"));
    m_resolvedValue = addField(tr("Resolved"));

    m_slaView = new TicketSlaView(sla, clock, page);

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
    m_conversation->setOpenLinks(false);
    m_conversation->document()->setDocumentMargin(2);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 8, 0);
    layout->setSpacing(4);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(m_fields);
    layout->addWidget(m_slaView);
    layout->addWidget(line);
    layout->addWidget(m_conversationLabel);
    layout->addWidget(m_conversation, 1);

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
    fill(detail.value());
    m_ticketId = id;
    m_stack->setCurrentIndex(1);
    emit ticketShown(id);
    return true;
}

void TicketPane::clear(const QString& hint)
{
    m_ticketId = 0;
    m_emptyLabel->setText(hint.isEmpty() ? defaultHint() : hint);
    m_conversation->clear();
    m_slaView->clear();
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

    m_conversationLabel->setText(
        tr("Conversation (%n message(s))", nullptr, static_cast<int>(detail.messages.size())));
    const ConversationFormatter formatter(m_conversation->palette(), QLocale());
    m_conversation->setHtml(formatter.toHtml(detail.messages));
    // Newest last, and the newest is what an operator answers: start there.
    m_conversation->moveCursor(QTextCursor::End);
    m_conversation->ensureCursorVisible();
}

QString TicketPane::timeText(const std::optional<qint64>& utcMs) const
{
    if (!utcMs)
        return QStringLiteral("\u2014");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*utcMs).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace Switchboard
