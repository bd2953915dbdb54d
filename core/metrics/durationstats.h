// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <optional>

namespace Switchboard {

// Summary of a set of durations (first responses, responses, resolutions) in
// seconds, as docs/metrics.md defines it: the average is the total divided by
// the count, and percentiles interpolate linearly between the closest ranks
// (numpy's default, Hyndman-Fan type 7). Every statistic but count and total
// is empty when there are no durations.
struct DurationStats
{
    qint64 count = 0;
    double totalSeconds = 0;
    std::optional<double> averageSeconds;
    std::optional<double> medianSeconds;
    std::optional<double> p90Seconds;
    std::optional<double> maxSeconds;

    // Reorders `seconds`.
    static DurationStats from(QList<double>& seconds);

    friend bool operator==(const DurationStats&, const DurationStats&) = default;
};

// The p-quantile (0 <= p <= 1) of ascending values: with h = (n - 1) p, the
// value at rank floor(h) plus the fraction of h times the step to the next
// rank. Empty for no values.
std::optional<double> percentileOfSorted(const QList<double>& sorted, double p);

} // namespace Switchboard
