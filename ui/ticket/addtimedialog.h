// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "tickets/timetrackingrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Switchboard {

class FieldMessage;

// The form behind "Add time…": minutes of work that end now, and a note.
// It saves through TimeTrackingRepository::addManual itself, so a refusal
// stays in the form next to what was typed; accepted() comes only once the
// time is stored.
class AddTimeDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 15;
    static constexpr int kMaxMinutes = TimeTrackingRepository::kMaxManualSeconds / 60;

    // agentLogin: whose time it is. clock: "now", when the work ended.
    AddTimeDialog(TimeTrackingRepository repository, const Clock& clock, TicketId ticket,
                  const QString& agentLogin, QWidget* parent = nullptr);

    TicketId ticketId() const { return m_ticket; }
    QSpinBox* minutesEdit() const { return m_minutes; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* saveButton() const { return m_save; }
    // Why the last save failed; empty when it did not.
    QString errorText() const;

    // Stores the entry; accepts the dialog when that worked.
    bool save();

private:
    void updateDuration();

    TimeTrackingRepository m_repository;
    const Clock& m_clock;
    TicketId m_ticket;
    QString m_agentLogin;
    QSpinBox* m_minutes = nullptr;
    QLabel* m_duration = nullptr;
    QLineEdit* m_note = nullptr;
    FieldMessage* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace Switchboard
