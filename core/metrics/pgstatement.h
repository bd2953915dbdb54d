// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/sqlitestatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Switchboard {

// SqliteStatement's interface on a PostgreSQL connection, so the metrics
// loops that read or write hundreds of thousands of rows are written once,
// as templates over the statement type: on SQLite they keep the C API and
// its speed, on PostgreSQL they run through QSqlQuery. Internal to
// core/metrics.
//
// A prepared statement runs as one QSqlQuery whose whole result is fetched
// before the first row is read, so other statements may run between its
// rows. A cursor (cursor()) streams a long ordered read in batches through
// a server-side cursor instead; several may be open at once on one
// connection, as the merged streams of MetricsRepository need.
class PgStatement
{
public:
    static Result<PgStatement> prepare(const QSqlDatabase& db, const QString& sql);
    // Only integers may be bound to a cursor: they are written into the
    // DECLARE text (PostgreSQL cannot prepare a DECLARE).
    static Result<PgStatement> cursor(const QSqlDatabase& db, const QString& sql);

    PgStatement(PgStatement&& other) noexcept;
    PgStatement& operator=(PgStatement&& other) noexcept;
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;
    ~PgStatement();

    // Indexes are 1-based and columns 0-based, as in SqliteStatement. Bound
    // values stay bound across reset().
    void bind(int index, qint64 value);
    void bind(int index, const std::optional<qint64>& value);
    void bindBlob(int index, const QByteArray& value);
    Result<bool> step();
    Status execute();
    void reset();

    qint64 int64(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    QByteArray blobView(int column) const;

private:
    PgStatement(const QSqlDatabase& db, const QString& sql, bool cursor);
    void setValue(int index, const QVariant& value);
    Error error(const QString& what) const;
    Result<bool> nextBatch();
    void close();

    QSqlDatabase m_db;
    QString m_sql;
    QSqlQuery m_query;
    QVariantList m_values;
    bool m_isCursor = false;
    bool m_started = false;
    // Cursor mode: its name while declared, and rows left in the batch.
    QString m_cursorName;
    bool m_lastBatch = false;
};

// The statements of one backend, for code written as a template over the
// statement type: prepare() for point reads and writes, stream() for a long
// ordered read that other statements may interleave with.
template <typename Statement> struct MetricsStatements;

template <> struct MetricsStatements<SqliteStatement>
{
    static Result<SqliteStatement> prepare(const QSqlDatabase& db, const QString& sql)
    {
        return SqliteStatement::prepare(sqliteHandle(db), sql);
    }
    static Result<SqliteStatement> stream(const QSqlDatabase& db, const QString& sql)
    {
        return SqliteStatement::prepare(sqliteHandle(db), sql);
    }
};

template <> struct MetricsStatements<PgStatement>
{
    static Result<PgStatement> prepare(const QSqlDatabase& db, const QString& sql)
    {
        return PgStatement::prepare(db, sql);
    }
    static Result<PgStatement> stream(const QSqlDatabase& db, const QString& sql)
    {
        return PgStatement::cursor(db, sql);
    }
};

} // namespace Switchboard
