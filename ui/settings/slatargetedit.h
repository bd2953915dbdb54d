// SPDX-License-Identifier: MIT
#pragma once

#include "sla/slapolicy.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;

namespace Switchboard {

class DurationEdit;
class FieldMessage;

// One optional SLA target: a check box that turns it on (meant for the label
// column of a form), goal and limit as durations, the range as it reads
// ("2 h – 4 h") and the message when the limit is shorter than the goal.
// Unchecking keeps the durations, so checking again restores them.
class SlaTargetEdit : public QWidget
{
    Q_OBJECT

public:
    // label: "First response"; the check box carries it.
    SlaTargetEdit(const QString& label, QWidget* parent = nullptr);

    // Belongs in the label column; the caller's layout takes ownership.
    QCheckBox* enabledBox() const { return m_enabled; }
    DurationEdit* goalEdit() const { return m_goal; }
    DurationEdit* limitEdit() const { return m_limit; }

    std::optional<SlaTarget> target() const;
    void setTarget(const std::optional<SlaTarget>& target);
    // Empty clears it.
    void showProblem(const QString& text);
    QString problem() const;

    // "1 h" for a single value, "2 h – 4 h" for a range, "—" for none.
    static QString text(const std::optional<SlaTarget>& target);

signals:
    void targetChanged();

private:
    void updateState();

    QCheckBox* m_enabled = nullptr;
    DurationEdit* m_goal = nullptr;
    DurationEdit* m_limit = nullptr;
    QLabel* m_summary = nullptr;
    FieldMessage* m_problem = nullptr;
};

} // namespace Switchboard
