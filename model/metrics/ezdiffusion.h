#pragma once

#include "estimate.h"

#include <vector>

namespace attend::metrics {

// EZ-diffusion (Wagenmakers, van der Maas & Grasman 2007): drift rate v, boundary separation a and
// non-decision time Ter from the proportion correct Pc, the variance of correct RTs VRT (s²) and
// their mean MRT (s), with the scaling parameter s = 0.1.
struct EzDiffusion
{
    Status status = Status::NotEnoughTrials;
    double v = 0.0;
    double a = 0.0;
    double ter = 0.0;       // s
    double usedPc = 0.0;    // Pc after the edge correction
    bool corrected = false; // whether the edge correction changed Pc
    std::string reason;

    bool ok() const { return status == Status::Ok; }
};

// Edge correction: Pc = 1 becomes 1 − 1/(2n) and Pc = 0 becomes 1/(2n) (Wagenmakers et al.
// 2007, p. 10); Pc = 0.5 exactly, where v = 0 and a is undefined, becomes 0.5 + 1/(2n).
EzDiffusion ezDiffusion(double pc, double vrtS2, double mrtS, int n, double s = 0.1);

// From trials: Pc = correct / n; VRT the sample variance (n − 1) and MRT the mean of the correct
// RTs, converted from ms to s.
EzDiffusion ezDiffusionFromRts(const std::vector<double> &correctRtsMs, int trials);

} // namespace attend::metrics
