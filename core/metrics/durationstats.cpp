// SPDX-License-Identifier: MIT
#include "durationstats.h"

#include <algorithm>
#include <cmath>

namespace Switchboard {

std::optional<double> percentileOfSorted(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const double h = double(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto low = qsizetype(std::floor(h));
    const qsizetype high = std::min(low + 1, sorted.size() - 1);
    return sorted.at(low) + (h - double(low)) * (sorted.at(high) - sorted.at(low));
}

DurationStats DurationStats::from(QList<double>& seconds)
{
    DurationStats stats;
    stats.count = seconds.size();
    if (seconds.isEmpty())
        return stats;
    std::sort(seconds.begin(), seconds.end());
    for (const double value : std::as_const(seconds))
        stats.totalSeconds += value;
    stats.averageSeconds = stats.totalSeconds / double(stats.count);
    stats.medianSeconds = percentileOfSorted(seconds, 0.5);
    stats.p90Seconds = percentileOfSorted(seconds, 0.9);
    stats.maxSeconds = seconds.last();
    return stats;
}

} // namespace Switchboard
