// SPDX-License-Identifier: MIT
#include "worktimeview.h"

#include "addtimedialog.h"
#include "common/slapresentation.h"
#include "settings/fieldmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Switchboard {

WorkTimeView::WorkTimeView(DatabasePtr database, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_time(std::move(database), clock)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("workTime"));
    setAccessibleName(tr("Work time"));
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &WorkTimeView::refresh);

    auto* title = new QLabel(tr("Work time"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("workTotal"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_timerButton = new QPushButton(this);
    m_timerButton->setObjectName(QStringLiteral("timerButton"));
    // Checked while the timer runs, so a screen reader says "pressed".
    m_timerButton->setCheckable(true);
    connect(m_timerButton, &QPushButton::clicked, this, &WorkTimeView::toggleTimer);
    m_addButton = new QPushButton(tr("Add &time\u2026"), this);
    m_addButton->setObjectName(QStringLiteral("addTimeButton"));
    m_addButton->setAccessibleName(tr("Add time"));
    connect(m_addButton, &QPushButton::clicked, this, &WorkTimeView::openAddTimeDialog);

    // Two lines: the pane is narrow and Russian labels are long.
    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addWidget(m_total, 1);

    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("timerElapsed"));
    m_elapsed->setTextFormat(Qt::PlainText);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("workTimeMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_elapsed, 1);
    actions->addWidget(m_timerButton);
    actions->addWidget(m_addButton);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    clear();
}

QString WorkTimeView::durationText(qint64 seconds)
{
    const QLocale locale;
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    return minutes % 60 == 0
               ? tr("%1 h").arg(locale.toString(hours))
               : tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes % 60));
}

QString WorkTimeView::elapsedText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void WorkTimeView::showTicket(TicketId id)
{
    m_ticketId = id;
    showMessage({});
    readTicket();
    fill();
}

void WorkTimeView::clear()
{
    m_ticketId = 0;
    m_totalSeconds = 0;
    m_runningSince.reset();
    m_readable = false;
    showMessage({});
    fill();
}

void WorkTimeView::setCurrentAgent(const Agent& agent)
{
    m_agent = agent;
    if (m_ticketId > 0)
        readTicket();
    fill();
}

QString WorkTimeView::messageText() const
{
    return m_message->message();
}

// False (with the reason shown) when the stored state cannot be read.
bool WorkTimeView::readTicket()
{
    m_totalSeconds = 0;
    m_runningSince.reset();
    m_readable = false;
    auto total = m_time.totalSeconds(m_ticketId);
    if (!total) {
        showMessage(tr("The work time cannot be shown: %1").arg(total.error().toString()));
        return false;
    }
    m_totalSeconds = *total;
    if (m_agent.login.isEmpty()) {
        m_readable = true;
        return true;
    }
    auto since = m_time.runningSince(m_ticketId, m_agent.login);
    if (!since) {
        showMessage(tr("The timer cannot be shown: %1").arg(since.error().toString()));
        return false;
    }
    m_runningSince = *since;
    m_readable = true;
    return true;
}

void WorkTimeView::fill()
{
    const bool shown = m_ticketId > 0;
    const bool writable = shown && m_readable && !m_agent.login.isEmpty();
    const bool running = m_runningSince.has_value();

    m_total->setText(!shown || !m_readable ? QString()
                     : m_totalSeconds > 0  ? durationText(m_totalSeconds)
                                           : tr("none recorded yet"));
    m_total->setAccessibleName(shown ? tr("Total work time: %1").arg(m_total->text())
                                     : tr("Total work time"));

    m_timerButton->setEnabled(writable);
    m_timerButton->setChecked(running);
    m_timerButton->setText(running ? tr("&Stop timer") : tr("&Start timer"));
    m_timerButton->setAccessibleName(running ? tr("Stop the timer") : tr("Start the timer"));
    m_timerButton->setIcon(
        style()->standardIcon(running ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_addButton->setEnabled(writable);
    const QString readOnly =
        shown && m_agent.login.isEmpty() ? tr("Read-only: no agent is signed in") : QString();
    m_timerButton->setToolTip(readOnly.isEmpty()
                                  ? (running ? tr("Stop the timer and record its time")
                                             : tr("Time your work on this ticket; the timer "
                                                  "keeps running if Switchboard is closed"))
                                  : readOnly);
    m_addButton->setToolTip(readOnly.isEmpty() ? tr("Record time you spent on this ticket")
                                               : readOnly);

    m_elapsed->setVisible(running);
    if (running) {
        m_elapsed->setToolTip(tr("Started %1").arg(SlaPresentation::wallClock(*m_runningSince)));
        m_tick.start();
    } else {
        m_tick.stop();
    }
    refresh();
}

void WorkTimeView::refresh()
{
    if (!m_runningSince) {
        m_elapsed->clear();
        return;
    }
    const QString elapsed = elapsedText((m_clock.nowMs() - *m_runningSince) / 1000);
    m_elapsed->setText(tr("Timer running: %1").arg(elapsed));
    m_elapsed->setAccessibleName(m_elapsed->text());
}

void WorkTimeView::showMessage(const QString& text)
{
    m_message->showMessage(text);
}

void WorkTimeView::toggleTimer()
{
    if (m_ticketId <= 0 || !m_readable || m_agent.login.isEmpty()) {
        fill();
        return;
    }
    showMessage({});
    const TicketId id = m_ticketId;
    if (!m_runningSince) {
        if (Status started = m_time.start(id, m_agent.login); !started) {
            showMessage(tr("The timer did not start: %1").arg(started.error().toString()));
            fill();
            return;
        }
    } else {
        auto stopped = m_time.stop(id, m_agent.login);
        if (!stopped) {
            showMessage(tr("The timer did not stop: %1").arg(stopped.error().toString()));
            fill();
            return;
        }
        if (!*stopped)
            showMessage(tr("The timer had already been stopped elsewhere; its time is "
                           "recorded there."));
        else if (**stopped == 0)
            showMessage(tr("The timer ran for less than a second; nothing was recorded."));
    }
    // Read back what is stored: another window or the CLI may have been first.
    readTicket();
    fill();
    emit timeChanged(id);
}

AddTimeDialog* WorkTimeView::openAddTimeDialog()
{
    if (m_ticketId <= 0 || !m_readable || m_agent.login.isEmpty())
        return nullptr;
    if (m_dialog && m_dialog->ticketId() == m_ticketId) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new AddTimeDialog(m_time, m_clock, m_ticketId, m_agent.login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const TicketId id = m_ticketId;
    connect(dialog, &QDialog::accepted, this, [this, id] { timeAdded(id); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void WorkTimeView::timeAdded(TicketId id)
{
    if (id == m_ticketId) {
        showMessage({});
        readTicket();
        fill();
    }
    emit timeChanged(id);
}

} // namespace Switchboard
