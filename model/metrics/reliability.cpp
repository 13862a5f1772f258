#include "reliability.h"

#include <cmath>
#include <numeric>

namespace attend::metrics {

Estimate pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = a.size();
    if (n != b.size())
        return Estimate::undefined(0, 0, "the two lists differ in length");
    if (n < 3)
        return Estimate::notEnough(int(n), 0, "a correlation needs at least three pairs");
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa == 0.0 || sbb == 0.0)
        return Estimate::undefined(int(n), 0, "one of the lists does not vary");
    return Estimate::of(sab / std::sqrt(saa * sbb), int(n));
}

double spearmanBrown(double r, double k)
{
    return k * r / (1.0 + (k - 1.0) * r);
}

Estimate splitHalfReliability(const std::vector<double> &oddScores,
                              const std::vector<double> &evenScores)
{
    Estimate r = pearson(oddScores, evenScores);
    if (!r.ok())
        return r;
    if (r.value <= -1.0)
        return Estimate::undefined(r.used, 0, "the halves are perfectly opposed");
    r.value = spearmanBrown(r.value);
    return r;
}

Estimate reliableChange(double first, double second, double firstSd, double retestR,
                        double practice)
{
    if (!(firstSd > 0.0) || !(retestR > 0.0 && retestR < 1.0))
        return Estimate::undefined(2, 0,
                                   "needs a spread of first scores and a retest "
                                   "reliability between 0 and 1");
    const double seDifference = std::sqrt(2.0) * firstSd * std::sqrt(1.0 - retestR);
    return Estimate::of((second - first - practice) / seDifference, 2);
}

} // namespace attend::metrics
