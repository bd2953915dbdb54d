// SPDX-License-Identifier: MIT
#include "queuepageloader.h"

#include "common/uilogging.h"

#include <QElapsedTimer>

namespace Switchboard {

QueuePageLoader::QueuePageLoader(DatabasePtr database)
    : m_database(database)
    , m_repository(std::move(database))
{}

void QueuePageLoader::load(const QueuePageRequest& request)
{
    if (request.generation < m_latestGeneration.load())
        return;

    QueuePage page;
    page.generation = request.generation;
    page.firstPage = !request.after.has_value();
    page.limit = request.limit;

    QElapsedTimer timer;
    timer.start();
    auto rows = m_repository.queuePage(request.query, request.after ? &*request.after : nullptr,
                                       request.limit);
    page.elapsedMs = timer.elapsed();
    if (rows)
        page.rows = std::move(rows).value();
    else
        page.error = rows.error();
    qCDebug(lcUiQueue) << "page" << request.generation << (page.firstPage ? "first" : "next")
                       << page.rows.size() << "rows in" << page.elapsedMs << "ms";
    emit pageLoaded(page);
}

void QueuePageLoader::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
