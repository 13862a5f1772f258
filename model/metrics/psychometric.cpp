#include "psychometric.h"
#include "logistic.h"

#include "neldermead.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

namespace attend::metrics {

namespace {

constexpr double kMinP = 1e-12;

// The Weibull's share seen, 1 − exp(−(x/α)^β), of t = β ln(x/α). Far from the threshold the
// answer is exactly 0 or 1 in double precision, and is returned without the exponentials there:
// they underflow into subnormal numbers, which some processors handle in microcode at a hundred
// times the cost (docs/metrics.md, "Intervals": a session's bootstrap refits this 2000 times).
double weibullSeen(double t)
{
    if (t > 4.0) // (x/α)^β > 54: exp(−54) < 2e-24, far below half the spacing under 1
        return 1.0;
    if (t < -40.0) // (x/α)^β < 5e-18: exp of it rounds to 1
        return 0.0;
    return 1.0 - std::exp(-std::exp(t));
}

double weibull(double x, double alpha, double beta, double guess, double lapse)
{
    return guess + (1.0 - guess - lapse) * weibullSeen(beta * std::log(x / alpha));
}

// The intensity at which the fitted curve reaches the target probability, within the
// intensities tested [lowest, highest].
Estimate thresholdOf(const PsychometricFit &fit, const PsychometricOptions &o, double lowest,
                     double highest)
{
    const double span = 1.0 - o.guessRate - fit.lapse;
    const double share = (o.targetP - o.guessRate) / span;
    if (!(share > 0.0 && share < 1.0))
        return Estimate::undefined(fit.n, 0,
                                   "the target probability lies outside the range between "
                                   "guessing and lapsing");
    const double threshold = fit.alpha * std::pow(-std::log(1.0 - share), 1.0 / fit.beta);
    // A threshold outside the intensities tested is an extrapolation of the curve, not a
    // measurement (e.g. everything right even at the shortest display the screen can show): no
    // estimate, but the bound it lies beyond ("at floor"/"at ceiling").
    char reason[80] = {};
    if (threshold < lowest)
        std::snprintf(reason, sizeof reason, "at floor: below %.1f, the lowest intensity tested",
                      lowest);
    else if (threshold > highest)
        std::snprintf(reason, sizeof reason, "at ceiling: above %.1f, the highest intensity tested",
                      highest);
    return reason[0] ? Estimate::undefined(fit.n, 0, reason) : Estimate::of(threshold, fit.n);
}

// One tested intensity: (x/α)^β = exp(β (ln x − ln α)), so its logarithm is taken once, not
// per step (the bootstrap of a session's measures runs the fit thousands of times).
struct Cell
{
    double logX;
    int n, correct;
};

// The best point of a coarse grid (α at each intensity tested, β from 0.5 to 8; a fitted
// lapse at its middle), so the simplex begins in the right basin.
Eigen::VectorXd gridStart(const std::vector<Cell> &cells, int size,
                          const std::function<double(const Eigen::VectorXd &)> &negLogLik)
{
    Eigen::VectorXd start = Eigen::VectorXd::Zero(size);
    double best = INFINITY;
    for (const Cell &c : cells) {
        for (double beta : {0.5, 1.0, 2.0, 4.0, 8.0}) {
            Eigen::VectorXd p = start;
            p(0) = c.logX;
            p(1) = std::log(beta);
            if (const double v = negLogLik(p); v < best) {
                best = v;
                start.head(2) = p.head(2);
            }
        }
    }
    return start;
}

} // namespace

double PsychometricFit::probability(double intensity) const
{
    return weibull(intensity, alpha, beta, guess, lapse);
}

PsychometricFit fitWeibull(const std::vector<PsychometricTrial> &trials,
                           const PsychometricOptions &o)
{
    PsychometricFit fit;
    fit.guess = o.guessRate;
    fit.n = int(trials.size());
    // Identical intensities are pooled into binomial counts: same likelihood, fewer terms.
    std::map<double, std::pair<int, int>> counts; // intensity → (trials, correct)
    for (const PsychometricTrial &t : trials) {
        if (!(t.intensity > 0.0)) {
            fit.status = Status::Undefined;
            fit.reason = "intensities must be positive";
            return fit;
        }
        auto &c = counts[t.intensity];
        ++c.first;
        c.second += t.correct;
    }
    if (fit.n < 10 || counts.size() < 2) {
        fit.reason = "needs at least 10 trials at two or more intensities";
        fit.threshold = Estimate::notEnough(fit.n, 0, fit.reason);
        return fit;
    }

    const auto lapseOf = [&](const Eigen::VectorXd &p) {
        return o.fitLapse ? o.maxLapse * logistic(p(2)) : o.lapseRate;
    };
    std::vector<Cell> cells;
    for (const auto &[x, c] : counts)
        cells.push_back({std::log(x), c.first, c.second});
    const auto negLogLik = [&](const Eigen::VectorXd &p) {
        const double beta = std::exp(p(1)), lapse = lapseOf(p);
        double nll = 0.0;
        for (const Cell &c : cells) {
            const double seen = weibullSeen(beta * (c.logX - p(0)));
            const double prob =
                std::clamp(o.guessRate + (1.0 - o.guessRate - lapse) * seen, kMinP, 1.0 - kMinP);
            // A term with no trials adds nothing: skip its logarithm (the costly part).
            if (c.correct > 0)
                nll -= c.correct * std::log(prob);
            if (c.n > c.correct)
                nll -= (c.n - c.correct) * std::log(1.0 - prob);
        }
        return nll;
    };

    const Eigen::VectorXd start = gridStart(cells, o.fitLapse ? 3 : 2, negLogLik);
    // Log-parameters to within 1e-3 (a threshold to about 0.1 %, 0.05 ms at 50 ms): far finer
    // than any interval, in a third of the steps of the default precision (a session's
    // bootstrap repeats this fit thousands of times).
    NelderMeadOptions precision;
    precision.tolerance = 1e-6;
    precision.restarts = 1;
    const NelderMeadResult r = nelderMead(negLogLik, start, precision);
    fit.alpha = std::exp(r.x(0));
    fit.beta = std::exp(r.x(1));
    fit.lapse = lapseOf(r.x);
    fit.logLikelihood = -r.value;
    fit.status = Status::Ok;

    fit.threshold = thresholdOf(fit, o, counts.begin()->first, counts.rbegin()->first);
    return fit;
}

Estimate proportionCorrect(const std::vector<bool> &correct)
{
    if (correct.empty())
        return Estimate::notEnough(0, 0, "no trials");
    return Estimate::of(double(std::count(correct.begin(), correct.end(), true)) /
                            double(correct.size()),
                        int(correct.size()));
}

Estimate dualTaskCost(const Estimate &dual, const Estimate &single, MoreIs moreIs)
{
    if (!dual.ok() || !single.ok())
        return Estimate::notEnough(dual.used + single.used, 0,
                                   "needs both the dual-task and the single-task value");
    if (single.value == 0.0)
        return Estimate::undefined(dual.used + single.used, 0, "the single-task value is zero");
    const double worse =
        moreIs == MoreIs::Worse ? dual.value - single.value : single.value - dual.value;
    return Estimate::of(worse / single.value, dual.used + single.used);
}

} // namespace attend::metrics
