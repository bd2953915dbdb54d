// SPDX-License-Identifier: MIT
#pragma once

#include "kb/kbcatalog.h"

#include <QHash>
#include <QTreeWidget>

namespace Switchboard {

// The knowledge view's left column: "All articles", the category tree with
// article counts (including subcategories), and the trainers' lists. Section
// headings cannot be chosen; choosing one keeps the previous entry.
class KbNavigationTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Entry
    {
        AllArticles,
        Category,
        MostUsed,
        LeastHelpful,
        DueForReview,
        CoverageGaps,
    };

    explicit KbNavigationTree(QWidget* parent = nullptr);

    // Rebuilds the categories; the chosen entry stays chosen when it still
    // exists (else "All articles"), without emitting entryChosen.
    void setCategories(const QList<KbCategory>& categories, int articleCount);
    // "Hardware/Printers" for each category id.
    QHash<qint64, QString> categoryPaths() const { return m_paths; }

    Entry currentEntry() const;
    qint64 currentCategoryId() const; // 0 unless a category is chosen
    // Chooses an entry as a click would, emitting entryChosen.
    void choose(Entry entry, qint64 categoryId = 0);

signals:
    void entryChosen();

private:
    QTreeWidgetItem* addEntry(QTreeWidgetItem* parent, const QString& name, Entry entry,
                              qint64 categoryId = 0);
    QTreeWidgetItem* addSection(const QString& name);
    QTreeWidgetItem* find(Entry entry, qint64 categoryId) const;
    void setCount(QTreeWidgetItem* item, int count);

    QTreeWidgetItem* m_all = nullptr;
    QTreeWidgetItem* m_categorySection = nullptr;
    QHash<qint64, QString> m_paths;
    bool m_updating = false;
};

} // namespace Switchboard
