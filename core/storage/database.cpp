// SPDX-License-Identifier: MIT
#include "database.h"

#include "common/logging.h"
#include "common/tr.h"
#include "schemamigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace Switchboard {
namespace {

const QStringList& connectionPragmas()
{
    static const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768"), // 32 MiB per connection
        // Reads map the file instead of copying pages into the cache: a queue
        // page over a million tickets touches rows all over the table, and
        // without the map each of them costs a system call and a copy.
        QStringLiteral("PRAGMA mmap_size = 2147418112"),
    };
    return pragmas;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<DatabasePtr> Database::open(const QString& path)
{
    return open(path, Options{});
}

Result<DatabasePtr> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty())
        return Error{ErrorKind::Usage, Tr::tr("no database path was given")};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        if (!options.createIfMissing)
            return Error{ErrorKind::NotFound, Tr::tr("the database file does not exist"), absolute};
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
            return Error{ErrorKind::Runtime, Tr::tr("cannot create the database folder"),
                         QFileInfo(absolute).absolutePath()};
    }

    SchemaMigrator migrator(options.migrations, options.connectionSetup);
    auto inspection = migrator.inspect(absolute);
    if (!inspection)
        return inspection.error();
    auto migrated = migrator.migrate(absolute, inspection.value());
    if (!migrated)
        return migrated.error();

    DatabasePtr database(new Database(absolute));
    database->m_connectionSetup = options.connectionSetup;
    database->m_backupPath = migrated.value();
    database->m_schemaVersion = migrator.latestVersion();
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot open the database: %1").arg(db.lastError().text()), absolute};
    qCInfo(lcStorage) << "opened" << absolute << "schema version" << database->m_schemaVersion;
    return database;
}

QString Database::connectionNameForCurrentThread() const
{
    return QStringLiteral("sb-%1-%2")
        .arg(m_id)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForCurrentThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    if (!db.open()) {
        qCCritical(lcStorage) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery query(db);
    for (const QString& pragma : connectionPragmas()) {
        if (!query.exec(pragma))
            qCWarning(lcStorage) << pragma << "failed:" << query.lastError().text();
    }
    query.finish();
    // A connection without its setup would fail later with misleading errors
    // ("no such tokenizer"), so a failure here closes it: callers see !isOpen().
    if (Status status = runConnectionSetups(db, m_connectionSetup); !status) {
        qCCritical(lcStorage) << "connection setup failed for" << m_path
                              << status.error().toString();
        db.close();
    }
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionNameForCurrentThread();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.removeOne(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString Database::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("SWITCHBOARD_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("switchboard.sqlite"));
}

} // namespace Switchboard
