#pragma once

#include "estimate.h"

#include <optional>
#include <vector>

namespace attend::metrics {

// The cleaning applied to reaction times before they are summarised, in this order:
// 1. anticipations (RT < anticipationMs, default 100 ms: faster than a stimulus-driven response;
//    Whelan 2008) are removed and counted;
// 2. optionally, RTs above maxMs are removed and counted;
// 3. optionally, RTs more than trimSd sample SDs from the mean of what is left are removed
//    (one pass; 2.5 SD is the common choice, Ratcliff 1993) and counted.
struct RtCleaning
{
    double anticipationMs = 100.0;
    std::optional<double> maxMs;
    std::optional<double> trimSd;
};

struct RtSummary
{
    Estimate mean;   // ms
    Estimate median; // ms; the mean of the two middle values for an even count
    Estimate sd;     // ms; sample SD (n − 1)
    Estimate cv;     // SD / mean, dimensionless
    int anticipations = 0;
    int tooSlow = 0;
    int trimmed = 0;
    std::vector<double> kept; // the RTs after cleaning, in input order
};

RtSummary summariseRts(const std::vector<double> &rtsMs, const RtCleaning &cleaning = {});

// Inverse efficiency score = mean correct RT / proportion correct (Townsend & Ashby 1983).
// Undefined when nothing was correct.
Estimate inverseEfficiency(const Estimate &meanCorrectRtMs, const Estimate &proportionCorrect);

// Sample mean of a set of values; not enough when empty.
Estimate mean(const std::vector<double> &values);

} // namespace attend::metrics
