// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Switchboard {

// Edits the KPI table's targets in the row's own unit: a spin box of
// minutes for durations, of percent for shares, of points out of 5 for the
// satisfaction score; its lowest value reads "no target" and clears it. The
// action notes get the default line edit.
class KpiTargetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit KpiTargetDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace Switchboard
