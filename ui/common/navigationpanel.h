// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/queuequery.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Switchboard {

// The sidebar: areas as sections, each with its views. Only areas that exist
// in this build are listed; today that is the queue with its three scopes.
class NavigationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationPanel(QWidget* parent = nullptr);

    QueueScope currentScope() const;
    // Selects the view without emitting viewSelected.
    void setCurrentScope(QueueScope scope);

signals:
    void viewSelected(Switchboard::QueueScope scope);

private:
    QTreeWidgetItem* itemFor(QueueScope scope) const;

    QTreeWidget* m_tree = nullptr;
    QTreeWidgetItem* m_queueSection = nullptr;
    bool m_updating = false;
};

} // namespace Switchboard
