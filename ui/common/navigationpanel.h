// SPDX-License-Identifier: MIT
#pragma once

#include "tickets/queuequery.h"
#include "tickets/savedfilterrepository.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Switchboard {

// The console's areas, in the order of their Ctrl+number shortcuts.
enum class Area
{
    Queue,
    Knowledge,
    Dashboards,
    Settings,
};

// The sidebar: areas as sections, each with its views. Only areas that exist
// in this build are listed: the queue with its scopes, the saved filters
// (with "New filter…" and a context menu to change or delete one's own), the
// knowledge base and the settings.
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

    // Lists the saved filters under "Filters" in the given order; those of
    // others are marked shared, with the owner in the tooltip. Keeps the
    // current filter selected if it is still listed.
    void setSavedFilters(const QList<SavedFilter>& filters, AgentId me);
    // The saved filter whose tickets are shown; 0 when a queue view or an
    // area is current.
    SavedFilterId currentFilter() const;
    // Selects a listed filter without emitting a signal.
    void setCurrentFilter(SavedFilterId id);
    // Selects nothing (an unsaved filter is shown), without a signal.
    void clearCurrent();

signals:
    void viewSelected(Switchboard::QueueScope scope);
    void areaSelected(Switchboard::Area area);
    void filterSelected(Switchboard::SavedFilterId id);
    void newFilterRequested();
    void editFilterRequested(Switchboard::SavedFilterId id);
    void deleteFilterRequested(Switchboard::SavedFilterId id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeWidgetItem* addSection(const QString& title);
    QTreeWidgetItem* itemFor(QueueScope scope) const;
    QTreeWidgetItem* itemFor(Area area) const;
    QTreeWidgetItem* itemForFilter(SavedFilterId id) const;
    void select(QTreeWidgetItem* item);
    void requestNewFilter();
    void showContextMenu(const QPoint& position);

    QTreeWidget* m_tree = nullptr;
    QTreeWidgetItem* m_queueSection = nullptr;
    QTreeWidgetItem* m_filterSection = nullptr;
    QTreeWidgetItem* m_newFilterItem = nullptr;
    // The view last chosen (scope, filter or area): "New filter…" returns to it.
    QTreeWidgetItem* m_lastView = nullptr;
    // The queue view last chosen (scope or filter): where Ctrl+1 returns.
    QTreeWidgetItem* m_lastQueueView = nullptr;
    QList<QTreeWidgetItem*> m_areaItems;
    bool m_updating = false;
};

} // namespace Switchboard
