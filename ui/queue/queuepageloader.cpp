// SPDX-License-Identifier: MIT
#include "queuepageloader.h"

#include "common/uilogging.h"

#include <QElapsedTimer>

namespace Switchboard {

QueuePageLoader::QueuePageLoader(DatabasePtr database)
    : m_database(database)
    , m_repository(database)
    , m_sla(std::move(database))
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
    if (rows) {
        page.rows = std::move(rows).value();
        addSla(page);
    } else {
        page.error = rows.error();
    }
    qCDebug(lcUiQueue) << "page" << request.generation << (page.firstPage ? "first" : "next")
                       << page.rows.size() << "rows in" << page.elapsedMs << "ms";
    emit pageLoaded(page);
}

void QueuePageLoader::addSla(QueuePage& page)
{
    QList<TicketId> ids;
    ids.reserve(page.rows.size());
    for (const QueueRow& row : std::as_const(page.rows))
        ids.append(row.id);
    auto sla = m_sla.ticketSlas(ids);
    if (!sla) {
        // The queue is still useful without its SLA column; say why it is empty.
        qCWarning(lcUiQueue) << "SLA of a queue page not read:" << sla.error().toString();
        return;
    }
    page.sla = std::move(sla).value();
    for (const TicketSla& ticket : std::as_const(page.sla)) {
        if (!ticket.hasPolicy() || m_calendars.contains(ticket.calendar))
            continue;
        if (auto calendar = m_sla.config().calendar(ticket.calendar))
            m_calendars.insert(ticket.calendar, *calendar);
        else
            qCWarning(lcUiQueue) << "SLA calendar" << ticket.calendar
                                 << "not found:" << calendar.error().toString();
    }
    page.calendars = m_calendars;
}

void QueuePageLoader::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
