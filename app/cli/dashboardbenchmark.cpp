// SPDX-License-Identifier: MIT
#include "dashboardbenchmark.h"

#include "clitr.h"

#include "common/clock.h"
#include "metrics/metricsengine.h"
#include "metrics/metricsfactstore.h"
#include "storage/transaction.h"
#include "tickets/ticketservice.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Switchboard::Cli {
namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kRefreshRuns = 5;
constexpr int kChangedTickets = 100;

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double round1(double value)
{
    return std::round(value * 10) / 10;
}

// The dashboard's request for the year that ends at `end`.
Result<double> refreshOnce(const MetricsEngine& engine, qint64 end, qint64* created = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    MetricsQuery year;
    year.fromMs = end - 364 * kDayMs;
    year.toMs = end;
    QList<MetricsEngine::Bucket> weeks;
    for (qint64 week = year.fromMs; week < year.toMs; week += 7 * kDayMs)
        weeks << MetricsEngine::Bucket{week, std::min(week + 7 * kDayMs, year.toMs)};
    auto current = engine.kpiFromFacts(year, QTimeZone::utc(), weeks);
    if (!current)
        return current.error();
    MetricsQuery before = year;
    before.fromMs = year.fromMs - 364 * kDayMs;
    before.toMs = year.fromMs;
    auto previous = engine.kpiFromFacts(before, QTimeZone::utc());
    if (!previous)
        return previous.error();
    if (created)
        *created = current->report.ticketsCreated;
    return msSince(timer);
}

// Replies to and resolves open tickets, as a hundred operators' actions.
Status changeTickets(const DatabasePtr& database, const Clock& clock)
{
    QSqlQuery pick(database->connection());
    if (!pick.exec(QStringLiteral("SELECT t.id, a.login FROM tickets t JOIN agents a "
                                  "ON a.id = t.assignee_id WHERE t.status_rank < 4 "
                                  "ORDER BY t.id DESC LIMIT %1")
                       .arg(kChangedTickets)))
        return Error{ErrorKind::Runtime, CliTr::tr("cannot pick tickets to change"),
                     pick.lastError().text()};
    QList<QPair<TicketId, QString>> tickets;
    while (pick.next())
        tickets << qMakePair(pick.value(0).toLongLong(), pick.value(1).toString());
    pick.finish();
    const TicketService service(database, clock);
    for (const auto& [id, agent] : std::as_const(tickets)) {
        ReplyRequest reply;
        reply.agent = agent;
        reply.body = QStringLiteral("Done, please check.");
        reply.thenStatus = TicketStatus::Resolved;
        if (auto written = service.reply(id, reply); !written)
            return written.error();
    }
    return {};
}

} // namespace

Result<DashboardBenchmark> DashboardBenchmark::run(const DatabasePtr& database, const Clock& clock)
{
    DashboardBenchmark figures;
    const MetricsEngine engine(database, clock);
    const MetricsFactStore store(database);
    // The year that ends at the next whole hour: the dashboard's "last 12 months".
    const qint64 end = (clock.nowMs() / kHourMs + 1) * kHourMs;

    QElapsedTimer timer;
    timer.start();
    auto built = store.refresh();
    if (!built)
        return built.error();
    figures.factsBuildMs = msSince(timer);
    figures.factTickets = built->tickets;

    QList<double> runs;
    for (int i = 0; i < kRefreshRuns; ++i) {
        auto ms = refreshOnce(engine, end, &figures.yearTickets);
        if (!ms)
            return ms.error();
        runs << *ms;
    }
    std::sort(runs.begin(), runs.end());
    figures.refreshRuns = int(runs.size());
    figures.refreshMedianMs = runs.at(runs.size() / 2);
    figures.refreshMaxMs = runs.last();

    if (Status changed = changeTickets(database, clock); !changed)
        return changed.error();
    auto afterChanges = refreshOnce(engine, end);
    if (!afterChanges)
        return afterChanges.error();
    figures.refreshAfterChangesMs = *afterChanges;

    // One full-scan aggregate over the tickets of the year, for comparison.
    timer.restart();
    QSqlQuery raw(database->connection());
    raw.prepare(QStringLiteral(
        "SELECT count(*), avg(first_response_at - created_at), avg(resolved_at - created_at), "
        "sum(status_rank >= 4) FROM tickets NOT INDEXED WHERE created_at >= ? AND created_at < ?"));
    raw.addBindValue(end - 364 * kDayMs);
    raw.addBindValue(end);
    if (!raw.exec() || !raw.next())
        return Error{ErrorKind::Runtime, CliTr::tr("the raw aggregate failed"),
                     raw.lastError().text()};
    figures.rawAggregateMs = msSince(timer);
    raw.finish();

    timer.restart();
    MetricsQuery year;
    year.fromMs = end - 364 * kDayMs;
    year.toMs = end;
    auto history = engine.kpi(year);
    if (!history)
        return history.error();
    figures.historyReportMs = msSince(timer);
    return figures;
}

void DashboardBenchmark::addTo(QJsonObject& figures) const
{
    figures.insert(QStringLiteral("dashboard_fact_tickets"), factTickets);
    figures.insert(QStringLiteral("dashboard_facts_build_ms"), round1(factsBuildMs));
    figures.insert(QStringLiteral("dashboard_year_tickets"), yearTickets);
    figures.insert(QStringLiteral("dashboard_refresh_ms"), round1(refreshMedianMs));
    figures.insert(QStringLiteral("dashboard_refresh_max_ms"), round1(refreshMaxMs));
    figures.insert(QStringLiteral("dashboard_refresh_runs"), refreshRuns);
    figures.insert(QStringLiteral("dashboard_refresh_after_changes_ms"),
                   round1(refreshAfterChangesMs));
    figures.insert(QStringLiteral("dashboard_raw_aggregate_ms"), round1(rawAggregateMs));
    figures.insert(QStringLiteral("dashboard_history_report_ms"), round1(historyReportMs));
}

QStringList DashboardBenchmark::toText() const
{
    return {
        CliTr::tr("dashboard facts, build:  %1 ms for %2 tickets")
            .arg(factsBuildMs, 0, 'f', 0)
            .arg(factTickets),
        CliTr::tr("dashboard, last year:    %1 ms median, %2 ms max of %3 refreshes (%4 tickets; "
                  "the year, the year before, a weekly trend)")
            .arg(refreshMedianMs, 0, 'f', 1)
            .arg(refreshMaxMs, 0, 'f', 1)
            .arg(refreshRuns)
            .arg(yearTickets),
        CliTr::tr("dashboard, after %1 tickets changed: %2 ms")
            .arg(kChangedTickets)
            .arg(refreshAfterChangesMs, 0, 'f', 1),
        CliTr::tr("raw full-scan aggregate: %1 ms (one query over the year's tickets)")
            .arg(rawAggregateMs, 0, 'f', 1),
        CliTr::tr("report from the history: %1 ms (the same year, read from the events)")
            .arg(historyReportMs, 0, 'f', 0),
    };
}

} // namespace Switchboard::Cli
