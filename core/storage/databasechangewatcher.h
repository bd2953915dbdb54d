// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

class QThread;

namespace Switchboard {

// Notices commits made by other connections (another window, another
// process, the CLI, another desktop) so the window can show them without a
// restart. Lives on the thread whose connection it reads.
//
// SQLite: polls PRAGMA data_version, a counter SQLite keeps per connection
// that moves only when someone else commits. Reading it costs no table
// access, so polling twice a second is free, and nothing is reloaded unless
// something changed. It cannot tell what changed: the id lists are empty.
//
// PostgreSQL: LISTENs on the channels the schema's triggers notify
// (switchboard_tickets, switchboard_sla) and never polls tables. The timer
// only checks local state (is the connection still open, still listening),
// and while the connection is lost it tries to reconnect, from a short-lived
// thread so that a server that does not answer cannot freeze the window.
// Notifications sent while the connection was down are lost, so a restored
// connection is reported as "everything changed".
class DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // intervalMs: how often SQLite's counter, or the PostgreSQL
    // connection's local state, is checked.
    explicit DatabaseChangeWatcher(DatabasePtr database, int intervalMs = 500,
                                   QObject* parent = nullptr);
    ~DatabaseChangeWatcher() override;

    void start();
    void stop();
    // SQLite: reads the counter now; emits changed() when it moved.
    // PostgreSQL: checks the connection now; reports a loss.
    // Returns whether a change (or a loss) was seen.
    bool check();

    // PostgreSQL: how often a lost server is asked again.
    void setReconnectIntervalMs(int ms) { m_reconnectIntervalMs = ms; }
    bool isConnectionLost() const { return m_lost; }

signals:
    // Something someone else wrote may be on screen: reload.
    void changed();
    // Tickets someone else created or changed; empty: any ticket may have.
    void ticketsChanged(const QList<qint64>& ids);
    // SLA state of these tickets changed; empty: of any ticket.
    void slaChanged(const QList<qint64>& ids);
    // PostgreSQL only: the server went away; reconnecting in the background.
    void connectionLost();
    // Listening again; changed() and empty-list signals follow, since what
    // happened in between was not heard.
    void connectionRestored();

private:
    bool checkDataVersion();
    bool checkConnection();
    bool listen();
    void handleNotification(const QString& name, QSqlDriver::NotificationSource source,
                            const QVariant& payload);
    void socketActivity();
    void markLost(const QString& reason);
    void tryReconnect();
    void reconnected();

    DatabasePtr m_database;
    bool m_postgres = false;
    QTimer m_timer;
    qint64 m_lastVersion = -1;

    QPointer<QSqlDriver> m_driver;
    bool m_lost = false;
    int m_reconnectIntervalMs = 2000;
    qint64 m_lastAttemptMs = 0;
    QThread* m_probe = nullptr;
};

} // namespace Switchboard
