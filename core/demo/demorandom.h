// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace Switchboard {

// Reproducible random draws for the demo generator. The std distributions are
// implementation-defined (libstdc++ and libc++ give different sequences for
// the same engine), so every draw here is derived from the raw 64-bit output
// of std::mt19937_64, whose sequence the standard does fix.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}

    // Uniform in [0, 1), 53 bits of precision.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }

    // Uniform integer in [0, n); n > 0. The bias of the float product is far
    // below anything a demo data set could show.
    int below(int n) { return qMin(n - 1, int(uniform() * n)); }
    qint64 below64(qint64 n) { return qMin(n - 1, qint64(uniform() * double(n))); }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive

    bool chance(double p) { return uniform() < p; }

    // Exponential with the given mean.
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }

    // Standard normal by Box-Muller; the second value of each pair is kept.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }

    // Log-normal given its median and the standard deviation of its logarithm:
    // the usual shape of handling times (most short, a long tail).
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    // Index into cumulative weights (ascending, last = total).
    template <typename Container> int pickCumulative(const Container& cumulative)
    {
        const double target = uniform() * double(cumulative.back());
        int low = 0;
        int high = int(cumulative.size()) - 1;
        while (low < high) {
            const int mid = (low + high) / 2;
            if (double(cumulative[mid]) > target)
                high = mid;
            else
                low = mid + 1;
        }
        return low;
    }

    template <typename Container> const auto& pick(const Container& items)
    {
        return items[below(int(items.size()))];
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace Switchboard
