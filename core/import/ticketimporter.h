// SPDX-License-Identifier: MIT
#pragma once

#include "importbatch.h"
#include "importmapping.h"
#include "storage/database.h"

#include <atomic>
#include <functional>

namespace Switchboard {

struct ImportProgress
{
    enum class Phase
    {
        Reading, // done/total: bytes of the file on disk
        Writing, // done/total: tickets
    };
    Phase phase = Phase::Reading;
    qint64 done = 0;
    qint64 total = 0;
    qint64 records = 0; // records read so far
};

struct TicketImportOptions
{
    QString path;
    // servicenow, helpdesk, csv or jsonl; empty: csv or jsonl by the file name.
    QString format;
    QString mappingPath; // a mapping file instead of a built-in one
    // A mapping already loaded (the app's checked draft); wins over both.
    std::optional<ImportMapping> mapping;
    QString encoding; // empty: detected
    std::function<void(const ImportProgress&)> progress;
    const std::atomic_bool* cancel = nullptr;
};

struct TicketImportResult
{
    qint64 records = 0;
    int tickets = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    qint64 events = 0; // history events written (or to write)
    int customersCreated = 0;
    int agentsCreated = 0;
    int groupsCreated = 0;
    bool dryRun = false;
    // The tickets created or updated, for whoever recomputes derived state
    // (SLA) afterwards; the importer itself computes none.
    QList<TicketId> ticketIds;
};

// Imports tickets from a CSV or JSON Lines export, all or nothing.
//
// read() takes the whole file through the mapping before anything is
// written: every bad value is reported as a BadInput error with
// "file:line, column NAME", and the database is not even opened. write()
// then stores the batch inside one TicketBulkWriter::bulkLoad() transaction:
// tickets, their requester's first message, their history, external ids and
// ratings, plus the customers, agents and groups they name that do not
// exist yet (found by e-mail, login and name). If any write fails, the
// transaction rolls back and the database is as it was.
//
// Importing again: a ticket whose (source, external id) is already stored is
// not added twice. If the file says the same as the database it is left
// alone (unchanged); otherwise the file wins for the ticket's fields (an
// update, version + 1) and history events the database lacks are added;
// events recorded since in Switchboard are kept, as is the first message.
// So re-importing the same file changes nothing, and importing a later
// export of the same system brings the tickets up to date.
class TicketImporter
{
public:
    explicit TicketImporter(TicketImportOptions options);

    // The mapping the options choose.
    static Result<ImportMapping> mappingFor(const TicketImportOptions& options);

    Result<ImportBatch> read() const;
    // database may be null with dryRun (nothing exists yet: all is new).
    Result<TicketImportResult> write(const DatabasePtr& database, const ImportBatch& batch,
                                     bool dryRun) const;

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    void report(ImportProgress::Phase phase, qint64 done, qint64 total, qint64 records) const;

    TicketImportOptions m_options;
};

} // namespace Switchboard
