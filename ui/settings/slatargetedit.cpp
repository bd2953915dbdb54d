// SPDX-License-Identifier: MIT
#include "slatargetedit.h"

#include "durationedit.h"
#include "fieldmessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Switchboard {

SlaTargetEdit::SlaTargetEdit(const QString& label, QWidget* parent)
    : QWidget(parent)
{
    m_enabled = new QCheckBox(label, this);
    m_enabled->setToolTip(tr("Measure this target; unchecked, it is not measured"));

    auto* goalLabel = new QLabel(tr("Goal"), this);
    m_goal = new DurationEdit(this);
    m_goal->setAccessibleBaseName(tr("%1 goal").arg(label));
    m_goal->setToolTip(tr("Met when done within this business time"));
    goalLabel->setBuddy(m_goal);

    auto* limitLabel = new QLabel(tr("Limit"), this);
    m_limit = new DurationEdit(this);
    m_limit->setAccessibleBaseName(tr("%1 limit").arg(label));
    m_limit->setToolTip(tr("Breached after this business time; warnings count towards it"));
    limitLabel->setBuddy(m_limit);

    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00 h – 00 h")));

    m_problem = new FieldMessage(this);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(goalLabel);
    row->addWidget(m_goal);
    row->addSpacing(10);
    row->addWidget(limitLabel);
    row->addWidget(m_limit);
    row->addSpacing(10);
    row->addWidget(m_summary, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    auto changed = [this] {
        updateState();
        emit targetChanged();
    };
    connect(m_enabled, &QCheckBox::toggled, this, changed);
    connect(m_goal, &DurationEdit::secondsChanged, this, changed);
    connect(m_limit, &DurationEdit::secondsChanged, this, changed);
    updateState();
}

std::optional<SlaTarget> SlaTargetEdit::target() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    return SlaTarget::range(m_goal->seconds(), m_limit->seconds());
}

void SlaTargetEdit::setTarget(const std::optional<SlaTarget>& target)
{
    const QSignalBlocker enabledBlocker(m_enabled);
    const QSignalBlocker goalBlocker(m_goal);
    const QSignalBlocker limitBlocker(m_limit);
    m_enabled->setChecked(target.has_value());
    if (target) {
        m_goal->setSeconds(target->goalSeconds);
        m_limit->setSeconds(target->limitSeconds);
    }
    updateState();
}

void SlaTargetEdit::showProblem(const QString& text)
{
    m_problem->showMessage(text);
}

QString SlaTargetEdit::problem() const
{
    return m_problem->message();
}

QString SlaTargetEdit::text(const std::optional<SlaTarget>& target)
{
    if (!target)
        return QStringLiteral("\u2014");
    if (target->goalSeconds == target->limitSeconds)
        return DurationEdit::text(target->goalSeconds);
    return tr("%1 \u2013 %2", "target range: goal - limit")
        .arg(DurationEdit::text(target->goalSeconds), DurationEdit::text(target->limitSeconds));
}

void SlaTargetEdit::updateState()
{
    const bool on = m_enabled->isChecked();
    m_goal->setEnabled(on);
    m_limit->setEnabled(on);
    m_summary->setText(on ? text(target()) : tr("not measured"));
}

} // namespace Switchboard
