// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "database.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace Switchboard {

// Moves a team's SQLite file into an empty PostgreSQL database (issue #8,
// `switchboard-cli migrate`). All or nothing: every table is copied inside
// one target transaction, then read back and compared with what was read
// from the file (row count and checksum per table) before COMMIT, so a
// failure anywhere, including a lost connection, leaves the target empty.
// The source is only read, inside one read transaction (a consistent
// snapshot even if a desktop still writes to the file).
class DatabaseCopier
{
public:
    enum class Phase
    {
        Copying,
        Verifying
    };
    // Called after every batch of a table; total is the table's row count.
    using Progress =
        std::function<void(Phase phase, const QString& table, qint64 done, qint64 total)>;

    struct TableReport
    {
        QString table;
        qint64 rows = 0;
        QString checksum; // hex; equal on both sides, or the copy was rolled back
    };
    struct Report
    {
        QList<TableReport> tables; // in copy (foreign-key) order
        qint64 rows = 0;
        qint64 elapsedMs = 0;
    };

    // Opens an SQLite file as a copy source without changing it: refuses a
    // missing file, and an older schema instead of upgrading it.
    static Result<DatabasePtr> openSource(const QString& path);

    DatabaseCopier(DatabasePtr source, DatabasePtr target);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Rows per INSERT statement.
    void setBatchRows(int rows) { m_batchRows = qMax(1, rows); }

    // Runs on the calling thread's connections of both databases.
    Result<Report> copy();

private:
    struct Table;

    Result<QList<Table>> plan() const;
    Status checkTarget(const QList<Table>& tables) const;
    // Drops the plain indexes and foreign keys of the copied tables; returns
    // the statements that recreate them.
    Result<QStringList> dropIndexesAndForeignKeys(const QList<Table>& tables) const;
    Status copyTable(const Table& table, QSqlQuery& insert, TableReport& report) const;
    Result<TableReport> readTarget(const Table& table) const;
    Status execTarget(const QString& statement) const;
    void report(Phase phase, const QString& table, qint64 done, qint64 total) const;

    DatabasePtr m_source;
    DatabasePtr m_target;
    Progress m_progress;
    int m_batchRows = 500;
};

} // namespace Switchboard
