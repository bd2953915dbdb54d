// SPDX-License-Identifier: MIT
#pragma once

namespace Switchboard {

// The two storage engines: an SQLite file (the default) and a shared
// PostgreSQL server for teams.
enum class SqlBackend
{
    Sqlite,
    Postgres
};

} // namespace Switchboard
