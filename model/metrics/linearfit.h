#pragma once

#include "estimate.h"

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

} // namespace attend::metrics
