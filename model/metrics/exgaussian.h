#pragma once

#include "estimate.h"

#include <vector>

namespace attend::metrics {

// Ex-Gaussian distribution of RTs: a normal (μ, σ) plus an independent exponential (mean τ)
// (Ratcliff 1979; Heathcote et al. 1991), fitted by maximum likelihood.
struct ExGaussianFit
{
    Status status = Status::NotEnoughTrials;
    double mu = 0.0;
    double sigma = 0.0;
    double tau = 0.0;
    double logLikelihood = 0.0;
    int n = 0;
    std::string reason;

    bool ok() const { return status == Status::Ok; }
};

// log density: −ln τ + (μ − x)/τ + σ²/(2τ²) + ln Φ((x − μ)/σ − σ/τ)
double exGaussianLogPdf(double x, double mu, double sigma, double tau);

// Needs at least 20 RTs (fewer give unstable τ); RTs in any unit, results in the same unit.
ExGaussianFit fitExGaussian(const std::vector<double> &rts);

} // namespace attend::metrics
