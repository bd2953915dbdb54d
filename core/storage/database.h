// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "connectionsetup.h"
#include "migration.h"
#include "sqlbackend.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QSqlError;

namespace Switchboard {

class DatabaseLocation;
class SqlDialect;

// An open Switchboard database: an SQLite file, or a shared PostgreSQL
// database for a team (DatabaseLocation). Owns one QSqlDatabase connection
// per thread (connections must not cross threads); SQLite ones get WAL,
// foreign keys and a busy timeout. Opening checks and migrates the schema.
class Database
{
public:
    struct Options
    {
        QList<Migration> migrations = schemaMigrations();
        bool createIfMissing = true;
        // Run on every connection this database opens, including the
        // migrator's (migrations may create FTS tables that need a tokenizer).
        QList<ConnectionSetup> connectionSetup = defaultConnectionSetups();
    };

    // path is a file path or a postgresql:// URL. Refuses corrupt files,
    // non-Switchboard databases and newer schemas without writing to them;
    // migrates older schemas (after taking a backup copy of a file).
    static Result<std::shared_ptr<Database>> open(const QString& path);
    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The calling thread's connection, created on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; call before a worker thread ends.
    void closeThreadConnection() const;

    // Team mode: whether a failed query failed because the server went away
    // (restarted, network gone, backend terminated) rather than because of
    // the query, so callers keep what the user typed and retry later.
    static bool isConnectionLost(const QSqlError& error);
    // Closes and reopens the calling thread's server connection.
    Status reconnectThreadConnection() const;
    // After the server came back: every thread checks its connection on its
    // next connection() call (one SELECT 1) and reopens it if it died, so
    // workers do not fail once on a connection from before the outage.
    void connectionsMayBeStale() const;

    // The file path, or the server URL without its password.
    QString path() const;
    const DatabaseLocation& location() const { return *m_location; }
    SqlBackend backend() const;
    SqlDialect dialect() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Path of the backup copy taken before the last migration, if any.
    QString backupPath() const { return m_backupPath; }

    // --db PATH, else $SWITCHBOARD_DB, else the per-user default file.
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultPath();

private:
    explicit Database(DatabaseLocation location);
    static Result<std::shared_ptr<Database>> openFile(const DatabaseLocation& location,
                                                      const Options& options);
    static Result<std::shared_ptr<Database>> openServer(const DatabaseLocation& location,
                                                        const Options& options);
    QString connectionNameForCurrentThread() const;
    bool openSqliteConnection(QSqlDatabase& db) const;
    bool openPostgresConnection(QSqlDatabase& db) const;
    void reopenIfBroken(QSqlDatabase& db, const QString& name) const;

    // Behind a pointer so that this widely included header does not pull in
    // the location and dialect headers.
    std::unique_ptr<const DatabaseLocation> m_location;
    QString m_backupPath;
    int m_schemaVersion = 0;
    QString m_id;
    QList<ConnectionSetup> m_connectionSetup;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    // Server connections: which generation each was last checked in, and
    // when a reopen last failed (a server that is down is not asked again
    // on every query).
    mutable QHash<QString, int> m_checkedGeneration;
    mutable std::atomic<int> m_generation{0};
    mutable std::atomic<qint64> m_lastFailedReopenMs{0};
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace Switchboard
