#pragma once

#include "estimate.h"

#include <map>
#include <vector>

namespace attend::metrics {

// Ordinary least-squares line y = intercept + slope · x.
struct LineFit
{
    Status status = Status::NotEnoughTrials;
    double slope = 0.0;
    double intercept = 0.0;
    // 1 − SS_residual / SS_total; 1 when every y is equal (the line fits exactly).
    double rSquared = 0.0;
    int n = 0;
    std::string reason;

    bool ok() const { return status == Status::Ok; }
};

// Needs at least two distinct x values.
LineFit fitLine(const std::vector<double> &x, const std::vector<double> &y);

// The line through the estimates that have a value, each at its key (a set size, an interval,
// a block number): e.g. mean RT on set size, the search slope.
template <typename Key> LineFit lineThrough(const std::map<Key, Estimate> &points)
{
    std::vector<double> x, y;
    for (const auto &[key, estimate] : points)
        if (estimate.ok()) {
            x.push_back(double(key));
            y.push_back(estimate.value);
        }
    return fitLine(x, y);
}

// The least-squares line's prediction at x0 with its 95 % prediction interval for a new
// observation: ŷ ± t(0.975, n − 2) · s · √(1 + 1/n + (x0 − x̄)² / Sxx) (e.g. Montgomery, Peck &
// Vining, Introduction to Linear Regression Analysis, §2.4). Needs three points.
struct LinePrediction
{
    Status status = Status::NotEnoughTrials;
    double value = 0.0, low = 0.0, high = 0.0;
    std::string reason;
    bool ok() const { return status == Status::Ok; }
};
LinePrediction predictLine(const std::vector<double> &x, const std::vector<double> &y, double x0);

} // namespace attend::metrics
