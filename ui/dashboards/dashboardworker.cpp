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
    if (answer.error)
        return;

    timer.restart();
    DashboardDetails details;
    details.generation = request.generation;
    if (!computeDetails(request, details))
        return;
    details.elapsedMs = timer.elapsed();
    qCDebug(lcUiDashboards) << "details generation" << request.generation << "in"
                            << details.elapsedMs << "ms";
    emit detailsComputed(details);
    if (request.buckets.isEmpty())
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
        DashboardTrendPoint point;
        point.bucket = request.buckets[i];
        point.firstResponse = report->firstResponse;
        point.created = report->ticketsCreated;
        point.resolved = report->ticketsResolved;
        point.backlogStart = report->backlogStart;
        point.backlogEnd = report->backlogEnd;
        point.sla = report->sla;
        trend.points.append(point);
        emit trendProgressed(request.generation, i + 1, total);
    }
    trend.elapsedMs = timer.elapsed();
    qCDebug(lcUiDashboards) << "trend generation" << request.generation << "of" << total
                            << "buckets in" << trend.elapsedMs << "ms";
    emit trendComputed(trend);
}

bool DashboardWorker::computeDetails(const DashboardRequest& request,
                                     DashboardDetails& details) const
{
    const MetricsEngine engine(m_database, m_clock);
    auto agents = engine.agents(request.query);
    if (agents)
        details.agents = std::move(agents).value();
    else
        details.agentsError = agents.error();
    if (superseded(request.generation))
        return false;

    auto staffing =
        engine.staffing(request.query, kStaffingServiceLevel, kStaffingAnswerWithinSeconds);
    if (staffing)
        details.staffing = std::move(staffing).value();
    else
        details.staffingError = staffing.error();

    DashboardBreakdown breakdown;
    const std::array channels{Channel::Email, Channel::Chat, Channel::Phone, Channel::Web};
    const std::array types{TicketType::Consultation, TicketType::Fault, TicketType::Order,
                           TicketType::Complaint};
    auto created = [&](auto setFilter) -> std::optional<qint64> {
        if (superseded(request.generation))
            return std::nullopt;
        MetricsQuery query = request.query;
        setFilter(query);
        auto report = engine.kpi(query);
        if (!report) {
            details.breakdownError = report.error();
            return std::nullopt;
        }
        return report->ticketsCreated;
    };
    // The dashboard filters no channel or type, so each filter below is the only one.
    for (size_t i = 0; i < channels.size(); ++i) {
        const auto count = created([&](MetricsQuery& query) { query.channels = {channels[i]}; });
        if (!count)
            break;
        breakdown.byChannel[i] = *count;
    }
    for (size_t i = 0; i < types.size() && !details.breakdownError; ++i) {
        const auto count = created([&](MetricsQuery& query) { query.types = {types[i]}; });
        if (!count)
            break;
        breakdown.byType[i] = *count;
    }
    if (superseded(request.generation))
        return false;
    if (!details.breakdownError)
        details.breakdown = breakdown;
    return true;
}

void DashboardWorker::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
