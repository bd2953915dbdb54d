// SPDX-License-Identifier: MIT
#pragma once

#include <QListView>

namespace Switchboard {

// The knowledge view's middle list: one result per row, j/k moving like the
// arrow keys as in the queue, and a sentence in the empty viewport saying
// what to do next.
class KbResultList : public QListView
{
    Q_OBJECT

public:
    explicit KbResultList(QWidget* parent = nullptr);

    // Shown when the model has no rows; empty hides it.
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_emptyText;
};

} // namespace Switchboard
