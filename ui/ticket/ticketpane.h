// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "storage/database.h"
#include "tickets/ticket.h"
#include "tickets/ticketrepository.h"

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace Switchboard {

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

signals:
    void ticketShown(Switchboard::TicketId id);

private:
    QLabel* addField(const QString& label);
    void fill(const TicketDetail& detail);
    QString timeText(const std::optional<qint64>& utcMs) const;

    TicketRepository m_repository;
    std::unique_ptr<SlaService> m_ownSla;
    TicketId m_ticketId = 0;
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
};

} // namespace Switchboard
