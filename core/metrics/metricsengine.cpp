// SPDX-License-Identifier: MIT
#include "metricsengine.h"

#include "common/tr.h"
#include "metricsrepository.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

namespace Switchboard {
namespace {

Q_LOGGING_CATEGORY(lcMetrics, "switchboard.metrics")

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

// Whether a clock of waiting (a response, the resolution) runs in a status:
// not while the team waits on the customer (pending), nor while the ticket
// is resolved or closed. On hold counts: the customer is still waiting.
bool counts(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open ||
           status == TicketStatus::OnHold;
}

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

// Local weekday and hour of instants, in the reporting zone. Every zone's
// offset is a multiple of 15 minutes, so one conversion per quarter hour of
// UTC is enough; tickets arrive by id, about the order of creation, so the
// cache stays small.
class LocalHours
{
public:
    explicit LocalHours(QTimeZone zone)
        : m_zone(std::move(zone))
        , m_utc(m_zone == QTimeZone::utc())
    {}

    // weekday (0 = Monday) * 24 + hour
    int slot(qint64 ms)
    {
        if (m_utc) {
            const qint64 hours = floorDiv(ms, 3600 * 1000);
            const qint64 days = floorDiv(hours, 24);
            const qint64 weekday = days + 3 - 7 * floorDiv(days + 3, 7); // 1970-01-01: Thursday
            return int(weekday * 24 + (hours - days * 24));
        }
        const qint64 quarter = floorDiv(ms, kQuarterHourMs);
        const auto found = m_cache.constFind(quarter);
        if (found != m_cache.cend())
            return *found;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(quarter * kQuarterHourMs, m_zone);
        const int slot = (local.date().dayOfWeek() - 1) * 24 + local.time().hour();
        if (m_cache.size() > 100'000)
            m_cache.clear();
        m_cache.insert(quarter, slot);
        return slot;
    }

private:
    QTimeZone m_zone;
    bool m_utc = false;
    QHash<qint64, int> m_cache;
};

// Folds ticket histories into the figures of the report; pure arithmetic on
// what MetricsRepository reads.
class KpiAccumulator
{
public:
    KpiAccumulator(const MetricsQuery& query, qint64 nowMs)
        : m_query(query)
        , m_now(nowMs)
        , m_hours(query.calendar ? query.calendar->timeZone() : QTimeZone::utc())
    {}

    void add(const MetricsTicketHistory& ticket);
    KpiReport finish(const MetricsRepository::RatingTotals& ratings, qint64 workSeconds);

private:
    struct Resolution
    {
        qint64 working = 0; // ms
        std::array<qint64, 6> inStatus{};
        int replies = 0;
    };

    bool inPeriod(std::optional<qint64> at) const
    {
        return at && *at >= m_query.fromMs && *at < m_query.toMs;
    }
    void addSla(const MetricsTicketHistory& ticket);

    const MetricsQuery& m_query;
    qint64 m_now = 0;
    LocalHours m_hours;
    KpiReport m_report;
    qint64 m_createdAndDone = 0;
    qint64 m_firstContact = 0;
    qint64 m_reopened = 0;
    QList<double> m_firstResponses;
    QList<double> m_responses;
    QList<double> m_resolutions;
    std::array<double, 6> m_statusTotals{};
};

void KpiAccumulator::add(const MetricsTicketHistory& ticket)
{
    const qint64 created = ticket.createdAt;
    const BusinessCalendar* calendar = m_query.calendar ? &*m_query.calendar : nullptr;
    // Time from the creation to an instant, in ms: business time counted from
    // the creation, so rounding to whole seconds never accumulates.
    auto sinceCreation = [&](qint64 at) {
        return calendar ? calendar->businessSecondsBetween(created, at) * 1000 : at - created;
    };

    const bool createdInPeriod = created >= m_query.fromMs; // all were created before the end
    if (createdInPeriod) {
        ++m_report.ticketsCreated;
        const int slot = m_hours.slot(created);
        ++m_report.volume[size_t(slot / 24)][size_t(slot % 24)];
    }

    TicketStatus status = TicketStatus::New;
    std::optional<TicketStatus> statusAtStart;
    qint64 lastAt = created;
    qint64 lastElapsed = 0;
    qint64 working = 0; // ms of the clock that pauses (see counts())
    std::array<qint64, 6> inStatus{};
    std::optional<qint64> awaitingSince = 0; // `working` when the awaited message came
    bool answered = false;
    bool reopened = false;
    int replies = 0;
    std::optional<Resolution> resolution;

    for (const MetricsEntry& entry : ticket.entries) {
        const qint64 at = std::max(entry.at, created);
        if (!statusAtStart && at >= m_query.fromMs)
            statusAtStart = status;
        if (at > lastAt) {
            const qint64 elapsed = sinceCreation(at);
            const qint64 step = elapsed - lastElapsed;
            inStatus[size_t(status)] += step;
            if (counts(status))
                working += step;
            lastAt = at;
            lastElapsed = elapsed;
        }
        switch (entry.kind) {
        case MetricsEntry::Kind::CustomerMessage:
            if (!awaitingSince)
                awaitingSince = working;
            break;
        case MetricsEntry::Kind::Reply:
            ++replies;
            if (awaitingSince) {
                const double wait = double(working - *awaitingSince) / 1000.0;
                if (at >= m_query.fromMs) {
                    m_responses << wait;
                    if (!answered)
                        m_firstResponses << wait;
                }
                answered = true;
                awaitingSince.reset();
            }
            break;
        case MetricsEntry::Kind::Status: {
            if (entry.to == status)
                break;
            const bool wasDone = isDone(status);
            status = entry.to;
            if (wasDone && !isDone(status))
                reopened = true;
            if (!wasDone && isDone(status) && at >= m_query.fromMs)
                resolution = Resolution{working, inStatus, replies};
            break;
        }
        }
    }
    if (!statusAtStart)
        statusAtStart = status;

    if (!createdInPeriod && !isDone(*statusAtStart))
        ++m_report.backlogStart;
    if (!isDone(status))
        ++m_report.backlogEnd;
    if (createdInPeriod && isDone(status))
        ++m_createdAndDone;
    if (resolution) {
        ++m_report.ticketsResolved;
        m_resolutions << double(resolution->working) / 1000.0;
        for (size_t i = 0; i < m_statusTotals.size(); ++i)
            m_statusTotals[i] += double(resolution->inStatus[i]) / 1000.0;
        if (reopened)
            ++m_reopened;
        else if (resolution->replies == 1)
            ++m_firstContact;
    }
    addSla(ticket);
}

void KpiAccumulator::addSla(const MetricsTicketHistory& ticket)
{
    const qint64 horizon = std::min(m_query.toMs, m_now);
    for (int metric = 0; metric < kSlaMetricCount; ++metric) {
        const StoredSlaOutcome& outcome = ticket.sla[size_t(metric)];
        SlaCompliance& compliance = m_report.sla[size_t(metric)];
        if (outcome.state == SlaState::Breached) {
            // Done late, or still running (or paused) past its limit.
            compliance.breached += inPeriod(outcome.breachedAt) ? 1 : 0;
        } else if (outcome.phase == SlaPhase::Finished) {
            if (outcome.state == SlaState::Met)
                compliance.met += inPeriod(outcome.metAt) ? 1 : 0;
            else if (outcome.state == SlaState::AtGoal)
                compliance.atGoal += inPeriod(outcome.metAt) ? 1 : 0;
        } else if (outcome.phase == SlaPhase::Running && inPeriod(outcome.limitDueAt) &&
                   *outcome.limitDueAt < horizon) {
            // Stored before its limit came; nothing but time has changed
            // since, so it breached there.
            ++compliance.breached;
        }
    }
}

KpiReport KpiAccumulator::finish(const MetricsRepository::RatingTotals& ratings, qint64 workSeconds)
{
    KpiReport report = std::move(m_report);
    report.fromMs = m_query.fromMs;
    report.toMs = m_query.toMs;
    report.businessTime = m_query.calendar.has_value();
    report.calendarName = m_query.calendarName;
    report.timeZone = m_query.calendar ? m_query.calendar->timeZone() : QTimeZone::utc();

    report.resolvedPercent = percentOf(m_createdAndDone, report.ticketsCreated);
    report.firstResponse = DurationStats::from(m_firstResponses);
    report.response = DurationStats::from(m_responses);
    report.resolution = DurationStats::from(m_resolutions);
    report.fcrPercent = percentOf(m_firstContact, report.ticketsResolved);
    report.reopenRatePercent = percentOf(m_reopened, report.ticketsResolved);

    report.ratingsCount = ratings.count;
    if (ratings.count > 0)
        report.satisfactionAverage = double(ratings.scoreSum) / double(ratings.count);
    report.satisfiedPercent = percentOf(ratings.satisfied, ratings.count);
    report.workSeconds = workSeconds;

    TimeInStatus& times = report.timeInStatus;
    times.tickets = report.ticketsResolved;
    if (times.tickets > 0) {
        double largest = 0;
        for (size_t i = 0; i < m_statusTotals.size(); ++i) {
            const double mean = m_statusTotals[i] / double(times.tickets);
            times.meanSeconds[i] = mean;
            if (!isDone(TicketStatus(i)) && mean > largest) {
                largest = mean;
                times.bottleneck = TicketStatus(i);
            }
        }
    }
    return report;
}

} // namespace

MetricsEngine::MetricsEngine(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Result<KpiReport> MetricsEngine::kpi(const MetricsQuery& query) const
{
    if (query.toMs <= query.fromMs)
        return Error{ErrorKind::BadInput, Tr::tr("the period ends before it begins")};
    if (query.calendar && !query.calendar->isValid())
        return Error{ErrorKind::BadInput, Tr::tr("the reporting calendar is not valid")};
    QElapsedTimer timer;
    timer.start();

    // One read transaction: the tickets, ratings and time entries of one moment.
    Transaction snapshot(m_database->connection());
    if (!snapshot.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again")};
    MetricsRepository repository(m_database);
    KpiAccumulator accumulator(query, m_clock.nowMs());
    qint64 tickets = 0;
    if (Status read = repository.readHistories(query,
                                               [&](const MetricsTicketHistory& ticket) {
                                                   ++tickets;
                                                   accumulator.add(ticket);
                                               });
        !read)
        return read.error();
    auto ratings = repository.ratings(query);
    if (!ratings)
        return ratings.error();
    auto work = repository.workSeconds(query);
    if (!work)
        return work.error();
    snapshot.rollback();
    qCInfo(lcMetrics) << "KPI report over" << tickets << "tickets in" << timer.elapsed() << "ms";
    return accumulator.finish(*ratings, *work);
}

} // namespace Switchboard
