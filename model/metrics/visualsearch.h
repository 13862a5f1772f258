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
    // Proportion correct of the answered trials per set size, and the least-squares line of
    // the error rate (1 − that) on set size: errors that grow with set size show a search that
    // trades accuracy for speed, which the RT slope alone would hide.
    std::map<int, Estimate> accuracyBySetSize;
    LineFit errorSlope;
    // One speed–accuracy composite: mean correct RT (cleaned) / accuracy (inverse efficiency,
    // Townsend & Ashby 1983; Liesefeld & Janczyk 2019 on when such composites are fair).
    Estimate inverseEfficiency;
};

// Minimum target-present slope (ms/item) for the absent : present ratio to mean anything: below
// it search is efficient (Wolfe 1998 calls slopes under about 5–10 ms/item "efficient") and the
// ratio of two near-zero slopes is noise; the ratio is then not defined.
constexpr double kMinPresentSlopeForRatio = 5.0;

// The absent : present slope ratio (about 2 for a serial self-terminating search).
Estimate slopeRatio(const SearchSummary &summary);

SearchSummary summariseSearch(const std::vector<SearchTrial> &trials,
                              const RtCleaning &cleaning = {});

} // namespace attend::metrics
