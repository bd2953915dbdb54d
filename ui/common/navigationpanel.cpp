// SPDX-License-Identifier: MIT
#include "navigationpanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr int kScopeRole = Qt::UserRole + 1;

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

    m_queueSection = new QTreeWidgetItem(m_tree, {QLocale().toUpper(tr("Queue"))});
    m_queueSection->setFlags(Qt::ItemIsEnabled);
    QFont sectionFont = m_queueSection->font(0);
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 0.85);
    m_queueSection->setFont(0, sectionFont);
    m_queueSection->setForeground(0, palette().brush(QPalette::PlaceholderText));

    const QList<QPair<QueueScope, QString>> views = {
        {QueueScope::Open, tr("All open")},
        {QueueScope::Unassigned, tr("Unassigned")},
        {QueueScope::All, tr("All tickets")},
    };
    // Rows with some air: a sidebar is aimed at with the mouse, unlike the queue.
    const QSize rowSize(0, fontMetrics().height() + 12);
    m_queueSection->setSizeHint(0, rowSize);
    for (const auto& [scope, name] : views) {
        auto* item = new QTreeWidgetItem(m_queueSection, {name});
        item->setSizeHint(0, rowSize);
        item->setData(0, kScopeRole, static_cast<int>(scope));
        item->setData(0, Qt::AccessibleTextRole, name);
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(itemFor(QueueScope::Open));

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                if (!current)
                    return;
                if (!current->data(0, kScopeRole).isValid()) {
                    // A section heading: keep the view where it was.
                    if (previous)
                        m_tree->setCurrentItem(previous);
                    return;
                }
                if (!m_updating)
                    emit viewSelected(
                        static_cast<QueueScope>(current->data(0, kScopeRole).toInt()));
            });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);
}

QueueScope NavigationPanel::currentScope() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->data(0, kScopeRole).isValid())
        return QueueScope::Open;
    return static_cast<QueueScope>(item->data(0, kScopeRole).toInt());
}

void NavigationPanel::setCurrentScope(QueueScope scope)
{
    m_updating = true;
    m_tree->setCurrentItem(itemFor(scope));
    m_updating = false;
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

} // namespace Switchboard
