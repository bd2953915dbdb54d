// SPDX-License-Identifier: MIT
#include "postgresschemamigrator.h"

#include "common/logging.h"
#include "common/tr.h"
#include "sqldialect.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {
namespace {

// The advisory lock migrations hold ("SwBd", the SQLite application id).
constexpr qint64 kMigrationLockKey = kApplicationId;

Error refusal(const QString& message, const QSqlDatabase& db)
{
    return Error{ErrorKind::BadInput, message, db.databaseName()};
}

Error failure(const QString& what, const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime, QStringLiteral("%1: %2").arg(what, query.lastError().text())};
}

// The version recorded in switchboard_database, or -1 when the table is absent.
Result<int> recordedVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('switchboard_database') IS NOT NULL")) ||
        !query.next())
        return failure(Tr::tr("cannot read the database schema"), query);
    if (!query.value(0).toBool())
        return -1;
    if (!query.exec(QStringLiteral("SELECT application_id, schema_version FROM "
                                   "switchboard_database")))
        return failure(Tr::tr("cannot read the database schema"), query);
    if (!query.next())
        return refusal(Tr::tr("the database is damaged: its schema version is missing"), db);
    if (query.value(0).toLongLong() != kApplicationId)
        return refusal(Tr::tr("this PostgreSQL database belongs to another program"), db);
    return query.value(1).toInt();
}

} // namespace

PostgresSchemaMigrator::PostgresSchemaMigrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int PostgresSchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> PostgresSchemaMigrator::inspect(const QSqlDatabase& db) const
{
    auto version = recordedVersion(db);
    if (!version)
        return version.error();
    if (version.value() < 0) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_tables "
                                       "WHERE schemaname = current_schema()")) ||
            !query.next())
            return failure(Tr::tr("cannot read the database schema"), query);
        if (query.value(0).toInt() > 0)
            return refusal(Tr::tr("this PostgreSQL database already holds tables of another "
                                  "program; create an empty database for Switchboard"),
                           db);
        return 0;
    }
    if (version.value() > latestVersion())
        return refusal(Tr::tr("the database was written by a newer Switchboard (schema version "
                              "%1; this version supports up to %2); update Switchboard to open it")
                           .arg(version.value())
                           .arg(latestVersion()),
                       db);
    return version.value();
}

Status PostgresSchemaMigrator::migrate(const QSqlDatabase& db) const
{
    // A session lock, taken before any migration's transaction begins: each
    // transaction then starts after the previous holder committed and sees
    // its tables (a transaction begun before the commit could keep a stale
    // catalog cache and miss them).
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLockKey)))
        return failure(Tr::tr("cannot lock the database for its upgrade"), lock);
    lock.finish();
    Status result;
    for (const Migration& migration : m_migrations) {
        result = apply(db, migration);
        if (!result)
            break;
    }
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey)))
        qCWarning(lcMigrations) << "could not release the migration lock"
                                << lock.lastError().text();
    return result;
}

Status PostgresSchemaMigrator::apply(const QSqlDatabase& db, const Migration& migration) const
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot start a transaction for migration %1").arg(migration.version)};
    QSqlQuery query(db);
    // Another desktop may have applied it while this one waited for the lock.
    auto current = recordedVersion(db);
    if (!current)
        return current.error();
    if (current.value() >= migration.version)
        return {};

    qCInfo(lcMigrations) << "applying migration" << migration.version << migration.name
                         << "on PostgreSQL";
    const SqlDialect dialect(SqlBackend::Postgres);
    QStringList statements;
    for (const QString& statement : migration.statements)
        statements.append(dialect.schemaStatement(statement));
    statements += migration.postgresOnly;
    statements += {
        QStringLiteral("CREATE TABLE IF NOT EXISTS switchboard_database (application_id BIGINT "
                       "NOT NULL, schema_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY "
                       "KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"),
        QStringLiteral("DELETE FROM switchboard_database"),
        QStringLiteral("INSERT INTO switchboard_database VALUES (%1, %2)")
            .arg(kApplicationId)
            .arg(migration.version),
    };
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return Error{ErrorKind::Runtime, Tr::tr("migration %1 (%2) failed: %3")
                                                 .arg(migration.version)
                                                 .arg(migration.name, query.lastError().text())};
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return failure(Tr::tr("migration %1 failed").arg(migration.version), query);
    query.finish();
    return transaction.commit();
}

} // namespace Switchboard
