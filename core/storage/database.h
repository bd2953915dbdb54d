// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "connectionsetup.h"
#include "migration.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Switchboard {

// An open Switchboard database file. Owns one QSqlDatabase connection per
// thread (SQLite connections must not cross threads), each configured with
// WAL, foreign keys and a busy timeout. Opening checks and migrates the schema.
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

    // Refuses corrupt files, non-Switchboard files and newer schemas without
    // writing to them; migrates older schemas after taking a backup copy.
    static Result<std::shared_ptr<Database>> open(const QString& path);
    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The calling thread's connection, created on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; call before a worker thread ends.
    void closeThreadConnection() const;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Path of the backup copy taken before the last migration, if any.
    QString backupPath() const { return m_backupPath; }

    // --db PATH, else $SWITCHBOARD_DB, else the per-user default file.
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultPath();

private:
    explicit Database(QString path);
    QString connectionNameForCurrentThread() const;

    QString m_path;
    QString m_backupPath;
    int m_schemaVersion = 0;
    QString m_id;
    QList<ConnectionSetup> m_connectionSetup;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace Switchboard
