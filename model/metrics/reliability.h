#pragma once

#include "estimate.h"

#include <vector>

namespace attend::metrics {

// Pearson correlation of paired values (needs ≥ 3 pairs with non-zero variance in both).
Estimate pearson(const std::vector<double> &a, const std::vector<double> &b);

// Spearman–Brown prophecy: reliability of a test k times as long, k·r / (1 + (k − 1)·r)
// (Spearman 1910; Brown 1910).
double spearmanBrown(double r, double k = 2.0);

// Split-half reliability across people: a[i] and b[i] are person i's score on the odd and on the
// even trials; the correlation is stepped up to full length with Spearman–Brown (k = 2).
Estimate splitHalfReliability(const std::vector<double> &oddScores,
                              const std::vector<double> &evenScores);

// The reliable change index (Jacobson & Truax 1991) of a retest, corrected for the average
// practice effect (Chelune, Naugle, Lüders, Sedlak & Awad 1993):
// RC = ((second − first) − practice) / (√2 · SD₁ · √(1 − r)), where SD₁ is the spread of first
// scores and r the retest reliability of the reference group. |RC| > 1.96: a change larger than
// measurement error and practice explain (p < .05). Undefined unless SD₁ > 0 and 0 < r < 1.
Estimate reliableChange(double first, double second, double firstSd, double retestR,
                        double practice = 0.0);

// Odd (1st, 3rd, …) and even (2nd, 4th, …) trials of one person's sequence.
template <typename T>
std::pair<std::vector<T>, std::vector<T>> oddEvenHalves(const std::vector<T> &trials)
{
    std::pair<std::vector<T>, std::vector<T>> halves;
    for (std::size_t i = 0; i < trials.size(); ++i)
        (i % 2 == 0 ? halves.first : halves.second).push_back(trials[i]);
    return halves;
}

} // namespace attend::metrics
