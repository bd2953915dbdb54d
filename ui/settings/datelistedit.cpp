// SPDX-License-Identifier: MIT
#include "datelistedit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Switchboard {

DateListEdit::DateListEdit(const QString& name, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(name);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("list"));
    m_list->setAccessibleName(name);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    // Room for a week of holidays; a national calendar scrolls rather than
    // pushing the rest of the form out of sight.
    const int rowHeight = m_list->fontMetrics().height() + 2;
    m_list->setMinimumHeight(rowHeight * 4);
    m_list->setMaximumHeight(rowHeight * 8);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setAccessibleName(tr("%1: date to add").arg(name));
    m_date->setCalendarPopup(true);
    m_date->setLocale(QLocale());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setAccessibleName(tr("Add to %1").arg(name));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setAccessibleName(tr("Remove from %1").arg(name));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_date, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QDate date = m_date->date();
        if (addDate(date)) {
            // Holidays come in runs (1-8 January): offer the next day.
            m_date->setDate(date.addDays(1));
            emit datesChanged();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &DateListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DateListEdit::updateButtons);
    updateButtons();
}

void DateListEdit::setDates(const QSet<QDate>& dates)
{
    m_dates = dates;
    rebuild({});
}

bool DateListEdit::addDate(const QDate& date)
{
    if (!date.isValid() || m_dates.contains(date))
        return false;
    m_dates.insert(date);
    rebuild(date);
    return true;
}

void DateListEdit::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty() || m_readOnly)
        return;
    int row = m_list->row(selected.first());
    for (const QListWidgetItem* item : selected)
        m_dates.remove(item->data(Qt::UserRole).toDate());
    rebuild({});
    // Keep the keyboard in the list, on the date that moved into the gap.
    row = std::min(row, m_list->count() - 1);
    if (row >= 0)
        m_list->setCurrentRow(row);
    emit datesChanged();
}

void DateListEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_date->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    updateButtons();
}

bool DateListEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateListEdit::rebuild(const QDate& current)
{
    QList<QDate> sorted(m_dates.cbegin(), m_dates.cend());
    std::sort(sorted.begin(), sorted.end());
    const QLocale locale;
    m_list->clear();
    for (const QDate& date : sorted) {
        auto* item = new QListWidgetItem(locale.toString(date, QLocale::LongFormat), m_list);
        item->setData(Qt::UserRole, date);
        if (date == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void DateListEdit::updateButtons()
{
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && !m_list->selectedItems().isEmpty());
}

} // namespace Switchboard
