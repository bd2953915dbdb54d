// SPDX-License-Identifier: MIT
#include "dashboardworker.h"

#include "common/clock.h"
#include "metrics/metricsengine.h"
#include "metrics/metricsrepository.h"
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

std::optional<MetricsQuery> DashboardWorker::factsQuery(const DashboardRequest& request,
                                                        QTimeZone& zone)
{
    // Business time depends on the calendar; the facts hold calendar time.
    if (!request.query.calendarName.isEmpty())
        return std::nullopt;
    MetricsQuery query = request.query;
    zone = query.calendar ? query.calendar->timeZone() : QTimeZone::utc();
    query.calendar.reset();
    QList<MetricsEngine::Bucket> buckets;
    for (const DashboardPeriod& bucket : request.buckets)
        buckets << MetricsEngine::Bucket{bucket.fromMs, bucket.toMs};
    MetricsQuery previous = query;
    if (request.previous) {
        previous.fromMs = request.previous->fromMs;
        previous.toMs = request.previous->toMs;
    }
    if (!MetricsEngine::factsCanAnswer(query, buckets) || !MetricsEngine::factsCanAnswer(previous))
        return std::nullopt;
    return query;
}

// The table, the previous period and the trend from the hourly facts in
// one pass each; false when the facts cannot answer (then the history does).
bool DashboardWorker::runFromFacts(const DashboardRequest& request, DashboardAnswer& answer,
                                   DashboardTrend& trend)
{
    QTimeZone zone;
    const std::optional<MetricsQuery> query = factsQuery(request, zone);
    if (!query)
        return false;
    const MetricsEngine engine(m_database, m_clock);
    QList<MetricsEngine::Bucket> buckets;
    for (const DashboardPeriod& bucket : request.buckets)
        buckets << MetricsEngine::Bucket{bucket.fromMs, bucket.toMs};
    // A first build of the facts over a large history takes a while: report it.
    auto progress = [this, &request](qint64 done, qint64 total) {
        emit factsProgressed(request.generation, done, total);
        return !superseded(request.generation);
    };
    auto current = engine.kpiFromFacts(*query, zone, buckets, progress);
    if (!current) {
        answer.error = current.error();
        return true;
    }
    answer.current = current->report;
    if (request.previous && !superseded(request.generation)) {
        MetricsQuery previous = *query;
        previous.fromMs = request.previous->fromMs;
        previous.toMs = request.previous->toMs;
        auto before = engine.kpiFromFacts(previous, zone);
        if (before)
            answer.previous = before->report;
        else // the table still has this period's figures
            qCWarning(lcUiDashboards) << "previous period:" << before.error().toString();
    }
    trend.generation = request.generation;
    trend.step = request.step;
    for (qsizetype i = 0; i < current->buckets.size(); ++i)
        trend.points.append(trendPoint(request.buckets.at(i), current->buckets.at(i)));
    return true;
}

DashboardTrendPoint DashboardWorker::trendPoint(const DashboardPeriod& bucket,
                                                const KpiReport& report)
{
    DashboardTrendPoint point;
    point.bucket = bucket;
    point.firstResponse = report.firstResponse;
    point.created = report.ticketsCreated;
    point.resolved = report.ticketsResolved;
    point.backlogStart = report.backlogStart;
    point.backlogEnd = report.backlogEnd;
    point.sla = report.sla;
    return point;
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
    DashboardTrend factsTrend;
    const bool fromFacts = runFromFacts(request, answer, factsTrend);
    if (!fromFacts) {
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
    }
    if (superseded(request.generation))
        return;
    answer.elapsedMs = timer.elapsed();
    qCDebug(lcUiDashboards) << "report generation" << request.generation << "in" << answer.elapsedMs
                            << "ms" << (fromFacts ? "from the facts" : "from the history");
    emit reportComputed(answer);
    if (answer.error)
        return;
    // The trend came with the report: show it before the slower details.
    if (fromFacts && !request.buckets.isEmpty()) {
        factsTrend.elapsedMs = answer.elapsedMs;
        emit trendComputed(factsTrend);
    }

    timer.restart();
    DashboardDetails details;
    details.generation = request.generation;
    if (!computeDetails(request, details))
        return;
    details.elapsedMs = timer.elapsed();
    qCDebug(lcUiDashboards) << "details generation" << request.generation << "in"
                            << details.elapsedMs << "ms";
    emit detailsComputed(details);
    if (fromFacts || request.buckets.isEmpty())
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
        trend.points.append(trendPoint(request.buckets[i], *report));
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
    Status counted =
        MetricsRepository(m_database)
            .createdByChannelAndType(
                request.query, [&](const QString& channel, const QString& type, qint64 count) {
                    for (size_t i = 0; i < channels.size(); ++i) {
                        if (toKey(channels[i]) == channel)
                            breakdown.byChannel[i] += count;
                    }
                    for (size_t i = 0; i < types.size(); ++i) {
                        if (toKey(types[i]) == type)
                            breakdown.byType[i] += count;
                    }
                });
    if (superseded(request.generation))
        return false;
    if (counted)
        details.breakdown = breakdown;
    else
        details.breakdownError = counted.error();
    return true;
}

void DashboardWorker::releaseConnection()
{
    m_database->closeThreadConnection();
}

} // namespace Switchboard
