// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard {

// One numbered schema step. Statements run in order inside one transaction:
// the shared ones (written for SQLite, translated by SqlDialect for
// PostgreSQL), then those of the backend being migrated. Backend-only steps
// are what has no counterpart: FTS5 tables and SQLite triggers on one side,
// PL/pgSQL triggers and notifications on the other.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    QStringList sqliteOnly;
    QStringList postgresOnly;
};

// The schema history of this build, oldest first.
QList<Migration> schemaMigrations();

// Written to PRAGMA application_id so a Switchboard file can be told apart
// from any other SQLite database ("SwBd").
inline constexpr int kApplicationId = 0x53774264;

} // namespace Switchboard
