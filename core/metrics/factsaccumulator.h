// SPDX-License-Identifier: MIT
#pragma once

#include "factitem.h"
#include "kpireport.h"
#include "localhours.h"

#include <QByteArray>
#include <QList>

namespace Switchboard {

// Folds hourly fact items (TicketFacts) into the KPI report of one period
// [fromMs, toMs), whose ends are whole UTC hours. Gives the figures of
// MetricsEngine::kpi() in calendar time (docs/metrics.md, "Daily facts"),
// except ratings and work time, which the caller reads and passes to
// finish().
class FactsAccumulator
{
public:
    // Trend: for the buckets of a trend chart, `response` and `resolution`
    // get their count, total, average and maximum but no percentiles, which
    // saves keeping every duration twice; first responses stay complete.
    enum class Detail
    {
        Full,
        Trend,
    };
    FactsAccumulator(qint64 fromMs, qint64 toMs, qint64 nowMs, const QTimeZone& zone,
                     Detail detail = Detail::Full);

    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }

    // One hour's items; hours may come in any order. `also`, when given,
    // takes the same items (a bucket of the period), decoded once. False
    // when the bytes are malformed.
    bool addHour(qint64 hour, const QByteArray& items, const HourSums& sums,
                 FactsAccumulator* also = nullptr);

    // Adds what another accumulator of the same period folded (other hours).
    void merge(const FactsAccumulator& other);

    KpiReport finish(qint64 backlogStart, qint64 backlogEnd, qint64 ratingsCount,
                     qint64 ratingsScoreSum, qint64 ratingsSatisfied, qint64 workSeconds);

private:
    void addCreated(qint64 created, const qint64* toggles, quint64 count);
    void addResolutionAt(qint64 at, quint64 next, quint64 reopening, bool reopenedBefore,
                         int replies, qint64 workingMs, const std::array<quint64, 6>& inStatus);
    void addSlaLimit(quint64 metric, qint64 limit);
    void addSums(const HourSums& sums);
    void addResolution(qint64 workingMs, const std::array<quint64, 6>& inStatus, bool reopened,
                       int replies);

    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_now = 0;
    LocalHours m_hours;
    KpiReport m_report;
    qint64 m_createdAndDone = 0;
    qint64 m_firstContact = 0;
    qint64 m_reopened = 0;
    QList<double> m_firstResponses;
    // Durations whose every value is kept only when percentiles are wanted.
    struct Durations
    {
        bool keep = true;
        QList<double> values;
        qint64 count = 0;
        double total = 0;
        double max = 0;

        void add(double seconds);
        void merge(const Durations& other);
        DurationStats stats();
    };
    Durations m_responses;
    Durations m_resolutions;
    std::array<double, 6> m_statusTotals{};
};

} // namespace Switchboard
