// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "databaselocation.h"

#include <QSqlDatabase>
#include <QString>

namespace Switchboard {

// The few places where SQLite and PostgreSQL SQL differ. Repositories write
// the common subset (INSERT ... RETURNING id, ON CONFLICT, IS DISTINCT FROM,
// CASE instead of boolean arithmetic) and ask the dialect for the rest.
// Schema statements are written for SQLite and translated here, so both
// backends share one numbered migration history.
class SqlDialect
{
public:
    explicit SqlDialect(SqlBackend backend)
        : m_backend(backend)
    {}
    // The dialect of a connection, from its driver.
    static SqlDialect of(const QSqlDatabase& db);

    SqlBackend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == SqlBackend::Postgres; }

    // Scalar maximum and minimum of two expressions.
    QString greatest(const QString& a, const QString& b) const;
    QString least(const QString& a, const QString& b) const;
    // Concatenation of a text column over a group.
    QString stringAggregate(const QString& expression, const QString& separator) const;
    // Position of needle in haystack, 1-based, 0 when absent.
    QString position(const QString& needle, const QString& haystack) const;

    // A query with SQLite planner hints as this backend runs it. SQLite's
    // "INDEXED BY name" and "NOT INDEXED" pin an index and "CROSS JOIN ... ON"
    // fixes the join order; PostgreSQL has neither (its planner uses
    // statistics), so there they are dropped and CROSS JOIN becomes JOIN.
    QString withoutPlanHints(const QString& sql) const;

    // After rows were inserted with explicit ids: moves PostgreSQL's
    // identity sequence of table.id past them, so the next automatic id does
    // not collide. Nothing to do on SQLite.
    static Status syncIdentity(const QSqlDatabase& db, const QString& table);

    // An SQLite CREATE/ALTER statement as this backend needs it: 64-bit
    // integers, identity ids, BYTEA, stored generated columns, no
    // WITHOUT ROWID.
    QString schemaStatement(const QString& sqliteStatement) const;

private:
    SqlBackend m_backend;
};

} // namespace Switchboard
