// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "factitem.h"
#include "storage/database.h"
#include "tickets/ticket.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Switchboard {

// The hourly facts behind the dashboards (docs/metrics.md, "Daily facts"):
// metrics_hourly holds, per UTC hour and group, the fact items of every
// ticket (TicketFacts) and how the number of open tickets moved;
// metrics_ticket_facts each ticket's own items, so a change replaces exactly
// what the ticket contributed. Triggers queue changed tickets in
// metrics_dirty whoever writes them; refresh() folds the queue in, or
// rebuilds everything when the facts were never built (a new database, a
// bulk load). Use on the thread whose connection it should use.
class MetricsFactStore
{
public:
    explicit MetricsFactStore(DatabasePtr database);

    // app_settings key whose value is kFactsVersion once the facts are built.
    static QString stateKey();
    static constexpr int kFactsVersion = 1;
    // More queued tickets than this are cheaper to rebuild from scratch.
    static constexpr qint64 kRebuildThreshold = 200000;

    struct Refresh
    {
        bool rebuilt = false;
        qint64 tickets = 0; // tickets whose facts were computed
    };
    // Brings the facts up to date in one write transaction. `progress` is
    // called now and then with tickets done and in all; returning false
    // cancels (nothing is written; the error says so).
    Result<Refresh> refresh(const std::function<bool(qint64, qint64)>& progress = {}) const;
    // Drops the facts so the next refresh rebuilds them; for writers that
    // bypass the triggers (TicketBulkWriter).
    Status invalidate() const;
    Result<bool> isBuilt() const;
    Result<qint64> queuedTickets() const;

    // Calls `visit` per stored hour in [fromHour, toHour) of the groups (all
    // when empty; group 0 is tickets without a group), in hour order. The
    // bytes are valid during the call only.
    Status
    readHours(qint64 fromHour, qint64 toHour, const QList<GroupId>& groups,
              const std::function<void(qint64 hour, qint64 openDelta, const QByteArray& items,
                                       const HourSums& sums)>& visit) const;
    // Tickets open at the start of `hour`: created earlier and not done then.
    Result<qint64> openAt(qint64 hour, const QList<GroupId>& groups) const;

private:
    Status rebuild(const std::function<bool(qint64, qint64)>& progress) const;
    Status refreshQueued(const QList<TicketId>& ids) const;

    DatabasePtr m_database;
};

} // namespace Switchboard
