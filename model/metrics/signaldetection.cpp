#include "signaldetection.h"

#include <boost/math/distributions/normal.hpp>

namespace attend::metrics {

namespace {

double z(double p)
{
    return boost::math::quantile(boost::math::normal_distribution<double>(), p);
}

double halfTrialRule(int count, int n)
{
    if (count == 0)
        return 0.5 / n;
    if (count == n)
        return 1.0 - 0.5 / n;
    return double(count) / n;
}

Estimate needBothKinds(const SdtCounts &c)
{
    return Estimate::notEnough(c.signalTrials() + c.noiseTrials(), 0,
                               "needs at least one signal and one noise trial");
}

} // namespace

Estimate hitRate(const SdtCounts &c)
{
    if (c.signalTrials() == 0)
        return Estimate::notEnough(0, 0, "no signal trials");
    return Estimate::of(double(c.hits) / c.signalTrials(), c.signalTrials());
}

Estimate falseAlarmRate(const SdtCounts &c)
{
    if (c.noiseTrials() == 0)
        return Estimate::notEnough(0, 0, "no noise trials");
    return Estimate::of(double(c.falseAlarms) / c.noiseTrials(), c.noiseTrials());
}

CorrectedRates correctedRates(const SdtCounts &c, RateCorrection correction)
{
    if (correction == RateCorrection::LogLinear)
        return {(c.hits + 0.5) / (c.signalTrials() + 1.0),
                (c.falseAlarms + 0.5) / (c.noiseTrials() + 1.0)};
    return {halfTrialRule(c.hits, c.signalTrials()), halfTrialRule(c.falseAlarms, c.noiseTrials())};
}

Estimate dPrime(const SdtCounts &c, RateCorrection correction)
{
    if (c.signalTrials() == 0 || c.noiseTrials() == 0)
        return needBothKinds(c);
    const CorrectedRates r = correctedRates(c, correction);
    return Estimate::of(z(r.hit) - z(r.falseAlarm), c.signalTrials() + c.noiseTrials());
}

Estimate criterion(const SdtCounts &c, RateCorrection correction)
{
    if (c.signalTrials() == 0 || c.noiseTrials() == 0)
        return needBothKinds(c);
    const CorrectedRates r = correctedRates(c, correction);
    return Estimate::of(-0.5 * (z(r.hit) + z(r.falseAlarm)), c.signalTrials() + c.noiseTrials());
}

Estimate aPrime(const SdtCounts &c)
{
    if (c.signalTrials() == 0 || c.noiseTrials() == 0)
        return needBothKinds(c);
    const double h = double(c.hits) / c.signalTrials();
    const double f = double(c.falseAlarms) / c.noiseTrials();
    const int n = c.signalTrials() + c.noiseTrials();
    if (h == f)
        return Estimate::of(0.5, n);
    if (h > f)
        return Estimate::of(0.5 + (h - f) * (1.0 + h - f) / (4.0 * h * (1.0 - f)), n);
    return Estimate::of(0.5 - (f - h) * (1.0 + f - h) / (4.0 * f * (1.0 - h)), n);
}

} // namespace attend::metrics
