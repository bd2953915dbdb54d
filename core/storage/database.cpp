// SPDX-License-Identifier: MIT
#include "database.h"

#include "common/logging.h"
#include "common/tr.h"
#include "databaselocation.h"
#include "postgresschemamigrator.h"
#include "schemamigrator.h"
#include "sqldialect.h"

#include <QDateTime>
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

Database::Database(DatabaseLocation location)
    : m_location(std::make_unique<const DatabaseLocation>(std::move(location)))
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
{}

Database::~Database()
{
    const QString own = connectionNameForCurrentThread();
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        // Another thread's connection (a worker that never closed it) may
        // not be touched from here; removing it closes it all the same.
        if (name == own) {
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
    auto location = DatabaseLocation::parse(path);
    if (!location)
        return location.error();
    return location.value().isPostgres() ? openServer(location.value(), options)
                                         : openFile(location.value(), options);
}

Result<DatabasePtr> Database::openFile(const DatabaseLocation& location, const Options& options)
{
    const QString absolute = location.filePath();
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

    DatabasePtr database(new Database(location));
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

Result<DatabasePtr> Database::openServer(const DatabaseLocation& location, const Options& options)
{
    DatabasePtr database(new Database(location));
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return Error{
            ErrorKind::Runtime,
            Tr::tr("cannot connect to the team database: %1").arg(db.lastError().text().trimmed()),
            location.displayName()};
    PostgresSchemaMigrator migrator(options.migrations);
    auto version = migrator.inspect(db);
    if (!version)
        return version.error();
    if (version.value() == 0 && !options.createIfMissing)
        return Error{ErrorKind::NotFound, Tr::tr("the team database holds no Switchboard data"),
                     location.displayName()};
    if (version.value() < migrator.latestVersion()) {
        if (Status migrated = migrator.migrate(db); !migrated)
            return migrated.error();
    }
    database->m_schemaVersion = migrator.latestVersion();
    qCInfo(lcStorage) << "opened" << location.displayName() << "schema version"
                      << database->m_schemaVersion;
    return database;
}

QString Database::path() const
{
    return m_location->displayName();
}

SqlBackend Database::backend() const
{
    return m_location->backend();
}

SqlDialect Database::dialect() const
{
    return SqlDialect(m_location->backend());
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
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (m_location->isPostgres())
            reopenIfBroken(db, name);
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_location->isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    if (m_location->isPostgres())
        openPostgresConnection(db);
    else
        openSqliteConnection(db);
    return db;
}

bool Database::openSqliteConnection(QSqlDatabase& db) const
{
    db.setDatabaseName(m_location->filePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCCritical(lcStorage) << "cannot open" << m_location->filePath() << db.lastError().text();
        return false;
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
        qCCritical(lcStorage) << "connection setup failed for" << m_location->filePath()
                              << status.error().toString();
        db.close();
        return false;
    }
    return true;
}

bool Database::openPostgresConnection(QSqlDatabase& db) const
{
    if (!m_location->host().isEmpty())
        db.setHostName(m_location->host());
    if (m_location->port() > 0)
        db.setPort(m_location->port());
    db.setUserName(m_location->user());
    // Empty unless the URL carried one: libpq then reads ~/.pgpass or
    // PGPASSFILE itself, so no password is ever stored by Switchboard.
    db.setPassword(m_location->password());
    db.setDatabaseName(m_location->databaseName());
    QString options = m_location->connectOptions();
    if (!options.contains(QLatin1String("connect_timeout=")))
        options +=
            QLatin1String(options.isEmpty() ? "" : ";") + QStringLiteral("connect_timeout=10");
    // A network that vanishes without closing the socket is otherwise noticed
    // only after minutes; with TCP keepalives within about 20 s, which closes
    // the socket and lets DatabaseChangeWatcher show the lost-connection banner.
    if (!options.contains(QLatin1String("keepalives")))
        options += QStringLiteral(";keepalives=1;keepalives_idle=10;keepalives_interval=3;"
                                  "keepalives_count=3");
    db.setConnectOptions(options);
    if (!db.open()) {
        qCCritical(lcStorage) << "cannot connect to" << m_location->displayName()
                              << db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // Quiet the server's NOTICEs (e.g. "relation already exists, skipping").
    query.exec(QStringLiteral("SET client_min_messages = warning"));
    return true;
}

void Database::reopenIfBroken(QSqlDatabase& db, const QString& name) const
{
    const int generation = m_generation.load();
    bool stale = false;
    {
        QMutexLocker lock(&m_mutex);
        auto checked = m_checkedGeneration.find(name);
        if (checked == m_checkedGeneration.end())
            m_checkedGeneration.insert(name, generation);
        else if (*checked != generation) {
            stale = true;
            *checked = generation;
        }
    }
    // QPSQL's isOpen() is libpq's connection status: false once a query or
    // the notification socket found the server gone. A connection from before
    // an outage may not know yet: one round trip tells.
    bool alive = db.isOpen();
    if (alive && stale) {
        QSqlQuery probe(db);
        alive = probe.exec(QStringLiteral("SELECT 1"));
    }
    if (alive)
        return;
    // Connecting to a host that does not answer blocks for up to
    // connect_timeout, so after a failed try queries fail fast for a while;
    // DatabaseChangeWatcher probes from a thread of its own meanwhile, and
    // connectionsMayBeStale() ends the wait once the server is back.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!stale && now - m_lastFailedReopenMs.load() < 30'000)
        return;
    db.close();
    if (openPostgresConnection(db)) {
        qCInfo(lcStorage) << "reconnected to" << m_location->displayName();
        return;
    }
    m_lastFailedReopenMs.store(now);
}

bool Database::isConnectionLost(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    // SQLSTATE class 08 is "connection exception"; 57P01-57P03 are the server
    // shutting down or terminating this backend.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    // libpq reports a socket that closed, or a connection already known to be
    // dead, without an SQLSTATE: only its message says so.
    const QString text = error.databaseText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("connection to server")) ||
           error.driverText().contains(QLatin1String("Database not open"));
}

Status Database::reconnectThreadConnection() const
{
    if (!m_location->isPostgres())
        return {};
    const QString name = connectionNameForCurrentThread();
    if (!QSqlDatabase::contains(name)) {
        connection(); // a first connection is a fresh one
        return QSqlDatabase::database(name, false).isOpen()
                   ? Status{}
                   : Status{Error{ErrorKind::Runtime,
                                  Tr::tr("cannot reconnect to the team database"),
                                  m_location->displayName()}};
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    db.close();
    if (!openPostgresConnection(db)) {
        m_lastFailedReopenMs.store(QDateTime::currentMSecsSinceEpoch());
        return Error{ErrorKind::Runtime,
                     Tr::tr("cannot reconnect to the team database: %1")
                         .arg(db.lastError().text().trimmed()),
                     m_location->displayName()};
    }
    QMutexLocker lock(&m_mutex);
    m_checkedGeneration.insert(name, m_generation.load());
    return {};
}

void Database::connectionsMayBeStale() const
{
    m_lastFailedReopenMs.store(0);
    ++m_generation;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionNameForCurrentThread();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.removeOne(name))
            return;
        m_checkedGeneration.remove(name);
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
