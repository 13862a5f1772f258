#pragma once

#include "rtsummary.h"

#include <map>
#include <vector>

namespace attend::metrics {

// One trial of cued task switching, in presentation order.
struct SwitchTrial
{
    int block = 0;
    bool mixedBlock = false; // pure blocks repeat one rule throughout
    bool isSwitch = false;   // rule differs from the previous trial's (mixed blocks only)
    bool congruent = false;  // both rules ask for the same key
    int ctiMs = 0;           // cue–target interval
    bool responded = false;
    bool correct = false;
    double rtMs = 0.0;
    bool cueSwitch = false; // rule repeats, its cue changes (two cues per task)
};

// The trials of one transition in mixed blocks, with the same exclusions as the error switch
// cost (first in block, after an error): how many, and the correct RTs without anticipations
// (not trimmed: the slow tail is what an ex-Gaussian τ describes). For distribution models.
struct TransitionCell
{
    int trials = 0;
    std::vector<double> correctRtsMs;
};

// Exclusions (Rogers & Monsell 1995; Kiesel et al. 2010): the first trial of each block (neither
// switch nor repeat), trials right after an error or a missed response (post-error slowing would
// contaminate them), and for RT measures error trials and anticipations (RtCleaning).
struct SwitchSummary
{
    Estimate switchCostRt; // mean RT switch − repeat (cue repeats and switches), mixed, ms
    // With two cues per task (Logan & Bundesen 2003), mixed blocks, ms: task switch − cue switch
    // (the rule's own cost) and cue switch − cue repeat (the cost of a new cue alone).
    Estimate taskSwitchCostRt;
    Estimate cueSwitchCostRt;
    Estimate errorSwitchCost; // error rate switch − repeat, mixed blocks (misses count as errors)
    Estimate mixingCostRt;    // mean RT repeat (mixed blocks) − all trials of pure blocks, ms
    Estimate congruencyEffectRt; // mean RT incongruent − congruent, all blocks, ms
    Estimate accuracy;           // correct / all trials
    std::map<int, Estimate> switchCostRtByCti;
    TransitionCell repeats;
    TransitionCell switches;
};

SwitchSummary summariseSwitching(const std::vector<SwitchTrial> &trials,
                                 const RtCleaning &cleaning = {});

} // namespace attend::metrics
