// SPDX-License-Identifier: MIT
#pragma once

#include "sla/slapolicy.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace Switchboard {

// The warning ladder of a policy: steps measured against each target's
// limit, as a percentage of it ("80 % of the limit") or a time before it
// ("30 min before the limit"). One row per step, added and removed in place.
class SlaWarningLadderEdit : public QWidget
{
    Q_OBJECT

public:
    explicit SlaWarningLadderEdit(QWidget* parent = nullptr);

    QList<SlaWarning> warnings() const;
    void setWarnings(const QList<SlaWarning>& warnings);
    int stepCount() const { return int(m_rows.size()); }

signals:
    void warningsChanged();

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QSpinBox* value = nullptr;
        QComboBox* kind = nullptr;
        QToolButton* remove = nullptr;
    };

    void addRow(const SlaWarning& warning);
    void removeRow(QWidget* rowWidget);
    void updateRow(const Row& row);
    void updateEmptyHint();
    QWidget* focusableBefore() const;

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_addButton = nullptr;
};

} // namespace Switchboard
