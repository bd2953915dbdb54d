// SPDX-License-Identifier: MIT
#include "addtimedialog.h"

#include "settings/fieldmessage.h"
#include "worktimeview.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Switchboard {

AddTimeDialog::AddTimeDialog(TimeTrackingRepository repository, const Clock& clock, TicketId ticket,
                             const QString& agentLogin, QWidget* parent)
    : QDialog(parent)
    , m_repository(std::move(repository))
    , m_clock(clock)
    , m_ticket(ticket)
    , m_agentLogin(agentLogin)
{
    setObjectName(QStringLiteral("addTimeDialog"));
    setWindowTitle(tr("Add time to #%1").arg(ticket));

    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("addTimeMinutes"));
    m_minutes->setAccessibleName(tr("Minutes worked"));
    m_minutes->setRange(1, kMaxMinutes);
    m_minutes->setValue(kDefaultMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Minutes of work on this ticket that ended now"));
    m_duration = new QLabel(this);
    m_duration->setObjectName(QStringLiteral("addTimeDuration"));
    m_duration->setForegroundRole(QPalette::PlaceholderText);
    auto* minutesRow = new QHBoxLayout;
    minutesRow->addWidget(m_minutes);
    minutesRow->addWidget(m_duration, 1);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("addTimeNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What the time was spent on (optional)"));
    m_note->setMinimumWidth(m_note->fontMetrics().averageCharWidth() * 40);

    auto* form = new QFormLayout;
    form->addRow(tr("&Time spent:"), minutesRow);
    form->addRow(tr("&Note:"), m_note);
    // QFormLayout's buddy for a row of a layout is not set: give it the spin box.
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(minutesRow)))
        label->setBuddy(m_minutes);

    m_error = new FieldMessage(this);
    m_error->setObjectName(QStringLiteral("addTimeError"));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("addTimeSave"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddTimeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_minutes, &QSpinBox::valueChanged, this, &AddTimeDialog::updateDuration);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateDuration();
    m_minutes->setFocus();
    m_minutes->selectAll();
}

void AddTimeDialog::updateDuration()
{
    m_duration->setText(m_minutes->value() >= 60
                            ? WorkTimeView::durationText(qint64(m_minutes->value()) * 60)
                            : QString());
}

QString AddTimeDialog::errorText() const
{
    return m_error->message();
}

bool AddTimeDialog::save()
{
    // The value as typed, even if the spin box has not committed it yet.
    m_minutes->interpretText();
    const int seconds = m_minutes->value() * 60;
    const qint64 endedAt = m_clock.nowMs();
    auto added = m_repository.addManual(m_ticket, m_agentLogin, endedAt - qint64(seconds) * 1000,
                                        seconds, m_note->text().trimmed());
    if (!added) {
        m_error->showMessage(
            tr("Not saved. %1").arg(FieldMessage::sentence(added.error().message)));
        return false;
    }
    m_error->showMessage({});
    accept();
    return true;
}

} // namespace Switchboard
