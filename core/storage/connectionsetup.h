// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace Switchboard {

// A step run on every new SQLite connection before it is used, e.g. to
// register an FTS5 tokenizer. SQLite keeps such registrations per
// connection, so each thread's connection and the migrator's need them.
using ConnectionSetup = std::function<Status(QSqlDatabase&)>;

// The process-wide steps that Database::Options starts with. Storage knows
// nothing of the modules above it: they add their steps here through an
// explicit init call made by main() (and the test harness) before the first
// database is opened. Thread-safe.
void addDefaultConnectionSetup(ConnectionSetup setup);
QList<ConnectionSetup> defaultConnectionSetups();

// Runs the steps in order and stops at the first failure.
Status runConnectionSetups(QSqlDatabase& db, const QList<ConnectionSetup>& setups);

} // namespace Switchboard
