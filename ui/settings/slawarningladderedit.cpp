// SPDX-License-Identifier: MIT
#include "slawarningladderedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Switchboard {

SlaWarningLadderEdit::SlaWarningLadderEdit(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Warnings"));

    m_emptyHint = new QLabel(tr("No warnings: the first signal is the breach"), this);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_addButton = new QPushButton(tr("Add &warning"), this);
    m_addButton->setObjectName(QStringLiteral("addWarningButton"));
    m_addButton->setAccessibleName(tr("Add warning step"));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        // A second step usually means "shortly before the limit".
        addRow(m_rows.isEmpty() ? SlaWarning::percent(80) : SlaWarning::before(30 * 60));
        m_rows.last().value->setFocus(Qt::OtherFocusReason);
        emit warningsChanged();
    });

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);

    auto* buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_emptyHint);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttonRow);
    updateEmptyHint();
}

QList<SlaWarning> SlaWarningLadderEdit::warnings() const
{
    QList<SlaWarning> result;
    for (const Row& row : m_rows) {
        const auto kind = SlaWarning::Kind(row.kind->currentData().toInt());
        result.append(kind == SlaWarning::Kind::PercentOfLimit
                          ? SlaWarning::percent(row.value->value())
                          : SlaWarning::before(qint64(row.value->value()) * 60));
    }
    return result;
}

void SlaWarningLadderEdit::setWarnings(const QList<SlaWarning>& warnings)
{
    for (const Row& row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const SlaWarning& warning : warnings)
        addRow(warning);
    updateEmptyHint();
}

void SlaWarningLadderEdit::addRow(const SlaWarning& warning)
{
    const int number = int(m_rows.size()) + 1;
    Row row;
    row.widget = new QWidget(this);
    row.widget->setObjectName(QStringLiteral("warningStep%1").arg(number));

    row.value = new QSpinBox(row.widget);
    row.value->setObjectName(QStringLiteral("value"));
    row.value->setAccessibleName(tr("Warning %1, value").arg(number));
    row.value->setAlignment(Qt::AlignRight);
    row.value->setLocale(QLocale());

    row.kind = new QComboBox(row.widget);
    row.kind->setObjectName(QStringLiteral("kind"));
    row.kind->setAccessibleName(tr("Warning %1, measured as").arg(number));
    row.kind->addItem(tr("% of the limit"), int(SlaWarning::Kind::PercentOfLimit));
    row.kind->addItem(tr("min before the limit"), int(SlaWarning::Kind::SecondsBeforeLimit));
    row.kind->setCurrentIndex(warning.kind == SlaWarning::Kind::PercentOfLimit ? 0 : 1);

    auto* remove = new QToolButton(row.widget);
    remove->setObjectName(QStringLiteral("remove"));
    remove->setText(QStringLiteral("\u2715"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this warning"));
    remove->setAccessibleName(tr("Remove warning %1").arg(number));
    remove->setFocusPolicy(Qt::StrongFocus);

    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(row.value);
    layout->addWidget(row.kind);
    layout->addWidget(remove);
    layout->addStretch(1);

    updateRow(row);
    // Minutes are what the policy file stores; seconds below a minute are not offered.
    row.value->setValue(warning.kind == SlaWarning::Kind::PercentOfLimit
                            ? int(warning.value)
                            : int(std::max<qint64>(1, warning.value / 60)));
    row.remove = remove;
    m_rowsLayout->addWidget(row.widget);
    // New widgets join the end of the window's tab chain; Tab should reach a
    // step where it is shown, just before "Add warning".
    if (QWidget* anchor = m_rows.isEmpty() ? focusableBefore() : m_rows.last().remove) {
        QWidget::setTabOrder(anchor, row.value);
        QWidget::setTabOrder(row.value, row.kind);
        QWidget::setTabOrder(row.kind, remove);
        QWidget::setTabOrder(remove, m_addButton);
    }
    m_rows.append(row);

    connect(row.value, &QSpinBox::valueChanged, this, &SlaWarningLadderEdit::warningsChanged);
    connect(row.kind, &QComboBox::currentIndexChanged, this, [this, row] {
        updateRow(row);
        emit warningsChanged();
    });
    QWidget* rowWidget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        removeRow(rowWidget);
        emit warningsChanged();
    });
    updateEmptyHint();
}

void SlaWarningLadderEdit::removeRow(QWidget* rowWidget)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [rowWidget](const Row& row) { return row.widget == rowWidget; });
    if (it == m_rows.end())
        return;
    const bool hadFocus = rowWidget->isAncestorOf(focusWidget());
    m_rows.erase(it);
    rowWidget->deleteLater();
    rowWidget->hide();
    if (hadFocus)
        m_addButton->setFocus(Qt::OtherFocusReason);
    updateEmptyHint();
}

void SlaWarningLadderEdit::updateRow(const Row& row)
{
    const bool percent =
        SlaWarning::Kind(row.kind->currentData().toInt()) == SlaWarning::Kind::PercentOfLimit;
    // Percent of the limit: 100 % is the breach itself, so 1..100 as the core demands.
    row.value->setRange(1, percent ? 100 : 99999);
}

// The last widget Tab reaches before this editor: a child of this editor
// cannot anchor the chain, since its place may be the one being fixed.
QWidget* SlaWarningLadderEdit::focusableBefore() const
{
    for (QWidget* widget = previousInFocusChain(); widget && widget != this;
         widget = widget->previousInFocusChain()) {
        if (!isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
            return widget;
    }
    return nullptr;
}

void SlaWarningLadderEdit::updateEmptyHint()
{
    m_emptyHint->setVisible(m_rows.isEmpty());
}

} // namespace Switchboard
