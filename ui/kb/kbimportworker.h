// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "kb/kbmarkdownio.h"
#include "storage/database.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace Switchboard {

// How a knowledge-base import ended: the counts, or the error that left the
// database as it was.
struct KbImportOutcome
{
    std::optional<Error> error;
    KbImportSummary summary;
    bool dryRun = false;
    qint64 elapsedMs = 0;
};

// Runs `kb import` on a worker thread with that thread's own database
// connection. Cancelling stops at the next file or article and rolls back.
// The owner calls releaseConnection() from the thread as it finishes.
class KbImportWorker : public QObject
{
    Q_OBJECT
public:
    explicit KbImportWorker(DatabasePtr database);
    // Thread-safe.
    void cancel() { m_cancel.store(true); }
    // Called by the owner before queueing run(): a cancel pressed before the
    // worker thread picks the run up must still count.
    void resetCancel() { m_cancel.store(false); }
    // Run on the worker's thread.
    void run(const QString& folder, bool dryRun);
    void releaseConnection();

signals:
    void progressed(int phase, int done, int total);
    void finished(const Switchboard::KbImportOutcome& outcome);

private:
    DatabasePtr m_database;
    std::atomic_bool m_cancel{false};
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::KbImportOutcome)
