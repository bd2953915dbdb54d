// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <optional>

namespace Switchboard {

// Writes tickets one row each, in the field names of import mappings, so
// `import tickets FILE --format csv|jsonl` reads the file back to the same
// tickets. CSV (RFC 4180, UTF-8 without BOM, CRLF) or JSON Lines by the
// file's extension (.jsonl, .ndjson). Times are ISO-8601 in UTC;
// requester is "Name <address>"; tags are joined with ", " in CSV and a list
// in JSON. The file appears only when complete (written to a temporary file
// and renamed), so a failed export leaves nothing half-written.
class TicketExporter
{
public:
    explicit TicketExporter(DatabasePtr database);

    // Tickets created in [from, to), oldest first; returns how many.
    Result<qint64> exportTickets(const QString& path, std::optional<qint64> from = {},
                                 std::optional<qint64> to = {}) const;

    // "a, ""b""": quoted when it must be.
    static QString csvField(const QString& text);

private:
    DatabasePtr m_database;
};

} // namespace Switchboard
