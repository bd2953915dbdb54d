// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/queuequery.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Switchboard {

// The console's areas, in the order of their Ctrl+number shortcuts.
enum class Area
{
    Queue,
    Knowledge,
    Settings,
};

// The sidebar: areas as sections, each with its views. Only areas that exist
// in this build are listed: the queue with its scopes, the knowledge base and
// the settings.
class NavigationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationPanel(QWidget* parent = nullptr);

    QueueScope currentScope() const;
    Area currentArea() const;
    // Selects the view (or area) without emitting a signal.
    void setCurrentScope(QueueScope scope);
    void setCurrentArea(Area area);
    // Shows a count after a view's name ("Breaching soon  3"); -1 hides it.
    void setCount(QueueScope scope, int count);

signals:
    void viewSelected(Switchboard::QueueScope scope);
    void areaSelected(Switchboard::Area area);

private:
    QTreeWidgetItem* addSection(const QString& title);
    QTreeWidgetItem* itemFor(QueueScope scope) const;
    QTreeWidgetItem* itemFor(Area area) const;
    void select(QTreeWidgetItem* item);

    QTreeWidget* m_tree = nullptr;
    QTreeWidgetItem* m_queueSection = nullptr;
    QList<QTreeWidgetItem*> m_areaItems;
    bool m_updating = false;
};

} // namespace Switchboard
