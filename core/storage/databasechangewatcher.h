// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QObject>
#include <QTimer>

namespace Switchboard {

// Notices commits made by other connections (another window, another
// process, the CLI) to the same SQLite file, through PRAGMA data_version:
// a counter SQLite keeps per connection that moves only when someone else
// commits. Reading it costs no table access, so polling twice a second is
// free, and nothing is reloaded unless something changed.
// Lives on the thread whose connection it reads.
class DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseChangeWatcher(DatabasePtr database, int intervalMs = 500,
                                   QObject* parent = nullptr);

    void start();
    void stop();
    // Reads the counter now; emits changed() when it moved. Returns whether it did.
    bool check();

signals:
    void changed();

private:
    DatabasePtr m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace Switchboard
