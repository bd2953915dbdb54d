// SPDX-License-Identifier: MIT
#include "metricsengine.h"

#include "common/tr.h"
#include "erlangc.h"
#include "factsaccumulator.h"
#include "localhours.h"
#include "metricsfactstore.h"
#include "metricsrepository.h"
#include "storage/transaction.h"
#include "ticketfacts.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#include <thread>

#include <cmath>

namespace Switchboard {
namespace {

Q_LOGGING_CATEGORY(lcMetrics, "switchboard.metrics")

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

// What one ticket contributed, for the per-agent scorecard.
struct TicketOutcome
{
    // The ticket's first response (creation to first public reply, with the
    // pauses of the KPI report), wherever in time it was, before the end.
    std::optional<double> firstResponseSeconds;
    bool resolvedInPeriod = false; // counted in tickets_resolved
    // The assignee at that (last) resolution or, when it had none, the first
    // agent assigned after it while the ticket stayed done; 0: none.
    AgentId resolvedBy = 0;
    bool firstContact = false; // counted in fcr_pct
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

    TicketOutcome add(const MetricsTicketHistory& ticket);
    KpiReport finish(const MetricsRepository::RatingTotals& ratings, qint64 workSeconds);

private:
    struct Resolution
    {
        qint64 working = 0; // ms
        std::array<qint64, 6> inStatus{};
        int replies = 0;
        AgentId assignee = 0;
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

TicketOutcome KpiAccumulator::add(const MetricsTicketHistory& ticket)
{
    TicketOutcome outcome;
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
    AgentId assignee = 0;
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
                if (!answered)
                    outcome.firstResponseSeconds = wait;
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
                resolution = Resolution{working, inStatus, replies, assignee};
            break;
        }
        case MetricsEntry::Kind::Assignee:
            assignee = entry.agent;
            // Resolved while nobody had it, and assigned before it reopened:
            // the source recorded the assignee late (an import), so the
            // resolution is theirs.
            if (resolution && resolution->assignee == 0 && isDone(status))
                resolution->assignee = entry.agent;
            break;
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
        outcome.resolvedInPeriod = true;
        outcome.resolvedBy = resolution->assignee;
        outcome.firstContact = !reopened && resolution->replies == 1;
    }
    addSla(ticket);
    return outcome;
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

Status checkQuery(const MetricsQuery& query)
{
    if (query.toMs <= query.fromMs)
        return Error{ErrorKind::BadInput, Tr::tr("the period ends before it begins")};
    if (query.calendar && !query.calendar->isValid())
        return Error{ErrorKind::BadInput, Tr::tr("the reporting calendar is not valid")};
    return {};
}

QTimeZone reportingZone(const MetricsQuery& query)
{
    return query.calendar ? query.calendar->timeZone() : QTimeZone::utc();
}

// The scorecard of one period, inside the caller's read transaction. Each
// resolution in the period counts for the assignee at that resolution, each
// rating for the assignee when it was given; the KPI accumulator replays the
// histories, so first responses and first-contact resolution follow the
// KPI report's definitions exactly.
Result<ScorecardPeriod> scorePeriod(const MetricsRepository& repository, const MetricsQuery& query,
                                    qint64 nowMs, const QList<MetricsRepository::AgentInfo>& agents,
                                    const ScorecardWeights& weights)
{
    QHash<AgentId, ScorecardTally> tallies;
    qint64 unattributedResolved = 0;
    qint64 unattributedRated = 0;
    KpiAccumulator accumulator(query, nowMs);
    const Status read = repository.readHistories(
        query,
        [&](const MetricsTicketHistory& ticket) {
            const TicketOutcome outcome = accumulator.add(ticket);
            if (!outcome.resolvedInPeriod)
                return;
            if (outcome.resolvedBy == 0)
                ++unattributedResolved;
            else
                tallies[outcome.resolvedBy].addResolved(outcome.firstResponseSeconds,
                                                        outcome.firstContact);
        },
        true);
    if (!read)
        return read.error();
    auto ratings = repository.agentRatings(query);
    if (!ratings)
        return ratings.error();
    for (const MetricsRepository::AgentRating& rating : std::as_const(*ratings)) {
        if (rating.agent == 0)
            ++unattributedRated;
        else
            tallies[rating.agent].addRating(rating.score, rating.quality, rating.effectiveness,
                                            rating.communication);
    }

    QList<AgentScore> rows;
    QList<ScorecardTally> rowTallies;
    ScorecardTally team;
    for (const MetricsRepository::AgentInfo& agent : agents) {
        const auto found = tallies.constFind(agent.id);
        if (found == tallies.cend())
            continue;
        AgentScore row;
        row.agent = agent.id;
        row.login = agent.login;
        row.name = agent.name;
        rows << row;
        rowTallies << *found;
        team.add(*found);
    }
    ScorecardPeriod period = Scorecard::score(rows, rowTallies, team, weights);
    period.fromMs = query.fromMs;
    period.toMs = query.toMs;
    period.unattributedResolved = unattributedResolved;
    period.unattributedRated = unattributedRated;
    return period;
}

} // namespace

MetricsEngine::MetricsEngine(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

bool MetricsEngine::factsCanAnswer(const MetricsQuery& query, const QList<Bucket>& buckets)
{
    auto onHour = [](qint64 ms) { return ms % TicketFacts::kHourMs == 0; };
    if (query.calendar || !query.agents.isEmpty() || !query.channels.isEmpty() ||
        !query.types.isEmpty() || !query.priorities.isEmpty() || !query.tags.isEmpty() ||
        query.toMs <= query.fromMs || !onHour(query.fromMs) || !onHour(query.toMs))
        return false;
    qint64 previousEnd = query.fromMs;
    for (const Bucket& bucket : buckets) {
        if (bucket.first < previousEnd || bucket.second <= bucket.first ||
            bucket.second > query.toMs || !onHour(bucket.first) || !onHour(bucket.second))
            return false;
        previousEnd = bucket.second;
    }
    return true;
}

Result<MetricsEngine::FactsKpi>
MetricsEngine::kpiFromFacts(const MetricsQuery& query, const QTimeZone& zone,
                            const QList<Bucket>& buckets,
                            const std::function<bool(qint64, qint64)>& progress) const
{
    if (!factsCanAnswer(query, buckets))
        return Error{ErrorKind::BadInput,
                     Tr::tr("the dashboard figures cover whole hours of calendar time, "
                            "filtered by group only")};
    QElapsedTimer timer;
    timer.start();
    const MetricsFactStore store(m_database);
    auto refreshed = store.refresh(progress);
    if (!refreshed)
        return refreshed.error();
    const qint64 refreshMs = timer.elapsed();

    QElapsedTimer phase;
    phase.start();
    const qint64 now = m_clock.nowMs();
    const qint64 hourMs = TicketFacts::kHourMs;
    QList<qint64> partStarts;
    QList<qint64> boundaries;
    for (const Bucket& bucket : buckets) {
        partStarts << bucket.first / hourMs;
        boundaries << bucket.first / hourMs << bucket.second / hourMs;
    }

    // What one range of hours adds up to; each range has accumulators of
    // the whole period and of every bucket, merged afterwards.
    struct Fold
    {
        FactsAccumulator period;
        std::vector<FactsAccumulator> parts;
        QList<qint64> deltaBefore; // open-ticket delta of its hours before each boundary
        qint64 delta = 0;
        bool malformed = false;
        Status status;
    };
    auto makeFold = [&] {
        Fold fold{FactsAccumulator(query.fromMs, query.toMs, now, zone), {}, {}, 0, false, {}};
        for (const Bucket& bucket : buckets)
            fold.parts.emplace_back(bucket.first, bucket.second, now, zone,
                                    FactsAccumulator::Detail::Trend);
        fold.deltaBefore.resize(boundaries.size());
        return fold;
    };
    auto foldHours = [&](Fold& fold, qint64 fromHour, qint64 toHour) {
        auto partOf = [&](qint64 hour) -> FactsAccumulator* {
            auto it = std::upper_bound(partStarts.cbegin(), partStarts.cend(), hour);
            if (it == partStarts.cbegin())
                return nullptr;
            FactsAccumulator& part = fold.parts[size_t(it - partStarts.cbegin() - 1)];
            return hour * hourMs < part.toMs() ? &part : nullptr;
        };
        qsizetype nextBoundary = 0;
        Transaction snapshot(m_database->connection());
        fold.status = MetricsFactStore(m_database)
                          .readHours(fromHour, toHour, query.groups,
                                     [&](qint64 hour, qint64 openDelta, const QByteArray& items,
                                         const HourSums& sums) {
                                         while (nextBoundary < boundaries.size() &&
                                                boundaries.at(nextBoundary) <= hour)
                                             fold.deltaBefore[nextBoundary++] = fold.delta;
                                         fold.delta += openDelta;
                                         fold.malformed |=
                                             !fold.period.addHour(hour, items, sums, partOf(hour));
                                     });
        while (nextBoundary < boundaries.size())
            fold.deltaBefore[nextBoundary++] = fold.delta;
    };

    // Two cores fold two halves of a long period, each on its own
    // connection (a year of a large team is millions of items).
    const qint64 fromHour = query.fromMs / hourMs;
    const qint64 toHour = query.toMs / hourMs;
    constexpr qint64 kSplitHours = 60 * 24;
    const bool split = toHour - fromHour >= kSplitHours && QThread::idealThreadCount() > 1;
    const qint64 middle = split ? fromHour + (toHour - fromHour) / 2 : toHour;
    Fold first = makeFold();
    Fold second = makeFold();
    std::thread helper;
    if (split) {
        helper = std::thread([&] {
            foldHours(second, middle, toHour);
            m_database->closeThreadConnection();
        });
    }
    foldHours(first, fromHour, middle);
    if (helper.joinable())
        helper.join();
    for (const Fold* fold : {&first, &second}) {
        if (!fold->status)
            return fold->status.error();
        if (fold->malformed)
            return Error{ErrorKind::Runtime, Tr::tr("the stored dashboard figures are damaged")};
    }
    auto openAtStart = store.openAt(fromHour, query.groups);
    if (!openAtStart)
        return openAtStart.error();
    FactsAccumulator& period = first.period;
    period.merge(second.period);
    std::vector<FactsAccumulator>& parts = first.parts;
    QList<qint64> openAtBoundary;
    for (qsizetype i = 0; i < boundaries.size(); ++i)
        openAtBoundary << *openAtStart + first.deltaBefore.at(i) + second.deltaBefore.at(i);
    for (size_t i = 0; i < parts.size(); ++i)
        parts[i].merge(second.parts[i]);
    const qint64 open = *openAtStart + first.delta + second.delta;
    auto partOf = [&](qint64 hour) -> FactsAccumulator* {
        auto it = std::upper_bound(partStarts.cbegin(), partStarts.cend(), hour);
        if (it == partStarts.cbegin())
            return nullptr;
        FactsAccumulator& part = parts[size_t(it - partStarts.cbegin() - 1)];
        return hour * hourMs < part.toMs() ? &part : nullptr;
    };
    const qint64 foldMs = phase.restart();

    Transaction snapshot(m_database->connection());
    const MetricsRepository repository(m_database);
    struct Extras
    {
        MetricsRepository::RatingTotals ratings;
        qint64 workSeconds = 0;
    };
    Extras total;
    std::vector<Extras> partExtras(parts.size());
    auto extrasOf = [&](qint64 hour) -> Extras* {
        FactsAccumulator* part = partOf(hour);
        return part ? &partExtras[size_t(part - parts.data())] : nullptr;
    };
    Status ratings = repository.ratingsByHour(
        query, [&](qint64 hour, const MetricsRepository::RatingTotals& totals) {
            for (Extras* extras : {&total, extrasOf(hour)}) {
                if (!extras)
                    continue;
                extras->ratings.count += totals.count;
                extras->ratings.scoreSum += totals.scoreSum;
                extras->ratings.satisfied += totals.satisfied;
            }
        });
    if (!ratings)
        return ratings.error();
    Status work = repository.workSecondsByHour(query, [&](qint64 hour, qint64 seconds) {
        total.workSeconds += seconds;
        if (Extras* extras = extrasOf(hour))
            extras->workSeconds += seconds;
    });
    if (!work)
        return work.error();

    const qint64 extrasMs = phase.restart();
    auto finish = [&](FactsAccumulator& accumulator, qint64 start, qint64 end,
                      const Extras& extras) {
        KpiReport report =
            accumulator.finish(start, end, extras.ratings.count, extras.ratings.scoreSum,
                               extras.ratings.satisfied, extras.workSeconds);
        report.timeZone = zone;
        return report;
    };
    FactsKpi answer;
    answer.report = finish(period, *openAtStart, open, total);
    for (size_t i = 0; i < parts.size(); ++i)
        answer.buckets << finish(parts[i], openAtBoundary.at(qsizetype(2 * i)),
                                 openAtBoundary.at(qsizetype(2 * i + 1)), partExtras[i]);
    qCDebug(lcMetrics) << "facts report in" << timer.elapsed() << "ms: refresh" << refreshMs
                       << "ms, hours" << foldMs << "ms, ratings and work" << extrasMs
                       << "ms, statistics" << phase.elapsed() << "ms," << buckets.size()
                       << "buckets";
    return answer;
}

Result<KpiReport> MetricsEngine::kpi(const MetricsQuery& query) const
{
    if (Status valid = checkQuery(query); !valid)
        return valid.error();
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

Result<ScorecardWeights> MetricsEngine::scorecardWeights() const
{
    auto stored = MetricsRepository(m_database).setting(ScorecardWeights::kSettingsKey);
    if (!stored)
        return stored.error();
    if (!*stored)
        return ScorecardWeights{};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson((*stored)->toUtf8(), &parseError);
    if (!document.isObject())
        return Error{ErrorKind::BadInput,
                     Tr::tr("the stored scorecard weights are not a JSON object"),
                     ScorecardWeights::kSettingsKey};
    auto weights = ScorecardWeights::fromJson(document.object());
    if (!weights) {
        Error error = weights.error();
        error.location = error.location.isEmpty()
                             ? ScorecardWeights::kSettingsKey
                             : ScorecardWeights::kSettingsKey + QLatin1Char(' ') + error.location;
        return error;
    }
    return weights;
}

Status MetricsEngine::setScorecardWeights(const ScorecardWeights& weights) const
{
    if (Status valid = weights.validate(); !valid)
        return valid;
    return MetricsRepository(m_database)
        .setSetting(
            ScorecardWeights::kSettingsKey,
            QString::fromUtf8(QJsonDocument(weights.toJson()).toJson(QJsonDocument::Compact)));
}

Result<AgentScorecardReport> MetricsEngine::agents(const MetricsQuery& query) const
{
    if (Status valid = checkQuery(query); !valid)
        return valid.error();
    QElapsedTimer timer;
    timer.start();

    Transaction snapshot(m_database->connection());
    if (!snapshot.isActive())
        return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again")};
    auto weights = scorecardWeights();
    if (!weights)
        return weights.error();
    MetricsRepository repository(m_database);
    auto agents = repository.agents();
    if (!agents)
        return agents.error();

    // query.agents picks rows, it does not filter tickets here.
    MetricsQuery scope = query;
    scope.agents.clear();
    auto current = scorePeriod(repository, scope, m_clock.nowMs(), *agents, *weights);
    if (!current)
        return current.error();
    MetricsQuery before = scope;
    before.toMs = query.fromMs;
    before.fromMs = query.fromMs - (query.toMs - query.fromMs);
    auto previous = scorePeriod(repository, before, m_clock.nowMs(), *agents, *weights);
    if (!previous)
        return previous.error();
    snapshot.rollback();

    AgentScorecardReport report;
    report.businessTime = query.calendar.has_value();
    report.calendarName = query.calendarName;
    report.timeZone = reportingZone(query);
    report.weights = *weights;
    report.lowSampleBelow = Scorecard::kLowSampleBelow;
    report.current = std::move(*current);
    report.previous = std::move(*previous);
    if (!query.agents.isEmpty())
        report.current.agents.removeIf(
            [&](const AgentScore& row) { return !query.agents.contains(row.agent); });
    qCInfo(lcMetrics) << "agents report over" << report.current.teamResolved << "resolutions and"
                      << report.current.teamRated << "ratings in" << timer.elapsed() << "ms";
    return report;
}

Result<StaffingReport> MetricsEngine::staffing(const MetricsQuery& query, double serviceLevel,
                                               double answerWithinSeconds,
                                               double defaultAhtSeconds) const
{
    if (Status valid = checkQuery(query); !valid)
        return valid.error();
    // Written so that NaN fails every check.
    if (!(serviceLevel > 0 && serviceLevel < 1))
        return Error{ErrorKind::BadInput,
                     Tr::tr("the target service level must be above 0 and below 1, not %1")
                         .arg(serviceLevel)};
    if (!(std::isfinite(answerWithinSeconds) && answerWithinSeconds >= 0))
        return Error{ErrorKind::BadInput,
                     Tr::tr("the answer-within time must be 0 seconds or more, not %1")
                         .arg(answerWithinSeconds)};
    if (!(std::isfinite(defaultAhtSeconds) && defaultAhtSeconds > 0))
        return Error{ErrorKind::BadInput,
                     Tr::tr("the default handling time must be more than 0 seconds, not %1")
                         .arg(defaultAhtSeconds)};
    QElapsedTimer timer;
    timer.start();

    StaffingReport report;
    report.fromMs = query.fromMs;
    report.toMs = query.toMs;
    report.businessTime = query.calendar.has_value();
    report.calendarName = query.calendarName;
    report.timeZone = reportingZone(query);
    report.targetServiceLevel = serviceLevel;
    report.answerWithinSeconds = answerWithinSeconds;
    report.defaultAhtSeconds = defaultAhtSeconds;
    report.minSlotAhtTickets = kMinSlotAhtTickets;

    LocalHours local(report.timeZone);
    std::array<double, LocalHours::kSlots> hours{};
    local.addHours(query.fromMs, query.toMs, hours);
    std::array<qint64, LocalHours::kSlots> tickets{};
    std::array<qint64, LocalHours::kSlots> workTickets{};
    std::array<double, LocalHours::kSlots> workSeconds{};
    double periodWork = 0;
    // Agents active in each occurrence of a slot: (start of the local hour, agent).
    QSet<std::pair<qint64, AgentId>> active;

    {
        Transaction snapshot(m_database->connection());
        if (!snapshot.isActive())
            return Error{ErrorKind::Runtime, Tr::tr("the database is busy; try again")};
        MetricsRepository repository(m_database);
        if (Status read = repository.createdTickets(query,
                                                    [&](qint64 createdAt, qint64 seconds) {
                                                        const auto slot =
                                                            size_t(local.slot(createdAt));
                                                        ++tickets[slot];
                                                        ++report.tickets;
                                                        if (seconds > 0) {
                                                            ++workTickets[slot];
                                                            workSeconds[slot] += double(seconds);
                                                            ++report.periodAhtTickets;
                                                            periodWork += double(seconds);
                                                        }
                                                    });
            !read)
            return read.error();
        if (Status read = repository.replies(query,
                                             [&](AgentId agent, qint64 at) {
                                                 active.insert({local.hourStart(at), agent});
                                             });
            !read)
            return read.error();
        if (Status read =
                repository.timeEntries(query,
                                       [&](AgentId agent, qint64 startedAt, qint64 seconds) {
                                           // Every local hour the entry covers, within the period.
                                           const qint64 end =
                                               std::min(startedAt + seconds * 1000, query.toMs);
                                           for (qint64 at = startedAt; at < end;) {
                                               const qint64 start = local.hourStart(at);
                                               active.insert({start, agent});
                                               at = std::max(at + 1, start + LocalHours::kHourMs);
                                           }
                                       });
            !read)
            return read.error();
        snapshot.rollback();
    }
    if (report.periodAhtTickets > 0)
        report.periodAhtSeconds = periodWork / double(report.periodAhtTickets);
    std::array<qint64, LocalHours::kSlots> activeCount{};
    for (const auto& [start, agent] : std::as_const(active))
        ++activeCount[size_t(local.slot(start))];

    for (size_t i = 0; i < report.grid.size(); ++i) {
        StaffingSlot& slot = report.grid[i];
        slot.weekday = int(i / 24) + 1;
        slot.hour = int(i % 24);
        slot.hours = hours[i];
        slot.tickets = tickets[i];
        if (workTickets[i] >= kMinSlotAhtTickets) {
            slot.ahtSource = AhtSource::Slot;
            slot.ahtTickets = workTickets[i];
            slot.ahtSeconds = workSeconds[i] / double(workTickets[i]);
        } else if (report.periodAhtSeconds) {
            slot.ahtSource = AhtSource::Period;
            slot.ahtTickets = report.periodAhtTickets;
            slot.ahtSeconds = *report.periodAhtSeconds;
        } else {
            slot.ahtSource = AhtSource::Default;
            slot.ahtSeconds = defaultAhtSeconds;
        }
        if (!(slot.hours > 0))
            continue;
        slot.arrivalsPerHour = double(slot.tickets) / slot.hours;
        slot.agentsAvailable = double(activeCount[i]) / slot.hours;
        auto needed = ErlangC::requiredAgents(ErlangCInput{*slot.arrivalsPerHour, slot.ahtSeconds,
                                                           answerWithinSeconds, serviceLevel});
        if (!needed) {
            Error error = needed.error();
            error.location = QStringLiteral("%1 %2:00")
                                 .arg(QLocale::c().dayName(slot.weekday, QLocale::ShortFormat))
                                 .arg(slot.hour, 2, 10, QLatin1Char('0'));
            return error;
        }
        slot.agentsNeeded = needed->agents;
        slot.serviceLevel = needed->serviceLevel;
        slot.trafficErlangs = needed->trafficErlangs;
    }
    qCInfo(lcMetrics) << "staffing report over" << report.tickets << "tickets in" << timer.elapsed()
                      << "ms";
    return report;
}

} // namespace Switchboard
