#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace attend::metrics {

// 95 % intervals for what a bootstrap of independent trials gets wrong.

// A 95 % interval for the mean of a series whose values depend on those before (the level a
// staircase or the model sets trial by trial): the series is cut into `batches` consecutive
// batches of equal length (the last few values, when the length does not divide, join the
// last batch), and the interval is the mean of the batch means ± t(0.975, batches − 1) times
// their standard error — the method of batch means (Schmeiser 1982; Law & Kelton 2000, §9.5.3).
// Resampling single trials would treat them as independent and give too narrow an interval.
// None with fewer than 2 values per batch or batch means that do not vary.
std::optional<std::pair<double, double>> batchMeansInterval(const std::vector<double> &series,
                                                            int batches = 5);

// The Wilson score 95 % interval for a proportion of `count` in `total` independent trials
// (Wilson 1927). A resampled (or Wald) interval covers too rarely with the few trials a session
// has (e.g. 25 no-go trials: 89 % measured for a 95 % interval); Wilson's stays near 95 % (Brown,
// Cai & DasGupta 2001). None without trials.
std::optional<std::pair<double, double>> wilsonInterval(int count, int total);

} // namespace attend::metrics
