// SPDX-License-Identifier: MIT
#include "kbimportworker.h"

#include "common/uilogging.h"

#include <QElapsedTimer>

namespace Switchboard {

KbImportWorker::KbImportWorker(DatabasePtr database)
    : m_database(std::move(database))
{}

void KbImportWorker::run(const QString& folder, bool dryRun)
{
    QElapsedTimer timer;
    timer.start();
    KbImportControl control;
    control.cancel = &m_cancel;
    control.progress = [this](KbImportControl::Phase phase, int done, int total) {
        emit progressed(int(phase), done, total);
    };
    KbImportOutcome outcome;
    outcome.dryRun = dryRun;
    auto summary = KbMarkdownIo(m_database).importDirectory(folder, dryRun, control);
    if (summary) {
        outcome.summary = summary.value();
        qCInfo(lcUi) << "knowledge-base import of" << folder << (dryRun ? "checked" : "wrote")
                     << outcome.summary.total << "files";
    } else {
        outcome.error = summary.error();
        qCWarning(lcUi) << "knowledge-base import of" << folder
                        << "failed:" << summary.error().toString();
    }
    outcome.elapsedMs = timer.elapsed();
    emit finished(outcome);
}

void KbImportWorker::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
