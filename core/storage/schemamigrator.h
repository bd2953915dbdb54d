// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "connectionsetup.h"
#include "migration.h"

#include <QSqlDatabase>
#include <QString>

namespace Switchboard {

// What a database file holds before anything is written to it.
struct SchemaInspection
{
    bool exists = false;
    bool empty = true; // no tables yet: a new database
    int version = 0;
};

// Checks a file read-only and brings its schema up to date. Knows nothing of
// tickets; the migration list is passed in so tests can add future versions.
class SchemaMigrator
{
public:
    // connectionSetup runs on the connection that applies migrations.
    explicit SchemaMigrator(QList<Migration> migrations,
                            QList<ConnectionSetup> connectionSetup = {});

    int latestVersion() const;
    // Opens the file read-only and refuses what must not be touched.
    Result<SchemaInspection> inspect(const QString& path) const;
    // Applies every missing migration, each in its own transaction.
    // Returns the backup path when an existing database was migrated.
    Result<QString> migrate(const QString& path, const SchemaInspection& inspection) const;

private:
    Status apply(QSqlDatabase& db, const Migration& migration) const;
    Result<QString> backup(QSqlDatabase& db, const QString& path, int fromVersion) const;

    QList<Migration> m_migrations;
    QList<ConnectionSetup> m_connectionSetup;
};

} // namespace Switchboard
