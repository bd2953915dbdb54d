// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard {

// One numbered schema step. Statements run in order inside one transaction.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// The schema history of this build, oldest first.
QList<Migration> schemaMigrations();

// Written to PRAGMA application_id so a Switchboard file can be told apart
// from any other SQLite database ("SwBd").
inline constexpr int kApplicationId = 0x53774264;

} // namespace Switchboard
