#pragma once

#include <Eigen/Core>
#include <functional>

namespace attend::metrics {

struct NelderMeadResult
{
    Eigen::VectorXd x;
    double value = 0.0;
    int iterations = 0;
    bool converged = false;
};

struct NelderMeadOptions
{
    double initialStep = 0.1; // simplex edge along each axis
    double tolerance = 1e-10; // stop when the simplex' values and extent are this small
    int maxIterations = 20000;
    int restarts = 2; // restarting from the optimum guards against a collapsed simplex
};

// Minimises f from x0 with the Nelder–Mead simplex method (Nelder & Mead 1965) using the
// standard coefficients (reflection 1, expansion 2, contraction 1/2, shrink 1/2; Lagarias et
// al. 1998). Used for the maximum-likelihood fits, whose parameters are transformed to be
// unbounded.
NelderMeadResult nelderMead(const std::function<double(const Eigen::VectorXd &)> &f,
                            const Eigen::VectorXd &x0, const NelderMeadOptions &options = {});

} // namespace attend::metrics
