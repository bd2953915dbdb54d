// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QMutex>

namespace Switchboard {

// Team mode's knowledge-base search. PostgreSQL has no FTS5 and no
// "switchboard" tokenizer, so each desktop keeps a local SQLite replica of
// the articles (and categories) with the same articles_fts index, and
// searches behave exactly as in SQLite mode. The replica lives in the cache
// folder, one file per server database, and is rebuilt when missing.
//
// Synchronisation is incremental: the server numbers every searchable
// change of an article (articles.sync_rev, from a sequence) and moves
// kb_sync_state.rev inside each writing transaction. A sync reads that one
// row; only when it moved does it compare every article's sync_rev with the
// replica's and fetch what differs, deleting what the server no longer has.
// Comparing all revisions rather than "newer than the last one seen" keeps
// transactions that commit out of sequence order from being missed.
class KbLocalIndex
{
public:
    struct SyncStats
    {
        bool changed = false;
        int fetched = 0;
        int deleted = 0;
    };

    // The database KbSearch reads: the database itself on SQLite; on
    // PostgreSQL this process's replica of it, synchronised first.
    static Result<DatabasePtr> searchDatabase(const DatabasePtr& database);
    // The replica of a server database, opened (and created) on first use
    // and kept until the application quits.
    static Result<std::shared_ptr<KbLocalIndex>> forServer(const DatabasePtr& server);
    // Where replicas live: $SWITCHBOARD_KB_INDEX_DIR, else the cache folder.
    static QString folder();

    // Brings the replica up to date with the server; safe from any thread.
    Result<SyncStats> synchronise(const DatabasePtr& server);
    DatabasePtr replica() const { return m_replica; }
    QString replicaPath() const { return m_replica->path(); }

private:
    explicit KbLocalIndex(DatabasePtr replica);
    Status syncCategories(QSqlDatabase& server, QSqlDatabase& local) const;
    Status fetchArticles(QSqlDatabase& server, QSqlDatabase& local, const QList<qint64>& ids) const;

    DatabasePtr m_replica;
    QMutex m_syncMutex;
};

} // namespace Switchboard
