#include "intervals.h"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace attend::metrics {

std::optional<std::pair<double, double>> batchMeansInterval(const std::vector<double> &series,
                                                            int batches)
{
    const std::size_t k = std::size_t(batches);
    if (batches < 2 || series.size() < 2 * k)
        return std::nullopt;
    const std::size_t length = series.size() / k;
    std::vector<double> means(k, 0.0);
    for (std::size_t b = 0; b < k; ++b) {
        const std::size_t from = b * length, to = b + 1 == k ? series.size() : from + length;
        for (std::size_t i = from; i < to; ++i)
            means[b] += series[i] / double(to - from);
    }
    double mean = 0.0;
    for (double m : means)
        mean += m / double(k);
    double ss = 0.0;
    for (double m : means)
        ss += (m - mean) * (m - mean);
    const double se = std::sqrt(ss / double(k - 1) / double(k));
    if (!(se > 0.0))
        return std::nullopt;
    const double t = boost::math::quantile(boost::math::students_t(double(k - 1)), 0.975);
    return std::pair{mean - t * se, mean + t * se};
}

std::optional<std::pair<double, double>> wilsonInterval(int count, int total)
{
    if (total <= 0 || count < 0 || count > total)
        return std::nullopt;
    constexpr double z = 1.959963984540054; // the normal's 97.5th percentile
    const double n = total, p = count / n, z2n = z * z / n;
    const double centre = (p + z2n / 2.0) / (1.0 + z2n);
    const double half = z / (1.0 + z2n) * std::sqrt(p * (1.0 - p) / n + z2n / (4.0 * n));
    // At 0 or all, the limit is exactly the bound (the formula reaches it up to rounding).
    return std::pair{count == 0 ? 0.0 : centre - half, count == total ? 1.0 : centre + half};
}

} // namespace attend::metrics
