// SPDX-License-Identifier: MIT
#include "navigationpanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr int kScopeRole = Qt::UserRole + 1;
constexpr int kAreaRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3;
constexpr int kFilterRole = Qt::UserRole + 4; // SavedFilterId
constexpr int kOwnRole = Qt::UserRole + 5;    // a filter the current agent owns
constexpr int kOwnerRole = Qt::UserRole + 6;  // its owner's name

bool isFilter(const QTreeWidgetItem* item)
{
    return item && item->data(0, kFilterRole).isValid();
}

bool isQueueView(const QTreeWidgetItem* item)
{
    return item && (item->data(0, kScopeRole).isValid() || isFilter(item));
}

bool isView(const QTreeWidgetItem* item)
{
    return isQueueView(item) || (item && item->data(0, kAreaRole).isValid());
}

SavedFilterId filterOf(const QTreeWidgetItem* item)
{
    return isFilter(item) ? item->data(0, kFilterRole).toLongLong() : 0;
}

} // namespace

NavigationPanel::NavigationPanel(QWidget* parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setAccessibleName(tr("Views"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(14);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // The sidebar reads as part of the window frame, not as a data list.
    m_tree->setBackgroundRole(QPalette::Window);
    m_tree->viewport()->setBackgroundRole(QPalette::Window);

    // Rows with some air: a sidebar is aimed at with the mouse, unlike the queue.
    const QSize rowSize(0, fontMetrics().height() + 12);
    auto addItem = [&](QTreeWidgetItem* section, const QString& name) {
        auto* item = new QTreeWidgetItem(section, {name});
        item->setSizeHint(0, rowSize);
        item->setData(0, kNameRole, name);
        item->setData(0, Qt::AccessibleTextRole, name);
        return item;
    };

    m_queueSection = addSection(tr("Queue"));
    const QList<QPair<QueueScope, QString>> views = {
        {QueueScope::Mine, tr("My open")},
        {QueueScope::Unassigned, tr("Unassigned")},
        {QueueScope::BreachingSoon, tr("Breaching soon")},
        {QueueScope::Pending, tr("Pending on customer")},
        {QueueScope::Open, tr("All open")},
        {QueueScope::RecentlyResolved, tr("Recently resolved")},
        {QueueScope::All, tr("All tickets")},
    };
    for (const auto& [scope, name] : views) {
        QTreeWidgetItem* item = addItem(m_queueSection, name);
        item->setData(0, kScopeRole, static_cast<int>(scope));
        if (scope == QueueScope::BreachingSoon)
            item->setToolTip(0, tr("Open tickets overdue or due within two hours, most "
                                   "urgent first"));
        if (scope == QueueScope::RecentlyResolved)
            item->setToolTip(0, tr("Tickets resolved or closed in the last seven days"));
        if (scope == QueueScope::Mine)
            item->setToolTip(0, tr("Open tickets assigned to you"));
    }
    m_filterSection = addSection(tr("Filters"));
    m_newFilterItem = addItem(m_filterSection, tr("New filter…"));
    m_newFilterItem->setToolTip(
        0, tr("Choose tickets by status, priority, type, channel, group, assignee, tags or "
              "creation date, and save the choice for yourself or the team"));
    QTreeWidgetItem* knowledge = addItem(addSection(tr("Knowledge")), tr("Knowledge base"));
    knowledge->setData(0, kAreaRole, static_cast<int>(Area::Knowledge));
    QTreeWidgetItem* dashboards = addItem(addSection(tr("Dashboards")), tr("KPI and charts"));
    dashboards->setData(0, kAreaRole, static_cast<int>(Area::Dashboards));
    QTreeWidgetItem* settings = addItem(addSection(tr("Settings")), tr("SLA, templates, team"));
    settings->setData(0, kAreaRole, static_cast<int>(Area::Settings));
    m_areaItems = {knowledge, dashboards, settings};
    m_tree->expandAll();
    m_tree->setCurrentItem(itemFor(QueueScope::Open));
    m_lastView = m_lastQueueView = itemFor(QueueScope::Open);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                // "New filter…" acts when activated (click, Enter), so the
                // arrow keys can pass over it.
                if (!current || current == m_newFilterItem)
                    return;
                if (!isView(current)) {
                    // A section heading: keep the view where it was.
                    if (previous)
                        select(previous);
                    return;
                }
                m_lastView = current;
                if (isQueueView(current))
                    m_lastQueueView = current;
                if (m_updating)
                    return;
                if (current->data(0, kAreaRole).isValid())
                    emit areaSelected(static_cast<Area>(current->data(0, kAreaRole).toInt()));
                else if (isFilter(current))
                    emit filterSelected(filterOf(current));
                else
                    emit viewSelected(
                        static_cast<QueueScope>(current->data(0, kScopeRole).toInt()));
            });
    // A single click (which also makes it current) or Enter.
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item == m_newFilterItem)
            requestNewFilter();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item == m_newFilterItem)
            requestNewFilter();
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &NavigationPanel::showContextMenu);
    m_tree->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);
}

QTreeWidgetItem* NavigationPanel::addSection(const QString& title)
{
    auto* section = new QTreeWidgetItem(m_tree, {QLocale().toUpper(title)});
    section->setFlags(Qt::ItemIsEnabled);
    QFont font = section->font(0);
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    section->setFont(0, font);
    section->setForeground(0, palette().brush(QPalette::PlaceholderText));
    section->setSizeHint(0, QSize(0, fontMetrics().height() + 12));
    return section;
}

QueueScope NavigationPanel::currentScope() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (item == m_newFilterItem)
        item = m_lastView;
    if (isFilter(item))
        return QueueScope::All; // a saved filter narrows all tickets
    if (!item || !item->data(0, kScopeRole).isValid())
        return QueueScope::Open;
    return static_cast<QueueScope>(item->data(0, kScopeRole).toInt());
}

Area NavigationPanel::currentArea() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (item == m_newFilterItem)
        item = m_lastView;
    if (!item || !item->data(0, kAreaRole).isValid())
        return Area::Queue;
    return static_cast<Area>(item->data(0, kAreaRole).toInt());
}

SavedFilterId NavigationPanel::currentFilter() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return filterOf(item == m_newFilterItem ? m_lastView : item);
}

void NavigationPanel::setCurrentFilter(SavedFilterId id)
{
    if (QTreeWidgetItem* item = itemForFilter(id))
        select(item);
}

void NavigationPanel::clearCurrent()
{
    select(nullptr);
    m_lastView = m_lastQueueView = nullptr;
}

void NavigationPanel::setSavedFilters(const QList<SavedFilter>& filters, AgentId me)
{
    const SavedFilterId current = filterOf(m_tree->currentItem());
    const SavedFilterId lastView = filterOf(m_lastView);
    const SavedFilterId lastQueueView = filterOf(m_lastQueueView);
    const bool newFilterCurrent = m_tree->currentItem() == m_newFilterItem;

    // Quietly: the current item may be among those replaced.
    const QSignalBlocker blocker(m_tree);
    if (isFilter(m_tree->currentItem()))
        m_tree->setCurrentItem(nullptr);
    const QSize rowSize = m_newFilterItem->sizeHint(0);
    while (m_filterSection->childCount() > 1)
        delete m_filterSection->takeChild(0);
    int position = 0;
    for (const SavedFilter& filter : filters) {
        const bool own = me != 0 && filter.ownerId == me;
        QString text = filter.name;
        if (filter.shared)
            text = tr("%1 (shared)").arg(text);
        if (!filter.readable)
            text = tr("%1 (unreadable)").arg(text);
        QString toolTip = !filter.shared ? tr("Only you see this filter")
                          : own          ? tr("Shared with the team by you")
                                         : tr("Shared by %1").arg(filter.ownerName);
        if (!own)
            toolTip += u'\n' + tr("Only %1 can change or delete it").arg(filter.ownerName);
        if (!filter.problems.isEmpty())
            toolTip += u'\n' + tr("Problems: %1").arg(filter.problems.join(QStringLiteral("; ")));
        auto* item = new QTreeWidgetItem({text});
        item->setSizeHint(0, rowSize);
        item->setData(0, kNameRole, filter.name);
        item->setData(0, kFilterRole, filter.id);
        item->setData(0, kOwnRole, own);
        item->setData(0, kOwnerRole, filter.ownerName);
        item->setData(0, Qt::AccessibleTextRole, text);
        item->setToolTip(0, toolTip);
        m_filterSection->insertChild(position++, item);
    }

    // Filter items were replaced: point at the new ones, or at nothing.
    auto remap = [this](SavedFilterId id, QTreeWidgetItem*& item) {
        if (id != 0)
            item = itemForFilter(id);
    };
    remap(lastView, m_lastView);
    remap(lastQueueView, m_lastQueueView);
    if (newFilterCurrent)
        m_tree->setCurrentItem(m_newFilterItem);
    else if (current != 0)
        m_tree->setCurrentItem(itemForFilter(current));
}

QTreeWidgetItem* NavigationPanel::itemForFilter(SavedFilterId id) const
{
    for (int i = 0; i < m_filterSection->childCount(); ++i) {
        QTreeWidgetItem* item = m_filterSection->child(i);
        if (id != 0 && filterOf(item) == id)
            return item;
    }
    return nullptr;
}

void NavigationPanel::requestNewFilter()
{
    // The view stays what it was until the dialog gives a new one.
    select(m_lastView);
    emit newFilterRequested();
}

void NavigationPanel::showContextMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_tree->itemAt(position);
    if (!item || (item->parent() != m_filterSection && item != m_filterSection))
        return;
    QMenu menu(this);
    if (isFilter(item)) {
        const SavedFilterId id = filterOf(item);
        const bool own = item->data(0, kOwnRole).toBool();
        menu.addAction(tr("&Show Tickets"), this, [this, item] { m_tree->setCurrentItem(item); });
        QAction* edit =
            menu.addAction(tr("&Edit…"), this, [this, id] { emit editFilterRequested(id); });
        edit->setShortcut(QKeySequence(Qt::Key_F2));
        QAction* remove =
            menu.addAction(tr("&Delete"), this, [this, id] { emit deleteFilterRequested(id); });
        remove->setShortcut(QKeySequence::Delete);
        edit->setEnabled(own);
        remove->setEnabled(own);
        if (!own) {
            menu.addSeparator();
            menu.addAction(tr("Shared by %1; only they can change it")
                               .arg(item->data(0, kOwnerRole).toString()))
                ->setEnabled(false);
        }
        menu.addSeparator();
    }
    menu.addAction(tr("&New Filter…"), this, &NavigationPanel::requestNewFilter);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

bool NavigationPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        QTreeWidgetItem* item = m_tree->currentItem();
        const bool own = isFilter(item) && item->data(0, kOwnRole).toBool();
        if (own && (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace)) {
            emit deleteFilterRequested(filterOf(item));
            return true;
        }
        if (own && key->key() == Qt::Key_F2) {
            emit editFilterRequested(filterOf(item));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NavigationPanel::setCurrentScope(QueueScope scope)
{
    select(itemFor(scope));
}

void NavigationPanel::setCurrentArea(Area area)
{
    // Back to the queue: to the view it shows (a scope, a filter, or none
    // for an unsaved filter).
    select(area == Area::Queue ? m_lastQueueView : itemFor(area));
}

void NavigationPanel::select(QTreeWidgetItem* item)
{
    m_updating = true;
    m_tree->setCurrentItem(item);
    m_updating = false;
}

void NavigationPanel::setCount(QueueScope scope, int count)
{
    QTreeWidgetItem* item = itemFor(scope);
    const QString name = item->data(0, kNameRole).toString();
    item->setText(0,
                  count < 0 ? name : QStringLiteral("%1  %2").arg(name, QLocale().toString(count)));
    item->setData(0, Qt::AccessibleTextRole,
                  count < 0 ? name : tr("%1, %n ticket(s)", nullptr, count).arg(name));
}

QTreeWidgetItem* NavigationPanel::itemFor(QueueScope scope) const
{
    for (int i = 0; i < m_queueSection->childCount(); ++i) {
        QTreeWidgetItem* item = m_queueSection->child(i);
        if (item->data(0, kScopeRole).toInt() == static_cast<int>(scope))
            return item;
    }
    return m_queueSection->child(0);
}

QTreeWidgetItem* NavigationPanel::itemFor(Area area) const
{
    for (QTreeWidgetItem* item : m_areaItems) {
        if (item->data(0, kAreaRole).toInt() == static_cast<int>(area))
            return item;
    }
    return m_queueSection->child(0);
}

} // namespace Switchboard
