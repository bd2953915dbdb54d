// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "migration.h"

#include <QSqlDatabase>

namespace Switchboard {

// The schema history on a shared PostgreSQL database. The same numbered
// migrations as on SQLite, translated by SqlDialect. Several desktops may
// start at once after an upgrade: migrations run under an advisory lock,
// each in one transaction, skipped when another desktop applied it first. PostgreSQL DDL is
// transactional, so a failed step leaves the previous version intact; backups of a server are the
// administrator's.
class PostgresSchemaMigrator
{
public:
    explicit PostgresSchemaMigrator(QList<Migration> migrations);

    int latestVersion() const;
    // The schema version (0 for an empty database). Refuses a database that
    // holds another program's tables or a newer Switchboard schema.
    Result<int> inspect(const QSqlDatabase& db) const;
    Status migrate(const QSqlDatabase& db) const;

private:
    Status apply(const QSqlDatabase& db, const Migration& migration) const;

    QList<Migration> m_migrations;
};

} // namespace Switchboard
