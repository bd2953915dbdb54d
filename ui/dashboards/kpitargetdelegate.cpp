// SPDX-License-Identifier: MIT
#include "kpitargetdelegate.h"

#include "kpitablemodel.h"

#include <QDoubleSpinBox>

namespace Switchboard {

KpiTargetDelegate::KpiTargetDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* KpiTargetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    if (index.column() != KpiTableModel::TargetColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const auto row = KpiRow(index.data(KpiTableModel::RowRole).toInt());
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QStringLiteral("kpiTargetEditor"));
    spin->setAccessibleName(tr("Target for %1").arg(KpiTableModel::kpiName(row)));
    spin->setSpecialValueText(tr("no target"));
    spin->setMinimum(0);
    if (KpiTableModel::editUnit(row) > 1) {
        spin->setDecimals(0);
        spin->setMaximum(60 * 24 * 30); // a month, in minutes
        spin->setSuffix(tr(" min", "a target in minutes"));
        spin->setSingleStep(5);
    } else if (row == KpiRow::SatisfactionAverage) {
        spin->setDecimals(2);
        spin->setMaximum(5);
        spin->setSingleStep(0.1);
        spin->setSuffix(tr(" / 5", "a target score out of 5"));
    } else {
        spin->setDecimals(1);
        spin->setMaximum(100);
        spin->setSingleStep(1);
        spin->setSuffix(tr(" %", "a target percentage"));
    }
    return spin;
}

void KpiTargetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        spin->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void KpiTargetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Switchboard
