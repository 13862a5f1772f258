#pragma once

#include "linearfit.h"
#include "rtsummary.h"

#include <map>
#include <vector>

namespace attend::metrics {

struct SearchTrial
{
    int setSize = 0;
    bool targetPresent = false;
    bool responded = false; // false when the deadline passed
    bool correct = false;
    double rtMs = 0.0;
};

struct SearchSlope
{
    // Mean correct RT per set size, after RtCleaning (anticipations removed).
    std::map<int, Estimate> meanRtBySetSize;
    // Least squares of those means on set size (Treisman & Gelade 1980; Wolfe 1998):
    // slope in ms per item, intercept in ms, with R².
    LineFit fit;
};

struct SearchSummary
{
    SearchSlope present;
    SearchSlope absent;
    Estimate accuracy;       // correct / responded trials
    Estimate missRate;       // "absent" answers / responded target-present trials
    Estimate falseAlarmRate; // "present" answers / responded target-absent trials
    int noResponse = 0;      // deadline passed; left out of every rate
};

SearchSummary summariseSearch(const std::vector<SearchTrial> &trials,
                              const RtCleaning &cleaning = {});

} // namespace attend::metrics
