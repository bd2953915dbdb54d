// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Switchboard {

// The connection's sqlite3 handle; null when the driver is not QSQLITE.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// A prepared statement on the SQLite C API, for the few loops that touch
// hundreds of thousands of rows (SLA recomputation): QSqlQuery converts every
// bound and read value through QVariant, which there costs more than SQLite
// itself. Everything else uses QSqlQuery. Move-only; finalised on destruction.
class SqliteStatement
{
public:
    static Result<SqliteStatement> prepare(sqlite3* db, const QString& sql);

    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Indexes are 1-based, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const std::optional<qint64>& value);
    void bind(int index, const QString& value);        // copied; a null QString binds ''
    void bindBlob(int index, const QByteArray& value); // copied
    // Runs one step: true when a row is ready, false when done.
    Result<bool> step();
    // Steps until done, for writes; resets for the next use.
    Status execute();
    void reset();
    // Rows changed by the last write on the connection.
    int changes() const;

    // Columns are 0-based, as in SQLite.
    qint64 int64(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    QString text(int column) const;
    // A blob column without copying it: valid until the next step or reset.
    QByteArray blobView(int column) const;

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);
    Error error(const QString& what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace Switchboard
