// SPDX-License-Identifier: MIT
#include "importworker.h"

#include "common/clock.h"
#include "common/uilogging.h"
#include "sla/slaservice.h"

#include <QElapsedTimer>

namespace Switchboard {

ImportWorker::ImportWorker(DatabasePtr database)
    : m_database(std::move(database))
{}

void ImportWorker::run(TicketImportOptions options)
{
    QElapsedTimer timer;
    timer.start();
    options.cancel = &m_cancel;
    options.progress = [this](const ImportProgress& progress) { emit progressed(progress); };
    ImportOutcome outcome;
    auto finish = [&](std::optional<Error> error) {
        outcome.error = std::move(error);
        outcome.elapsedMs = timer.elapsed();
        if (outcome.error)
            qCWarning(lcUi) << "import of" << options.path
                            << "failed:" << outcome.error->toString();
        emit finished(outcome);
    };

    TicketImporter importer(options);
    // The file is checked whole before anything is written.
    auto batch = importer.read();
    if (!batch)
        return finish(batch.error());
    outcome.encoding = batch->encoding;
    auto result = importer.write(m_database, batch.value(), false);
    if (!result)
        return finish(result.error());
    outcome.result = result.value();
    if (!result->ticketIds.isEmpty()) {
        // As in the CLI: derived state in its own transaction; should it
        // fail, the imported tickets stand and the next recomputation fills
        // it in.
        SlaService sla(m_database);
        if (auto recomputed = sla.recomputeTickets(result->ticketIds); !recomputed)
            return finish(recomputed.error());
        // History from another system happened before anyone watched it.
        if (Status status = sla.markReportedUntil(Clock::system().nowMs()); !status)
            return finish(status.error());
    }
    finish(std::nullopt);
}

void ImportWorker::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
