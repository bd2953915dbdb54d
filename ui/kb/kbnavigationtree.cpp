// SPDX-License-Identifier: MIT
#include "kbnavigationtree.h"

#include <QHeaderView>
#include <QLocale>

namespace Switchboard {
namespace {

constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kCategoryRole = Qt::UserRole + 2;

} // namespace

KbNavigationTree::KbNavigationTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Categories and lists"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(14);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    // Part of the window frame, like the main navigation, not a data table.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_all = addEntry(nullptr, tr("All articles"), Entry::AllArticles);
    QFont allFont = m_all->font(0);
    allFont.setWeight(QFont::DemiBold);
    m_all->setFont(0, allFont);
    m_categorySection = addSection(tr("Categories"));
    QTreeWidgetItem* lists = addSection(tr("Lists"));
    QTreeWidgetItem* used = addEntry(lists, tr("Most used"), Entry::MostUsed);
    used->setToolTip(0, tr("Articles most often inserted into replies"));
    QTreeWidgetItem* unhelpful = addEntry(lists, tr("Least helpful"), Entry::LeastHelpful);
    unhelpful->setToolTip(0, tr("Articles with the highest share of \"not helpful\" votes "
                                "(at least 3 votes)"));
    QTreeWidgetItem* review = addEntry(lists, tr("Due for review"), Entry::DueForReview);
    review->setToolTip(0, tr("Published articles whose review date has come"));
    QTreeWidgetItem* gaps = addEntry(lists, tr("Coverage gaps"), Entry::CoverageGaps);
    gaps->setToolTip(0, tr("Frequent subjects of resolved tickets that no article was used for"));
    expandAll();
    setCurrentItem(m_all);

    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                if (!current)
                    return;
                if (!current->data(0, kEntryRole).isValid()) {
                    if (previous)
                        setCurrentItem(previous);
                    return;
                }
                if (!m_updating)
                    emit entryChosen();
            });
}

QTreeWidgetItem* KbNavigationTree::addSection(const QString& name)
{
    auto* item = new QTreeWidgetItem(this, {QLocale().toUpper(name)});
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    item->setFont(0, font);
    item->setForeground(0, palette().brush(QPalette::PlaceholderText));
    item->setSizeHint(0, QSize(0, fontMetrics().height() + 14));
    item->setFirstColumnSpanned(true);
    return item;
}

QTreeWidgetItem* KbNavigationTree::addEntry(QTreeWidgetItem* parent, const QString& name,
                                            Entry entry, qint64 categoryId)
{
    auto* item = parent ? new QTreeWidgetItem(parent, {name}) : new QTreeWidgetItem(this, {name});
    item->setData(0, kEntryRole, int(entry));
    item->setData(0, kCategoryRole, categoryId);
    item->setData(0, Qt::AccessibleTextRole, name);
    item->setSizeHint(0, QSize(0, fontMetrics().height() + 10));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    return item;
}

void KbNavigationTree::setCount(QTreeWidgetItem* item, int count)
{
    const QString text = QLocale().toString(count);
    item->setText(1, text);
    item->setData(0, Qt::AccessibleTextRole,
                  tr("%1, %Ln article(s)", nullptr, count).arg(item->text(0)));
}

void KbNavigationTree::setCategories(const QList<KbCategory>& categories, int articleCount)
{
    const Entry entry = currentEntry();
    const qint64 categoryId = currentCategoryId();
    m_updating = true;
    qDeleteAll(m_categorySection->takeChildren());
    m_paths.clear();
    QHash<qint64, QTreeWidgetItem*> items;
    for (const KbCategory& category : categories) {
        QTreeWidgetItem* parent = items.value(category.parentId, m_categorySection);
        QTreeWidgetItem* item = addEntry(parent, category.name, Entry::Category, category.id);
        setCount(item, category.articleCount);
        items.insert(category.id, item);
        const QString parentPath = m_paths.value(category.parentId);
        m_paths.insert(category.id, parentPath.isEmpty()
                                        ? category.name
                                        : parentPath + QLatin1Char('/') + category.name);
    }
    setCount(m_all, articleCount);
    m_categorySection->setHidden(categories.isEmpty());
    expandAll();
    QTreeWidgetItem* keep = find(entry, categoryId);
    setCurrentItem(keep ? keep : m_all);
    m_updating = false;
}

KbNavigationTree::Entry KbNavigationTree::currentEntry() const
{
    const QTreeWidgetItem* item = currentItem();
    if (!item || !item->data(0, kEntryRole).isValid())
        return Entry::AllArticles;
    return static_cast<Entry>(item->data(0, kEntryRole).toInt());
}

qint64 KbNavigationTree::currentCategoryId() const
{
    const QTreeWidgetItem* item = currentItem();
    return item && currentEntry() == Entry::Category ? item->data(0, kCategoryRole).toLongLong()
                                                     : 0;
}

void KbNavigationTree::choose(Entry entry, qint64 categoryId)
{
    if (QTreeWidgetItem* item = find(entry, categoryId))
        setCurrentItem(item);
}

QTreeWidgetItem* KbNavigationTree::find(Entry entry, qint64 categoryId) const
{
    for (QTreeWidgetItemIterator it(const_cast<KbNavigationTree*>(this)); *it; ++it) {
        const QTreeWidgetItem* item = *it;
        if (item->data(0, kEntryRole).isValid() &&
            item->data(0, kEntryRole).toInt() == int(entry) &&
            (entry != Entry::Category || item->data(0, kCategoryRole).toLongLong() == categoryId))
            return *it;
    }
    return nullptr;
}

} // namespace Switchboard
