// SPDX-License-Identifier: MIT
#pragma once

#include "agentscorecard.h"
#include "common/clock.h"
#include "common/result.h"
#include "kpireport.h"
#include "metricsquery.h"
#include "staffingreport.h"
#include "storage/database.h"

#include <QPair>
#include <QTimeZone>

#include <functional>

namespace Switchboard {

// Computes the KPI table of a period from the tickets' event history, the
// stored SLA state, ratings and time entries, by the definitions of
// docs/metrics.md; also the per-agent scorecard and the staffing plan. Reads one snapshot of the
// database in a single pass over the tickets in scope (MetricsRepository); memory grows with the
// number of durations in the period, not with the tickets read. Uses the calling thread's
// connection: run it on a worker for long periods. The clock says how far a stored SLA clock that
// is still running has got.
class MetricsEngine
{
public:
    MetricsEngine(DatabasePtr database, const Clock& clock = Clock::system());

    // BadInput when the period is empty or reversed.
    Result<KpiReport> kpi(const MetricsQuery& query) const;

    // The KPI report of the period and of each bucket, read from the hourly
    // facts (docs/metrics.md, "Daily facts"): the figures of kpi() in
    // calendar time in a fraction of its time, for the dashboards. Brings
    // the facts up to date first (MetricsFactStore::refresh(); on first use
    // that is a rebuild, which `progress` reports and may cancel). Answers
    // only what the facts hold: no reporting calendar (`zone` places the
    // volume grid), no filter but groups, and a period and buckets that
    // begin and end on whole UTC hours, buckets in order inside the period.
    // BadInput otherwise; factsCanAnswer() tells beforehand. The buckets'
    // reports are for trend charts: their `response` and `resolution` have
    // count, total, average and maximum but no median or p90.
    struct FactsKpi
    {
        KpiReport report;
        QList<KpiReport> buckets;
    };
    using Bucket = QPair<qint64, qint64>; // [from, to) in UTC ms
    static bool factsCanAnswer(const MetricsQuery& query, const QList<Bucket>& buckets = {});
    Result<FactsKpi> kpiFromFacts(const MetricsQuery& query, const QTimeZone& zone,
                                  const QList<Bucket>& buckets = {},
                                  const std::function<bool(qint64, qint64)>& progress = {}) const;

    // The per-agent scorecard of the period and of the period of equal
    // length before it (docs/metrics.md, "report agents"). Each ticket
    // resolved in the period counts for the agent assigned to it at that
    // resolution, each rating given in the period for the agent assigned
    // when it was given (when nobody was: the first agent assigned later;
    // see the docs). The filters select tickets as for kpi(), except
    // query.agents: it does not filter tickets but picks the agents whose
    // rows are returned; team figures, references and ranks are always
    // those of the whole team. Weights: scorecardWeights().
    // BadInput when the period is empty or reversed, or the stored weights
    // are not valid.
    Result<AgentScorecardReport> agents(const MetricsQuery& query) const;

    // The weights of the scorecard's total, from app_settings
    // (ScorecardWeights::kSettingsKey); equal weights when none are stored.
    // BadInput when the stored value is not valid.
    Result<ScorecardWeights> scorecardWeights() const;
    // BadInput (nothing stored) unless the weights validate.
    Status setScorecardWeights(const ScorecardWeights& weights) const;

    // Agents needed and available per weekday and hour, from the tickets
    // created in the period (docs/staffing.md, "Staffing from history"):
    // serviceLevel is the target fraction (above 0, below 1) answered within
    // answerWithinSeconds (0 or more); defaultAhtSeconds (above 0) is the
    // handling time where no time entries tell it. BadInput for a value out
    // of range, an empty period or more agents than Erlang C searches.
    static constexpr double kDefaultAhtSeconds = 600;
    static constexpr int kMinSlotAhtTickets = 5;
    Result<StaffingReport> staffing(const MetricsQuery& query, double serviceLevel,
                                    double answerWithinSeconds,
                                    double defaultAhtSeconds = kDefaultAhtSeconds) const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
