#include "ezdiffusion.h"

#include <cmath>
#include <numeric>

namespace attend::metrics {

EzDiffusion ezDiffusion(double pc, double vrtS2, double mrtS, int n, double s)
{
    EzDiffusion ez;
    if (n < 2) {
        ez.reason = "needs at least two trials";
        return ez;
    }
    if (!(vrtS2 > 0.0) || !(mrtS > 0.0) || pc < 0.0 || pc > 1.0) {
        ez.status = Status::Undefined;
        ez.reason = "needs 0 ≤ Pc ≤ 1 and a positive RT mean and variance";
        return ez;
    }
    const double edge = 1.0 / (2.0 * n);
    double p = pc;
    if (p == 1.0)
        p = 1.0 - edge;
    else if (p == 0.0)
        p = edge;
    else if (p == 0.5)
        p = 0.5 + edge;
    ez.usedPc = p;
    ez.corrected = p != pc;

    const double s2 = s * s;
    const double logit = std::log(p / (1.0 - p));
    const double x = logit * (logit * p * p - logit * p + p - 0.5) / vrtS2;
    ez.v = (p > 0.5 ? 1.0 : -1.0) * s * std::pow(x, 0.25);
    ez.a = s2 * logit / ez.v;
    const double y = -ez.v * ez.a / s2;
    const double mdt = (ez.a / (2.0 * ez.v)) * (1.0 - std::exp(y)) / (1.0 + std::exp(y));
    ez.ter = mrtS - mdt;
    ez.status = Status::Ok;
    return ez;
}

EzDiffusion ezDiffusionFromRts(const std::vector<double> &correctRtsMs, int trials)
{
    const std::size_t k = correctRtsMs.size();
    if (k < 2 || trials < int(k)) {
        EzDiffusion ez;
        ez.reason = "needs at least two correct reaction times";
        return ez;
    }
    const double mean = std::accumulate(correctRtsMs.begin(), correctRtsMs.end(), 0.0) / k;
    double ss = 0.0;
    for (double rt : correctRtsMs)
        ss += (rt - mean) * (rt - mean);
    const double varianceS2 = ss / double(k - 1) / 1.0e6;
    return ezDiffusion(double(k) / trials, varianceS2, mean / 1000.0, trials);
}

} // namespace attend::metrics
