// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "tickets/queuequery.h"
#include "tickets/ticketrepository.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace Switchboard {

// One page asked of the loader. `after` is the last row already shown, or
// nothing for the first page of a (re)loaded view.
struct QueuePageRequest
{
    quint64 generation = 0;
    QueueQuery query;
    std::optional<QueueRow> after;
    int limit = 200;
};

// What the loader answers: the rows, or the error that stopped it.
struct QueuePage
{
    quint64 generation = 0;
    bool firstPage = true;
    int limit = 200;
    QList<QueueRow> rows;
    // The stored SLA of the page's tickets and the calendars they run on;
    // BusinessCalendar copies share their cache and are safe across threads.
    QHash<TicketId, TicketSla> sla;
    QHash<QString, BusinessCalendar> calendars;
    std::optional<Error> error;
    qint64 elapsedMs = 0; // time spent in the repository, for the log
};

// Reads queue pages on a worker thread so typing and scrolling never wait for
// SQLite. Lives on that thread and uses the thread's own database connection;
// the owner calls releaseConnection() from the thread as it finishes.
class QueuePageLoader : public QObject
{
    Q_OBJECT

public:
    explicit QueuePageLoader(DatabasePtr database);

    // Thread-safe: requests of older generations are dropped without a query,
    // so a burst of keystrokes costs one query, not one per key.
    void supersede(quint64 generation) { m_latestGeneration.store(generation); }

    // Runs on the loader's thread.
    void load(const Switchboard::QueuePageRequest& request);
    void releaseConnection();

signals:
    void pageLoaded(const Switchboard::QueuePage& page);

private:
    void addSla(QueuePage& page);

    DatabasePtr m_database;
    TicketRepository m_repository;
    SlaService m_sla;
    QHash<QString, BusinessCalendar> m_calendars;
    std::atomic<quint64> m_latestGeneration{0};
};

} // namespace Switchboard
