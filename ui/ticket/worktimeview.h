// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "storage/database.h"
#include "tickets/ticket.h"
#include "tickets/timetrackingrepository.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Switchboard {

class AddTimeDialog;
class FieldMessage;

// The work-time block of the ticket pane, under the SLA: the total time
// agents recorded on the ticket ("1 h 25 min"), the current agent's timer
// (Start/Stop; while it runs, the elapsed time ticks every second) and
// "Add time…" for time typed in. The timer is stored by
// TimeTrackingRepository, so it keeps running across a restart of the app
// and can be stopped from the CLI; the view only shows it. Reads and writes
// only through TimeTrackingRepository.
class WorkTimeView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTickMs = 1000;

    // clock must outlive the view.
    WorkTimeView(DatabasePtr database, const Clock& clock, QWidget* parent = nullptr);

    // Reads the ticket's total and the current agent's timer on it.
    void showTicket(TicketId id);
    void clear();
    // Whose timer is shown and who records time; without one the view is
    // read-only.
    void setCurrentAgent(const Agent& agent);

    TicketId ticketId() const { return m_ticketId; }
    qint64 totalSeconds() const { return m_totalSeconds; }
    bool isTimerRunning() const { return m_runningSince.has_value(); }
    // The last problem or notice shown under the block; empty when none.
    QString messageText() const;

    // Starts the current agent's timer, or stops it and records its time.
    void toggleTimer();
    // Opens the add-time form for the shown ticket, window-modal without
    // blocking; it deletes itself when closed. Null while read-only or when
    // the ticket could not be read.
    AddTimeDialog* openAddTimeDialog();
    // Redraws the running timer's elapsed time from the clock; the view's
    // timer calls it every kTickMs while the timer runs.
    void refresh();

    // "1 h 25 min", "45 min", "30 s": hours are not folded into days, as
    // work time is not calendar time.
    static QString durationText(qint64 seconds);
    // "1:02:05": a running timer, to the second.
    static QString elapsedText(qint64 seconds);

signals:
    // Time was recorded on the ticket, or the agent's timer on it started
    // or stopped, from this view.
    void timeChanged(Switchboard::TicketId id);

private:
    bool readTicket();
    void fill();
    void showMessage(const QString& text);
    void timeAdded(TicketId id);

    TimeTrackingRepository m_time;
    const Clock& m_clock;
    QTimer m_tick;
    TicketId m_ticketId = 0;
    qint64 m_totalSeconds = 0;
    std::optional<qint64> m_runningSince;
    bool m_readable = false; // the stored state was read: writes make sense
    Agent m_agent;
    QPointer<AddTimeDialog> m_dialog;

    QLabel* m_total = nullptr;
    QLabel* m_elapsed = nullptr;
    QPushButton* m_timerButton = nullptr;
    QPushButton* m_addButton = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace Switchboard
