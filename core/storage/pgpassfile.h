// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

namespace Switchboard {

// libpq's own password store (~/.pgpass, or $PGPASSFILE): one line
// "host:port:database:user:password" per server, readable by its owner
// only. Switchboard never keeps a password itself; when an operator asks it
// to remember one, it goes here, where psql and libpq find it too.
class PgPassFile
{
public:
    // $PGPASSFILE, else ~/.pgpass.
    static QString defaultPath();

    // Adds or replaces the entry for exactly this server, database and user,
    // keeping every other line. Creates the file with mode 0600 and makes an
    // existing one 0600 (libpq ignores a file others can read).
    static Status store(const QString& path, const QString& host, int port, const QString& database,
                        const QString& user, const QString& password);

    // A field as the file needs it: ':' and '\' escaped with '\'.
    static QString escape(const QString& field);
};

} // namespace Switchboard
