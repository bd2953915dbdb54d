// SPDX-License-Identifier: MIT
#include "navigationpanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr int kScopeRole = Qt::UserRole + 1;
constexpr int kAreaRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3;

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
    QTreeWidgetItem* knowledge = addItem(addSection(tr("Knowledge")), tr("Knowledge base"));
    knowledge->setData(0, kAreaRole, static_cast<int>(Area::Knowledge));
    QTreeWidgetItem* settings = addItem(addSection(tr("Settings")), tr("SLA and calendars"));
    settings->setData(0, kAreaRole, static_cast<int>(Area::Settings));
    m_areaItems = {knowledge, settings};
    m_tree->expandAll();
    m_tree->setCurrentItem(itemFor(QueueScope::Open));

    connect(
        m_tree, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
            if (!current)
                return;
            if (!current->data(0, kScopeRole).isValid() && !current->data(0, kAreaRole).isValid()) {
                // A section heading: keep the view where it was.
                if (previous)
                    m_tree->setCurrentItem(previous);
                return;
            }
            if (m_updating)
                return;
            if (current->data(0, kAreaRole).isValid())
                emit areaSelected(static_cast<Area>(current->data(0, kAreaRole).toInt()));
            else
                emit viewSelected(static_cast<QueueScope>(current->data(0, kScopeRole).toInt()));
        });

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
    if (!item || !item->data(0, kScopeRole).isValid())
        return QueueScope::Open;
    return static_cast<QueueScope>(item->data(0, kScopeRole).toInt());
}

Area NavigationPanel::currentArea() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->data(0, kAreaRole).isValid())
        return Area::Queue;
    return static_cast<Area>(item->data(0, kAreaRole).toInt());
}

void NavigationPanel::setCurrentScope(QueueScope scope)
{
    select(itemFor(scope));
}

void NavigationPanel::setCurrentArea(Area area)
{
    select(area == Area::Queue ? itemFor(currentScope()) : itemFor(area));
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
