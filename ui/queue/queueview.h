// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace Switchboard {

// The queue table: compact rows, whole-row selection, j/k as in mail
// readers, columns chosen from the header's context menu, and a sentence in
// the empty viewport saying what to do next.
class QueueView : public QTableView
{
    Q_OBJECT

public:
    explicit QueueView(QWidget* parent = nullptr);

    // Shown centred when the model has no rows; empty hides it.
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // Header context menu: which columns to show; the header state keeps the choice.
    void showColumnMenu(const QPoint& position);

    QString m_emptyText;
};

} // namespace Switchboard
