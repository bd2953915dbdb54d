// SPDX-License-Identifier: MIT
#include "kblocalindex.h"

#include "common/logging.h"
#include "common/tr.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Switchboard {
namespace {

constexpr int kFetchBatch = 500;

// The columns search reads; authors and translation links stay on the
// server (their agents and articles need not exist in the replica).
const QString kColumns = QStringLiteral("id, title, body, lang, status, category_id, tags, "
                                        "review_by, created_at, updated_at, helpful_count, "
                                        "not_helpful_count, insert_count");
constexpr int kColumnCount = 13;

Error failure(const QString& what, const QSqlQuery& query)
{
    return Error{ErrorKind::Runtime, QStringLiteral("%1: %2").arg(what, query.lastError().text())};
}

QString idList(const QList<qint64>& ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    for (qsizetype i = from; i < from + count && i < ids.size(); ++i)
        parts.append(QString::number(ids.at(i)));
    return parts.join(QLatin1Char(','));
}

struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<KbLocalIndex>> indexes;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

// Replicas close with the application, while their SQL driver still exists.
void closeReplicas()
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    r.indexes.clear();
}

// One replica per server database: the URL without password plus the
// database's oid, so a dropped and recreated database gets a fresh file.
Result<QString> replicaKey(const DatabasePtr& server)
{
    QSqlQuery query(server->connection());
    if (!query.exec(
            QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()")) ||
        !query.next())
        return failure(Tr::tr("cannot identify the team database"), query);
    const QByteArray identity =
        (server->path() + QLatin1Char('#') + query.value(0).toString()).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(20));
}

} // namespace

KbLocalIndex::KbLocalIndex(DatabasePtr replica)
    : m_replica(std::move(replica))
{}

QString KbLocalIndex::folder()
{
    const QString configured = qEnvironmentVariable("SWITCHBOARD_KB_INDEX_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("kb-index"));
}

Result<DatabasePtr> KbLocalIndex::searchDatabase(const DatabasePtr& database)
{
    if (database->backend() == SqlBackend::Sqlite)
        return database;
    auto index = forServer(database);
    if (!index)
        return index.error();
    if (auto synced = index.value()->synchronise(database); !synced)
        return synced.error();
    return index.value()->replica();
}

Result<std::shared_ptr<KbLocalIndex>> KbLocalIndex::forServer(const DatabasePtr& server)
{
    auto key = replicaKey(server);
    if (!key)
        return key.error();
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    if (auto found = r.indexes.constFind(key.value()); found != r.indexes.constEnd())
        return found.value();

    const QString path = QDir(folder()).filePath(key.value() + QStringLiteral(".sqlite"));
    auto opened = Database::open(path);
    if (!opened)
        return Error{
            ErrorKind::Runtime,
            Tr::tr("cannot open the local knowledge-base index: %1").arg(opened.error().message),
            path};
    QSqlQuery setup(opened.value()->connection());
    for (const QString& statement :
         {QStringLiteral("CREATE TABLE IF NOT EXISTS kb_replica_revs (article_id INTEGER "
                         "PRIMARY KEY, sync_rev INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS kb_replica_state (id INTEGER PRIMARY KEY "
                         "CHECK (id = 1), rev INTEGER NOT NULL)")}) {
        if (!setup.exec(statement))
            return failure(Tr::tr("cannot prepare the local knowledge-base index"), setup);
    }
    setup.finish();
    if (r.indexes.isEmpty())
        qAddPostRoutine(closeReplicas);
    std::shared_ptr<KbLocalIndex> index(new KbLocalIndex(opened.value()));
    r.indexes.insert(key.value(), index);
    qCInfo(lcStorage) << "knowledge-base index for" << server->path() << "is" << path;
    return index;
}

Result<KbLocalIndex::SyncStats> KbLocalIndex::synchronise(const DatabasePtr& server)
{
    QMutexLocker lock(&m_syncMutex);
    SyncStats stats;
    QSqlDatabase remote = server->connection();
    QSqlDatabase local = m_replica->connection();

    // Read the server's mark first: whatever commits after it is caught by
    // the next synchronisation, because the mark will have moved again.
    QSqlQuery query(remote);
    if (!query.exec(QStringLiteral("SELECT rev FROM kb_sync_state WHERE id = 1")) || !query.next())
        return failure(Tr::tr("cannot read the knowledge base from the team database"), query);
    const qint64 serverRev = query.value(0).toLongLong();
    QSqlQuery mine(local);
    if (!mine.exec(QStringLiteral("SELECT rev FROM kb_replica_state WHERE id = 1")))
        return failure(Tr::tr("cannot read the local knowledge-base index"), mine);
    if (mine.next() && mine.value(0).toLongLong() == serverRev)
        return stats;
    mine.finish();

    QHash<qint64, qint64> serverRevs;
    if (!query.exec(QStringLiteral("SELECT id, sync_rev FROM articles")))
        return failure(Tr::tr("cannot read the knowledge base from the team database"), query);
    while (query.next())
        serverRevs.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    query.finish();
    QHash<qint64, qint64> localRevs;
    if (!mine.exec(QStringLiteral("SELECT article_id, sync_rev FROM kb_replica_revs")))
        return failure(Tr::tr("cannot read the local knowledge-base index"), mine);
    while (mine.next())
        localRevs.insert(mine.value(0).toLongLong(), mine.value(1).toLongLong());
    mine.finish();

    QList<qint64> toFetch;
    for (auto it = serverRevs.cbegin(); it != serverRevs.cend(); ++it) {
        if (localRevs.value(it.key(), -1) != it.value())
            toFetch.append(it.key());
    }
    QList<qint64> toDelete;
    for (auto it = localRevs.cbegin(); it != localRevs.cend(); ++it) {
        if (!serverRevs.contains(it.key()))
            toDelete.append(it.key());
    }

    Transaction transaction(local, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("cannot write the local knowledge-base index")};
    QSqlQuery write(local);
    // Categories and articles arrive in any order; check references at commit.
    write.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    if (Status status = syncCategories(remote, local); !status)
        return status.error();
    for (qsizetype i = 0; i < toDelete.size(); i += kFetchBatch) {
        const QString ids = idList(toDelete, i, kFetchBatch);
        if (!write.exec(QStringLiteral("DELETE FROM articles WHERE id IN (%1)").arg(ids)) ||
            !write.exec(
                QStringLiteral("DELETE FROM kb_replica_revs WHERE article_id IN (%1)").arg(ids)))
            return failure(Tr::tr("cannot write the local knowledge-base index"), write);
    }
    if (Status status = fetchArticles(remote, local, toFetch); !status)
        return status.error();
    write.prepare(
        QStringLiteral("INSERT INTO kb_replica_revs (article_id, sync_rev) VALUES (?, ?) "
                       "ON CONFLICT (article_id) DO UPDATE SET sync_rev = excluded.sync_rev"));
    for (qint64 id : std::as_const(toFetch)) {
        write.addBindValue(id);
        write.addBindValue(serverRevs.value(id));
        if (!write.exec())
            return failure(Tr::tr("cannot write the local knowledge-base index"), write);
    }
    write.prepare(QStringLiteral("INSERT INTO kb_replica_state (id, rev) VALUES (1, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET rev = excluded.rev"));
    write.addBindValue(serverRev);
    if (!write.exec())
        return failure(Tr::tr("cannot write the local knowledge-base index"), write);
    write.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();

    stats.changed = true;
    stats.fetched = int(toFetch.size());
    stats.deleted = int(toDelete.size());
    qCInfo(lcStorage) << "knowledge-base index synchronised:" << stats.fetched << "fetched,"
                      << stats.deleted << "deleted";
    return stats;
}

Status KbLocalIndex::syncCategories(QSqlDatabase& server, QSqlDatabase& local) const
{
    QSqlQuery read(server);
    if (!read.exec(QStringLiteral(
            "SELECT id, parent_id, name, position FROM article_categories ORDER BY id")))
        return failure(Tr::tr("cannot read the knowledge base from the team database"), read);
    QSqlQuery write(local);
    QList<qint64> ids;
    write.prepare(QStringLiteral(
        "INSERT INTO article_categories (id, parent_id, name, position) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, "
        "position = excluded.position"));
    while (read.next()) {
        ids.append(read.value(0).toLongLong());
        for (int column = 0; column < 4; ++column)
            write.addBindValue(read.value(column));
        if (!write.exec())
            return failure(Tr::tr("cannot write the local knowledge-base index"), write);
    }
    const QString keep = idList(ids, 0, ids.size());
    if (!write.exec(keep.isEmpty() ? QStringLiteral("DELETE FROM article_categories")
                                   : QStringLiteral("DELETE FROM article_categories WHERE id "
                                                    "NOT IN (%1)")
                                         .arg(keep)))
        return failure(Tr::tr("cannot write the local knowledge-base index"), write);
    return {};
}

Status KbLocalIndex::fetchArticles(QSqlDatabase& server, QSqlDatabase& local,
                                   const QList<qint64>& ids) const
{
    QSqlQuery read(server);
    QSqlQuery write(local);
    QStringList assignments;
    for (const QString& column : kColumns.split(QStringLiteral(", ")).mid(1))
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(column));
    const QString upsert =
        QStringLiteral("INSERT INTO articles (%1) VALUES (%2) ON CONFLICT (id) "
                       "DO UPDATE SET %3")
            .arg(kColumns,
                 QStringList(kColumnCount, QStringLiteral("?")).join(QStringLiteral(", ")),
                 assignments.join(QStringLiteral(", ")));
    if (!write.prepare(upsert))
        return failure(Tr::tr("cannot write the local knowledge-base index"), write);
    for (qsizetype i = 0; i < ids.size(); i += kFetchBatch) {
        if (!read.exec(QStringLiteral("SELECT %1 FROM articles WHERE id IN (%2)")
                           .arg(kColumns, idList(ids, i, kFetchBatch))))
            return failure(Tr::tr("cannot read the knowledge base from the team database"), read);
        while (read.next()) {
            for (int column = 0; column < kColumnCount; ++column)
                write.addBindValue(read.value(column));
            if (!write.exec())
                return failure(Tr::tr("cannot write the local knowledge-base index"), write);
        }
    }
    return {};
}

} // namespace Switchboard
