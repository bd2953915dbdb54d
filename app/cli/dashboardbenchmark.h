// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QStringList>

namespace Switchboard::Cli {

// What `bench` measures of the dashboards (docs/benchmarks.md,
// "Dashboards"): building the hourly facts from the whole history, one
// dashboard refresh over the last year from them (the year, the year before
// it for comparison, and a weekly trend), the same refresh after a hundred
// tickets changed, and, in the same run, one raw full-scan aggregate over the
// tickets table and the report read from the event history, for comparison.
struct DashboardBenchmark
{
    qint64 factTickets = 0;
    double factsBuildMs = 0;
    double refreshMedianMs = 0;
    double refreshMaxMs = 0;
    int refreshRuns = 0;
    double refreshAfterChangesMs = 0;
    double rawAggregateMs = 0;
    double historyReportMs = 0; // MetricsEngine::kpi over the same year
    qint64 yearTickets = 0;     // tickets created in that year

    static Result<DashboardBenchmark> run(const DatabasePtr& database, const Clock& clock);
    void addTo(QJsonObject& figures) const;
    QStringList toText() const;
};

} // namespace Switchboard::Cli
