// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "dashboardperiod.h"
#include "metrics/agentscorecard.h"
#include "metrics/durationstats.h"
#include "metrics/kpireport.h"
#include "metrics/metricsquery.h"
#include "metrics/staffingreport.h"
#include "storage/database.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>

#include <array>
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

// Tickets created in the period by channel and by type, indexed by the enums.
struct DashboardBreakdown
{
    std::array<qint64, 4> byChannel{};
    std::array<qint64, 4> byType{};
};

// What the dashboard shows besides the KPI report: the agents' scorecard,
// the staffing plan and the breakdown by channel and type. Each part is
// empty when it failed; its error says why.
struct DashboardDetails
{
    quint64 generation = 0;
    std::optional<AgentScorecardReport> agents;
    std::optional<Error> agentsError;
    std::optional<StaffingReport> staffing;
    std::optional<Error> staffingError;
    std::optional<DashboardBreakdown> breakdown;
    std::optional<Error> breakdownError;
    qint64 elapsedMs = 0;
};

// One trend bucket: its first responses, and the backlog and SLA figures
// the same report has (so the backlog chart costs no extra query).
struct DashboardTrendPoint
{
    DashboardPeriod bucket;
    DurationStats firstResponse;
    qint64 created = 0;
    qint64 resolved = 0;
    qint64 backlogStart = 0;
    qint64 backlogEnd = 0;
    std::array<SlaCompliance, kSlaMetricCount> sla{};
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
// connection, so the window never waits for SQLite. A request answers in
// three steps: reportComputed (this and the previous period: the table, the
// volume, time in status, SLA) as soon as those are read, then
// detailsComputed (the agents' scorecard, the staffing plan, and tickets by
// channel and by type), then trendComputed after one MetricsEngine::kpi per
// bucket. KpiReport has no counts by channel or type, so the breakdown is
// one kpi() per channel and one per type with that filter: 8 reports of the
// period, each reading only its channel's or type's tickets, together about
// as costly as two reports of the whole period (measured below). That trend is the costly part: 31
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
    // The staffing plan's service level: 80 % answered within 15 minutes,
    // the defaults of `report staffing`.
    static constexpr double kStaffingServiceLevel = 0.8;
    static constexpr double kStaffingAnswerWithinSeconds = 15 * 60;

    // Thread-safe: requests of older generations are dropped.
    void supersede(quint64 generation) { m_latestGeneration.store(generation); }

    // Run on the worker's thread.
    void run(const Switchboard::DashboardRequest& request);
    void releaseConnection();

signals:
    void reportComputed(const Switchboard::DashboardAnswer& answer);
    void detailsComputed(const Switchboard::DashboardDetails& details);
    // After each bucket of the trend.
    void trendProgressed(quint64 generation, int done, int total);
    // While the hourly facts are first built (a large history after a bulk load).
    void factsProgressed(quint64 generation, qint64 done, qint64 total);
    void trendComputed(const Switchboard::DashboardTrend& trend);

private:
    // The request as the hourly facts answer it (calendar time; `zone` gets
    // the volume grid's zone); empty when they cannot.
    static std::optional<MetricsQuery> factsQuery(const DashboardRequest& request, QTimeZone& zone);
    bool runFromFacts(const DashboardRequest& request, DashboardAnswer& answer,
                      DashboardTrend& trend);
    static DashboardTrendPoint trendPoint(const DashboardPeriod& bucket, const KpiReport& report);
    // False when a newer request superseded this one on the way.
    bool computeDetails(const DashboardRequest& request, DashboardDetails& details) const;
    bool superseded(quint64 generation) const { return generation < m_latestGeneration.load(); }

    DatabasePtr m_database;
    const Clock& m_clock;
    std::atomic<quint64> m_latestGeneration{0};
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::DashboardRequest)
Q_DECLARE_METATYPE(Switchboard::DashboardAnswer)
Q_DECLARE_METATYPE(Switchboard::DashboardDetails)
Q_DECLARE_METATYPE(Switchboard::DashboardTrend)
