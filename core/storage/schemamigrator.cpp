// SPDX-License-Identifier: MIT
#include "schemamigrator.h"

#include "common/logging.h"
#include "common/tr.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr char kSqliteHeader[] = "SQLite format 3";

// A scoped connection that is removed when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("sb-migrator-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_opened = db.open();
        m_error = db.lastError().text();
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }

    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

Error refusal(const QString& message, const QString& path)
{
    return Error{ErrorKind::BadInput, message, path};
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.startsWith(kSqliteHeader);
}

} // namespace

SchemaMigrator::SchemaMigrator(QList<Migration> migrations, QList<ConnectionSetup> connectionSetup)
    : m_migrations(std::move(migrations))
    , m_connectionSetup(std::move(connectionSetup))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<SchemaInspection> SchemaMigrator::inspect(const QString& path) const
{
    SchemaInspection result;
    const QFileInfo info(path);
    result.exists = info.exists();
    if (!result.exists || info.size() == 0)
        return result;
    if (!info.isFile() || !info.isReadable())
        return Error{ErrorKind::Runtime, Tr::tr("the database file cannot be read"), path};
    if (!hasSqliteHeader(path))
        return refusal(Tr::tr("this file is not a Switchboard database"), path);

    ScopedConnection connection(path, true);
    if (!connection.opened())
        return refusal(Tr::tr("the database file is damaged: %1").arg(connection.error()), path);
    QSqlDatabase db = connection.db();
    QSqlQuery query(db);
    // Reading the schema is what detects most damage; a bad header page or
    // b-tree fails here with "file is not a database" or "malformed".
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return refusal(Tr::tr("the database file is damaged: %1").arg(query.lastError().text()),
                       path);
    result.empty = query.value(0).toInt() == 0;
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return refusal(Tr::tr("the database file is damaged: %1").arg(query.lastError().text()),
                       path);
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return refusal(Tr::tr("the database file is damaged: %1").arg(query.lastError().text()),
                       path);
    result.version = query.value(0).toInt();
    query.finish();

    if (result.empty)
        return result;
    if (applicationId != kApplicationId)
        return refusal(Tr::tr("this file is an SQLite database of another program, not a "
                              "Switchboard database"),
                       path);
    if (result.version > latestVersion())
        return refusal(Tr::tr("the database was written by a newer Switchboard (schema version "
                              "%1; this version supports up to %2); update Switchboard to open it")
                           .arg(result.version)
                           .arg(latestVersion()),
                       path);
    return result;
}

Result<QString> SchemaMigrator::migrate(const QString& path,
                                        const SchemaInspection& inspection) const
{
    if (inspection.version == latestVersion() && !inspection.empty)
        return QString();

    ScopedConnection connection(path, false);
    if (!connection.opened())
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot open the database: %1").arg(connection.error()), path};
    QSqlDatabase db = connection.db();
    if (Status status = runConnectionSetups(db, m_connectionSetup); !status)
        return status.error();

    QString backupFile;
    if (!inspection.empty) {
        QSqlQuery check(db);
        // A full integrity check is too slow for every start, but before we
        // rewrite a file we make sure we are not building on damage.
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
            check.value(0).toString() != QLatin1String("ok"))
            return refusal(Tr::tr("the database file is damaged and was not changed"), path);
        check.finish();
        auto copied = backup(db, path, inspection.version);
        if (!copied)
            return copied.error();
        backupFile = copied.value();
    }

    for (const Migration& migration : m_migrations) {
        if (migration.version <= inspection.version)
            continue;
        if (Status status = apply(db, migration); !status)
            return status.error();
    }
    return backupFile;
}

Status SchemaMigrator::apply(QSqlDatabase& db, const Migration& migration) const
{
    qCInfo(lcMigrations) << "applying migration" << migration.version << migration.name;
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot start a transaction for migration %1").arg(migration.version)};
    QSqlQuery query(db);
    for (const QString& statement : migration.statements + migration.sqliteOnly) {
        if (!query.exec(statement))
            return Error{ErrorKind::Runtime, Tr::tr("migration %1 (%2) failed: %3")
                                                 .arg(migration.version)
                                                 .arg(migration.name, query.lastError().text())};
    }
    const QStringList bookkeeping = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                       "KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
    };
    for (const QString& statement : bookkeeping) {
        if (!query.exec(statement))
            return Error{ErrorKind::Runtime, Tr::tr("migration %1 failed: %2")
                                                 .arg(migration.version)
                                                 .arg(query.lastError().text())};
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return Error{
            ErrorKind::Runtime,
            Tr::tr("migration %1 failed: %2").arg(migration.version).arg(query.lastError().text())};
    query.finish();
    return transaction.commit();
}

Result<QString> SchemaMigrator::backup(QSqlDatabase& db, const QString& path, int fromVersion) const
{
    // VACUUM INTO writes a consistent copy including pages still in the WAL,
    // which a plain file copy would miss.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(path).arg(fromVersion).arg(stamp).arg(n);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Error{ErrorKind::Runtime,
                     Tr::tr("could not back up the database before upgrading it: %1")
                         .arg(query.lastError().text()),
                     target};
    qCInfo(lcMigrations) << "backed up schema version" << fromVersion << "to" << target;
    return target;
}

} // namespace Switchboard
