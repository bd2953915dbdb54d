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

namespace {

// The p-quantile of percentileOfSorted() without sorting: selection puts the
// value of rank floor(h) in place, and the next rank is the smallest value
// above it. Linear in the count, where a sort is n log n (a year of a large
// team's durations is millions of values).
double selectPercentile(QList<double>& values, double p)
{
    const double h = double(values.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto low = qsizetype(std::floor(h));
    std::nth_element(values.begin(), values.begin() + low, values.end());
    const double lowValue = values.at(low);
    if (low + 1 >= values.size())
        return lowValue;
    const double highValue = *std::min_element(values.begin() + low + 1, values.end());
    return lowValue + (h - double(low)) * (highValue - lowValue);
}

} // namespace

DurationStats DurationStats::from(QList<double>& seconds)
{
    DurationStats stats;
    stats.count = seconds.size();
    if (seconds.isEmpty())
        return stats;
    double largest = seconds.first();
    for (const double value : std::as_const(seconds)) {
        stats.totalSeconds += value;
        largest = std::max(largest, value);
    }
    stats.averageSeconds = stats.totalSeconds / double(stats.count);
    stats.p90Seconds = selectPercentile(seconds, 0.9);
    stats.medianSeconds = selectPercentile(seconds, 0.5);
    stats.maxSeconds = largest;
    return stats;
}

} // namespace Switchboard
