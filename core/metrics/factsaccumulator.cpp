// SPDX-License-Identifier: MIT
#include "factsaccumulator.h"

#include "factitem.h"
#include "ticketfacts.h"

#include <vector>

namespace Switchboard {
namespace {

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

bool isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

// Reads the varints of one payload in order.
class PayloadReader
{
public:
    PayloadReader(const char* data, qsizetype size, qsizetype& pos)
        : m_data(data)
        , m_size(size)
        , m_pos(pos)
    {}

    quint64 next()
    {
        quint64 value = 0;
        if (!FactCodec::readVarint(m_data, m_size, m_pos, value))
            m_failed = true;
        return value;
    }
    bool failed() const { return m_failed; }

private:
    const char* m_data;
    qsizetype m_size;
    qsizetype& m_pos;
    bool m_failed = false;
};

} // namespace

FactsAccumulator::FactsAccumulator(qint64 fromMs, qint64 toMs, qint64 nowMs, const QTimeZone& zone,
                                   Detail detail)
    : m_from(fromMs)
    , m_to(toMs)
    , m_now(nowMs)
    , m_hours(zone)
{
    m_responses.keep = m_resolutions.keep = detail == Detail::Full;
}

void FactsAccumulator::Durations::add(double seconds)
{
    if (keep) {
        values << seconds;
        return;
    }
    max = count == 0 ? seconds : std::max(max, seconds);
    ++count;
    total += seconds;
}

void FactsAccumulator::Durations::merge(const Durations& other)
{
    values << other.values;
    if (other.count > 0) {
        max = count == 0 ? other.max : std::max(max, other.max);
        count += other.count;
        total += other.total;
    }
}

DurationStats FactsAccumulator::Durations::stats()
{
    if (keep)
        return DurationStats::from(values);
    DurationStats stats;
    stats.count = count;
    stats.totalSeconds = total;
    if (count > 0) {
        stats.averageSeconds = total / double(count);
        stats.maxSeconds = max;
    }
    return stats;
}

void FactsAccumulator::addResolution(qint64 workingMs, const std::array<quint64, 6>& inStatus,
                                     bool reopened, int replies)
{
    ++m_report.ticketsResolved;
    m_resolutions.add(double(workingMs) / 1000.0);
    for (size_t i = 0; i < m_statusTotals.size(); ++i)
        m_statusTotals[i] += double(inStatus[i]) / 1000.0;
    if (reopened)
        ++m_reopened;
    else if (replies == 1)
        ++m_firstContact;
}

void FactsAccumulator::addCreated(qint64 created, const qint64* toggles, quint64 count)
{
    ++m_report.ticketsCreated;
    const int slot = m_hours.slot(created);
    ++m_report.volume[size_t(slot / 24)][size_t(slot % 24)];
    quint64 before = 0;
    while (before < count && toggles[before] < m_to)
        ++before;
    if (before % 2 == 1)
        ++m_createdAndDone;
}

void FactsAccumulator::addResolutionAt(qint64 at, quint64 next, quint64 reopening,
                                       bool reopenedBefore, int replies, qint64 workingMs,
                                       const std::array<quint64, 6>& inStatus)
{
    // Counted at its last resolution in the period only.
    if (next != 0 && at + qint64(next - 1) < m_to)
        return;
    const bool reopened = reopenedBefore || (reopening != 0 && at + qint64(reopening - 1) < m_to);
    addResolution(workingMs, inStatus, reopened, replies);
}

void FactsAccumulator::addSlaLimit(quint64 metric, qint64 limit)
{
    if (limit < std::min(m_to, m_now))
        ++m_report.sla[size_t(metric)].breached;
}

void FactsAccumulator::addSums(const HourSums& sums)
{
    m_report.ticketsResolved += sums.values[0];
    m_firstContact += sums.values[1];
    for (size_t i = 0; i < m_statusTotals.size(); ++i)
        m_statusTotals[i] += double(sums.values[2 + i]) / 1000.0;
    for (size_t code = 0; code < 9; ++code) {
        SlaCompliance& compliance = m_report.sla[code / 3];
        const qint64 count = sums.values[HourSums::kSlaBase + code];
        (code % 3 == 0   ? compliance.met
         : code % 3 == 1 ? compliance.atGoal
                         : compliance.breached) += count;
    }
}

bool FactsAccumulator::addHour(qint64 hour, const QByteArray& items, const HourSums& sums,
                               FactsAccumulator* also)
{
    addSums(sums);
    if (also)
        also->addSums(sums);
    const char* data = items.constData();
    const qsizetype size = items.size();
    const qint64 hourStart = hour * TicketFacts::kHourMs;
    std::vector<qint64> toggles;
    qsizetype pos = 0;
    while (pos < size) {
        const auto kind = FactItem::Kind(quint8(data[pos++]));
        PayloadReader read(data, size, pos);
        switch (kind) {
        case FactItem::Kind::Created: {
            const qint64 created = hourStart + qint64(read.next());
            const quint64 count = read.next();
            if (count > 1u << 20)
                return false;
            toggles.resize(count);
            qint64 at = created;
            for (quint64 i = 0; i < count; ++i)
                toggles[i] = at += qint64(read.next());
            addCreated(created, toggles.data(), count);
            if (also)
                also->addCreated(created, toggles.data(), count);
            break;
        }
        case FactItem::Kind::FirstResponse: {
            const double wait = double(read.next()) / 1000.0;
            for (FactsAccumulator* target : {this, also}) {
                if (target) {
                    target->m_firstResponses << wait;
                    target->m_responses.add(wait);
                }
            }
            break;
        }
        case FactItem::Kind::Response: {
            const double wait = double(read.next()) / 1000.0;
            m_responses.add(wait);
            if (also)
                also->m_responses.add(wait);
            break;
        }
        case FactItem::Kind::Resolution: {
            // The rest of a plain resolution is in the hour's sums.
            const double working = double(read.next()) / 1000.0;
            m_resolutions.add(working);
            if (also)
                also->m_resolutions.add(working);
            break;
        }
        case FactItem::Kind::ResolutionReopened: {
            const qint64 at = hourStart + qint64(read.next());
            const quint64 next = read.next();
            const quint64 reopening = read.next();
            const bool reopenedBefore = read.next() != 0;
            const int replies = int(read.next());
            const qint64 working = qint64(read.next());
            std::array<quint64, 6> inStatus{};
            for (quint64& ms : inStatus)
                ms = read.next();
            addResolutionAt(at, next, reopening, reopenedBefore, replies, working, inStatus);
            if (also)
                also->addResolutionAt(at, next, reopening, reopenedBefore, replies, working,
                                      inStatus);
            break;
        }
        case FactItem::Kind::Reopened:
            break;
        case FactItem::Kind::SlaDone: {
            const quint64 code = read.next();
            if (code >= quint64(kSlaMetricCount) * 3)
                return false;
            for (FactsAccumulator* target : {this, also}) {
                if (!target)
                    continue;
                SlaCompliance& compliance = target->m_report.sla[size_t(code / 3)];
                (code % 3 == 0   ? compliance.met
                 : code % 3 == 1 ? compliance.atGoal
                                 : compliance.breached)++;
            }
            break;
        }
        case FactItem::Kind::SlaLimit: {
            const quint64 metric = read.next();
            const qint64 limit = hourStart + qint64(read.next());
            if (metric >= quint64(kSlaMetricCount))
                return false;
            addSlaLimit(metric, limit);
            if (also)
                also->addSlaLimit(metric, limit);
            break;
        }
        default:
            return false;
        }
        if (read.failed())
            return false;
    }
    return true;
}

void FactsAccumulator::merge(const FactsAccumulator& other)
{
    m_report.ticketsCreated += other.m_report.ticketsCreated;
    m_report.ticketsResolved += other.m_report.ticketsResolved;
    for (size_t day = 0; day < m_report.volume.size(); ++day) {
        for (size_t hour = 0; hour < m_report.volume[day].size(); ++hour)
            m_report.volume[day][hour] += other.m_report.volume[day][hour];
    }
    for (size_t metric = 0; metric < m_report.sla.size(); ++metric) {
        m_report.sla[metric].met += other.m_report.sla[metric].met;
        m_report.sla[metric].atGoal += other.m_report.sla[metric].atGoal;
        m_report.sla[metric].breached += other.m_report.sla[metric].breached;
    }
    m_createdAndDone += other.m_createdAndDone;
    m_firstContact += other.m_firstContact;
    m_reopened += other.m_reopened;
    m_firstResponses << other.m_firstResponses;
    m_responses.merge(other.m_responses);
    m_resolutions.merge(other.m_resolutions);
    for (size_t i = 0; i < m_statusTotals.size(); ++i)
        m_statusTotals[i] += other.m_statusTotals[i];
}

KpiReport FactsAccumulator::finish(qint64 backlogStart, qint64 backlogEnd, qint64 ratingsCount,
                                   qint64 ratingsScoreSum, qint64 ratingsSatisfied,
                                   qint64 workSeconds)
{
    KpiReport report = std::move(m_report);
    report.fromMs = m_from;
    report.toMs = m_to;
    report.backlogStart = backlogStart;
    report.backlogEnd = backlogEnd;
    report.resolvedPercent = percentOf(m_createdAndDone, report.ticketsCreated);
    report.firstResponse = DurationStats::from(m_firstResponses);
    report.response = m_responses.stats();
    report.resolution = m_resolutions.stats();
    report.fcrPercent = percentOf(m_firstContact, report.ticketsResolved);
    report.reopenRatePercent = percentOf(m_reopened, report.ticketsResolved);
    report.ratingsCount = ratingsCount;
    if (ratingsCount > 0)
        report.satisfactionAverage = double(ratingsScoreSum) / double(ratingsCount);
    report.satisfiedPercent = percentOf(ratingsSatisfied, ratingsCount);
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

} // namespace Switchboard
