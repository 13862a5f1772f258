#include "rtsummary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace attend::metrics {

namespace {

double average(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double sampleSd(const std::vector<double> &v, double m)
{
    double ss = 0.0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return std::sqrt(ss / double(v.size() - 1));
}

} // namespace

Estimate mean(const std::vector<double> &values)
{
    if (values.empty())
        return Estimate::notEnough(0, 0, "no values");
    return Estimate::of(average(values), int(values.size()));
}

RtSummary summariseRts(const std::vector<double> &rtsMs, const RtCleaning &cleaning)
{
    RtSummary s;
    for (double rt : rtsMs) {
        if (rt < cleaning.anticipationMs)
            ++s.anticipations;
        else if (cleaning.maxMs && rt > *cleaning.maxMs)
            ++s.tooSlow;
        else
            s.kept.push_back(rt);
    }
    if (cleaning.trimSd && s.kept.size() >= 3) {
        const double m = average(s.kept);
        const double sd = sampleSd(s.kept, m);
        const auto before = s.kept.size();
        std::erase_if(s.kept, [&](double rt) { return std::abs(rt - m) > *cleaning.trimSd * sd; });
        s.trimmed = int(before - s.kept.size());
    }

    const int n = int(s.kept.size());
    const int excluded = s.anticipations + s.tooSlow + s.trimmed;
    if (n == 0) {
        s.mean = s.median = s.sd = s.cv =
            Estimate::notEnough(0, excluded, "no reaction times left after cleaning");
        return s;
    }
    const double m = average(s.kept);
    s.mean = Estimate::of(m, n, excluded);
    std::vector<double> sorted = s.kept;
    std::sort(sorted.begin(), sorted.end());
    const double median = n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    s.median = Estimate::of(median, n, excluded);
    if (n < 2) {
        s.sd = s.cv = Estimate::notEnough(n, excluded, "an SD needs at least two reaction times");
        return s;
    }
    const double sd = sampleSd(s.kept, m);
    s.sd = Estimate::of(sd, n, excluded);
    s.cv = Estimate::of(sd / m, n, excluded);
    return s;
}

Estimate inverseEfficiency(const Estimate &meanCorrectRtMs, const Estimate &proportionCorrect)
{
    if (!meanCorrectRtMs.ok() || !proportionCorrect.ok())
        return Estimate::notEnough(meanCorrectRtMs.used, meanCorrectRtMs.excluded,
                                   "needs a mean correct RT and a proportion correct");
    if (proportionCorrect.value <= 0.0)
        return Estimate::undefined(proportionCorrect.used, 0, "no response was correct");
    return Estimate::of(meanCorrectRtMs.value / proportionCorrect.value, proportionCorrect.used,
                        meanCorrectRtMs.excluded);
}

} // namespace attend::metrics
