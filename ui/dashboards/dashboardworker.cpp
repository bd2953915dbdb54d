// SPDX-License-Identifier: MIT
#include "dashboardworker.h"

#include "common/clock.h"
#include "metrics/metricsengine.h"
#include "sla/calendarcatalog.h"

#include <QElapsedTimer>

Q_LOGGING_CATEGORY(lcUiDashboards, "switchboard.ui.dashboards")

namespace Switchboard {

DashboardWorker::DashboardWorker(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QString DashboardWorker::businessCalendarSpec()
{
    return QStringLiteral("builtin:weekdays-9-18");
}

Result<MetricsQuery> DashboardWorker::reportingQuery(bool businessHours)
{
    MetricsQuery query;
    if (businessHours) {
        auto calendar = CalendarCatalog::resolve(businessCalendarSpec());
        if (!calendar)
            return calendar.error();
        query.calendar = std::move(calendar).value();
        query.calendarName = businessCalendarSpec();
        return query;
    }
    BusinessCalendar::Rules rules;
    rules.zone = QTimeZone::systemTimeZone();
    for (auto& day : rules.week)
        day = {{0, 86400}};
    auto calendar = BusinessCalendar::create(rules);
    if (!calendar)
        return calendar.error();
    query.calendar = std::move(calendar).value();
    return query;
}

void DashboardWorker::run(const DashboardRequest& request)
{
    if (superseded(request.generation))
        return;
    QElapsedTimer timer;
    timer.start();
    const MetricsEngine engine(m_database, m_clock);

    DashboardAnswer answer;
    answer.generation = request.generation;
    auto current = engine.kpi(request.query);
    if (!current) {
        answer.error = current.error();
    } else {
        answer.current = std::move(current).value();
        if (request.previous && !superseded(request.generation)) {
            MetricsQuery query = request.query;
            query.fromMs = request.previous->fromMs;
            query.toMs = request.previous->toMs;
            auto previous = engine.kpi(query);
            if (previous)
                answer.previous = std::move(previous).value();
            else // the table still has this period's figures
                qCWarning(lcUiDashboards) << "previous period:" << previous.error().toString();
        }
    }
    if (superseded(request.generation))
        return;
    answer.elapsedMs = timer.elapsed();
    qCDebug(lcUiDashboards) << "report generation" << request.generation << "in" << answer.elapsedMs
                            << "ms";
    emit reportComputed(answer);
    if (answer.error || request.buckets.isEmpty())
        return;

    timer.restart();
    DashboardTrend trend;
    trend.generation = request.generation;
    trend.step = request.step;
    const int total = int(request.buckets.size());
    for (int i = 0; i < total; ++i) {
        if (superseded(request.generation))
            return;
        MetricsQuery query = request.query;
        query.fromMs = request.buckets[i].fromMs;
        query.toMs = request.buckets[i].toMs;
        auto report = engine.kpi(query);
        if (!report) {
            trend.error = report.error();
            break;
        }
        trend.points.append({request.buckets[i], report->firstResponse});
        emit trendProgressed(request.generation, i + 1, total);
    }
    trend.elapsedMs = timer.elapsed();
    qCDebug(lcUiDashboards) << "trend generation" << request.generation << "of" << total
                            << "buckets in" << trend.elapsedMs << "ms";
    emit trendComputed(trend);
}

void DashboardWorker::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
