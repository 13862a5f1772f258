#pragma once

#include "estimate.h"

#include <vector>

namespace attend::metrics {

struct PsychometricTrial
{
    double intensity = 0.0; // e.g. display time in ms or frames; must be > 0
    bool correct = false;
};

struct PsychometricOptions
{
    double guessRate = 0.5;  // γ: chance level of the task
    double lapseRate = 0.02; // λ when fixed
    bool fitLapse = false;   // fit λ within [0, maxLapse] instead (Wichmann & Hill 2001)
    double maxLapse = 0.06;
    double targetP = 0.75; // the threshold is the intensity at which P(correct) = targetP
};

// Weibull psychometric function P(x) = γ + (1 − γ − λ)(1 − exp(−(x/α)^β)) fitted by maximum
// likelihood to binary outcomes (Wichmann & Hill 2001), with α, β (and λ) free.
struct PsychometricFit
{
    Status status = Status::NotEnoughTrials;
    double alpha = 0.0; // scale
    double beta = 0.0;  // slope
    double guess = 0.0;
    double lapse = 0.0;
    double logLikelihood = 0.0;
    Estimate threshold; // intensity for targetP
    int n = 0;
    std::string reason;

    bool ok() const { return status == Status::Ok; }
    double probability(double intensity) const;
};

PsychometricFit fitWeibull(const std::vector<PsychometricTrial> &trials,
                           const PsychometricOptions &options = {});

// Proportion of correct trials.
Estimate proportionCorrect(const std::vector<bool> &correct);

// Dual-task cost, positive when the dual task makes performance worse (e.g. Bherer et al.
// 2005): (dual − single) / single where more is worse (a display-time threshold, a mean RT),
// (single − dual) / single where more is better (accuracy).
enum class MoreIs { Worse, Better };
Estimate dualTaskCost(const Estimate &dual, const Estimate &single, MoreIs moreIs = MoreIs::Worse);

} // namespace attend::metrics
