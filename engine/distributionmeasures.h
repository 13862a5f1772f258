#pragma once

#include "exercise.h"

namespace attend {

// Detail measures that describe a set of reaction times by a model of their distribution
// (docs/metrics.md "Distribution models"). `key` prefixes the measure keys (e.g. "go_rt"),
// `of` names the trials in the labels (e.g. "go trials").

// Ex-Gaussian μ, σ and τ (ms) fitted by maximum likelihood (exgaussian.h) to `rtsMs`:
// <key>_exgauss_mu_ms, _sigma_ms, _tau_ms. No estimate below 20 RTs.
std::vector<Measure> exGaussianMeasures(const QString &key, const QString &of,
                                        const std::vector<double> &rtsMs);

// EZ-diffusion drift rate, boundary separation and non-decision time (ms) of a two-choice
// cell (ezdiffusion.h): <key>_ez_drift, _ez_boundary, _ez_nondecision_ms, from `trials` trials
// of which `correctRtsMs` are the correct answers' RTs. No estimate below 20 correct RTs.
std::vector<Measure> ezDiffusionMeasures(const QString &key, const QString &of,
                                         const std::vector<double> &correctRtsMs, int trials);

} // namespace attend
