// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace Switchboard {

class DatabaseChangeWatcher;

// The strip across the top of the main window while the team database cannot
// be reached: says so, says that the draft is safe, and goes away by itself
// once the watcher has reconnected. Owns nothing but its label.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget* parent = nullptr);

    // Shows on watcher's connectionLost(), hides on connectionRestored().
    void follow(DatabaseChangeWatcher* watcher);
    QString text() const;

private:
    QLabel* m_label = nullptr;
};

} // namespace Switchboard
