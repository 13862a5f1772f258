#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace attend::metrics {

// A 95 % interval for the mean of a series whose values depend on those before (the level a
// staircase or the model sets trial by trial): the series is cut into `batches` consecutive
// batches of equal length (the last few values, when the length does not divide, join the
// last batch), and the interval is the mean of the batch means ± t(0.975, batches − 1) times
// their standard error — the method of batch means (Schmeiser 1982; Law & Kelton 2000, §9.5.3).
// Resampling single trials would treat them as independent and give too narrow an interval.
// None with fewer than 2 values per batch or batch means that do not vary.
std::optional<std::pair<double, double>> batchMeansInterval(const std::vector<double> &series,
                                                            int batches = 5);

} // namespace attend::metrics
