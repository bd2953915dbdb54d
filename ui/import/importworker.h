// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "import/ticketimporter.h"
#include "storage/database.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace Switchboard {

// How an import run ended: the counts, or the error that rolled it back.
struct ImportOutcome
{
    std::optional<Error> error;
    TicketImportResult result;
    QString encoding;
    qint64 elapsedMs = 0;
};

// Runs one import on a worker thread with that thread's own database
// connection, the way `import tickets` does in the CLI: the whole file is
// read and checked first, then written in one transaction, then the SLA of
// the written tickets is recomputed. Cancelling stops at the importer's next
// check and rolls the transaction back. The owner calls releaseConnection()
// from the thread as it finishes.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(DatabasePtr database);

    // Thread-safe.
    void cancel() { m_cancel.store(true); }
    // Called by the owner before queueing run(): a cancel pressed before the
    // worker thread picks the run up must still count.
    void resetCancel() { m_cancel.store(false); }

    // Run on the worker's thread.
    void run(Switchboard::TicketImportOptions options);
    void releaseConnection();

signals:
    void progressed(const Switchboard::ImportProgress& progress);
    void finished(const Switchboard::ImportOutcome& outcome);

private:
    DatabasePtr m_database;
    std::atomic_bool m_cancel{false};
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::ImportProgress)
Q_DECLARE_METATYPE(Switchboard::ImportOutcome)
