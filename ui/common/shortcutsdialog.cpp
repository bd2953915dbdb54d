// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

QString native(const QString& portable)
{
    return QKeySequence(portable).toString(QKeySequence::NativeText);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));

    const QList<QPair<QString, QString>> entries = {
        {native(QStringLiteral("Ctrl+K")), tr("Go to the search field: words or a ticket number")},
        {tr("%1 %2 or J K").arg(QChar(0x2191), QChar(0x2193)), tr("Move in the queue")},
        {native(QStringLiteral("Return")), tr("Open the ticket: move to its conversation")},
        {native(QStringLiteral("Ctrl+1")), tr("Go to the queue")},
        {native(QStringLiteral("Esc")), tr("Clear the search, or go back to the queue")},
        {native(QStringLiteral("F1")) + QStringLiteral(", ?"), tr("Show this list")},
        {native(QStringLiteral("Ctrl+Q")), tr("Quit")},
    };

    auto* table = new QTableWidget(static_cast<int>(entries.size()), 2, this);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    table->setFocusPolicy(Qt::StrongFocus);
    for (int row = 0; row < entries.size(); ++row) {
        auto* key = new QTableWidgetItem(entries.at(row).first);
        QFont font = key->font();
        font.setBold(true);
        key->setFont(font);
        table->setItem(row, 0, key);
        table->setItem(row, 1, new QTableWidgetItem(entries.at(row).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 320);
}

} // namespace Switchboard
