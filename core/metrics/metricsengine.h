// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "kpireport.h"
#include "metricsquery.h"
#include "storage/database.h"

namespace Switchboard {

// Computes the KPI table of a period from the tickets' event history, the
// stored SLA state, ratings and time entries, by the definitions of
// docs/metrics.md. Reads one snapshot of the database in a single pass over
// the tickets in scope (MetricsRepository); memory grows with the number of
// durations in the period, not with the tickets read. Uses the calling
// thread's connection: run it on a worker for long periods. The clock says
// how far a stored SLA clock that is still running has got.
class MetricsEngine
{
public:
    MetricsEngine(DatabasePtr database, const Clock& clock = Clock::system());

    // BadInput when the period is empty or reversed.
    Result<KpiReport> kpi(const MetricsQuery& query) const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace Switchboard
