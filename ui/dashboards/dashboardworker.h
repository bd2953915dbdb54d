// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "dashboardperiod.h"
#include "metrics/durationstats.h"
#include "metrics/kpireport.h"
#include "metrics/metricsquery.h"
#include "storage/database.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>

#include <atomic>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcUiDashboards)

namespace Switchboard {

class Clock;

// One computation of the dashboard: the KPI report of a period, of the
// period before it, and the first-response trend in buckets.
struct DashboardRequest
{
    quint64 generation = 0;
    // Calendar and filters; fromMs and toMs are the period's.
    MetricsQuery query;
    std::optional<DashboardPeriod> previous; // empty: not compared
    DashboardPeriod::Step step = DashboardPeriod::Step::Day;
    QList<DashboardPeriod> buckets; // empty: no trend
};

struct DashboardAnswer
{
    quint64 generation = 0;
    std::optional<KpiReport> current;
    std::optional<KpiReport> previous;
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

// First responses of one trend bucket.
struct DashboardTrendPoint
{
    DashboardPeriod bucket;
    DurationStats firstResponse;
};

struct DashboardTrend
{
    quint64 generation = 0;
    DashboardPeriod::Step step = DashboardPeriod::Step::Day;
    QList<DashboardTrendPoint> points;
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

// Runs the dashboard's reports on a worker thread with that thread's own
// connection, so the window never waits for SQLite. A request answers in two
// steps: reportComputed (this and the previous period: the table, the volume,
// time in status, SLA) as soon as those are read, then trendComputed after
// one MetricsEngine::kpi per bucket. That trend is the costly part: 31
// reports for 30 days, each reading its day's tickets and the open ones.
// Measured on this 2-core machine: 20,000 demo tickets (5,100 in the last 30
// days) 0.15 s for the two periods, 0.26-0.39 s for the trend; 200,000
// tickets over a year (16,000 a month) 0.6 s and 1.2 s, a quarter 1.1 s and
// 0.8 s. A daily-facts table in core would make the trend one query. Requests a
// newer one replaced stop at the next report. The owner calls
// releaseConnection() from the thread as it finishes.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    DashboardWorker(DatabasePtr database, const Clock& clock);

    // The reporting basis of the view: with businessHours, business time of
    // builtin:weekdays-9-18; else wall-clock time, through a calendar that is
    // always open in the system time zone, so durations are calendar time and
    // the volume grid and dates are the user's local ones (without a
    // calendar MetricsEngine would put the grid in UTC).
    static Result<MetricsQuery> reportingQuery(bool businessHours);
    static QString businessCalendarSpec(); // "builtin:weekdays-9-18"

    // Thread-safe: requests of older generations are dropped.
    void supersede(quint64 generation) { m_latestGeneration.store(generation); }

    // Run on the worker's thread.
    void run(const Switchboard::DashboardRequest& request);
    void releaseConnection();

signals:
    void reportComputed(const Switchboard::DashboardAnswer& answer);
    // After each bucket of the trend.
    void trendProgressed(quint64 generation, int done, int total);
    void trendComputed(const Switchboard::DashboardTrend& trend);

private:
    bool superseded(quint64 generation) const { return generation < m_latestGeneration.load(); }

    DatabasePtr m_database;
    const Clock& m_clock;
    std::atomic<quint64> m_latestGeneration{0};
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::DashboardRequest)
Q_DECLARE_METATYPE(Switchboard::DashboardAnswer)
Q_DECLARE_METATYPE(Switchboard::DashboardTrend)
