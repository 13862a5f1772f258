#pragma once

#include "exercise.h"

namespace attend {

// Resamples drawn for a stored interval: percentile limits need ≥ 2000 for their 2.5 % tails
// to rest on ≥ 50 values each (Efron & Tibshirani 1993, §13.3; Davison & Hinkley 1997, §5.2).
constexpr int kBootstrapResamples = 2000;

// 95 % percentile bootstrap intervals for a session's measures (docs/metrics.md), computed once
// when the session's measures are (the session's end, attend-cli recompute) and stored with
// them. Each trial position is refilled with a trial drawn from the same block and the same
// half of the session, so a block's first trial stays first and the level reached late stays
// late; measures that depend on the order (after an error) are computed on the resampled
// order, whose error rate is the session's. Seeded, so the same session gives the same
// interval. A measure gets no interval when fewer than 95 % of the resamples give it a value
// (the interval would describe only the lucky ones) or when every resample gives the same value
// (a zero-width interval claims a certainty the trials lack). Measures that came with their own
// interval keep it: proportions (Wilson) and the level reached (batch means).
void addIntervals(std::vector<Measure> &measures, const Exercise &exercise,
                  std::vector<TrialRecord> trials, SessionMode mode, const QJsonObject &parameters,
                  quint64 seed, int resamples = kBootstrapResamples);

// measuresOf with addIntervals: what a session stores.
std::vector<Measure> storedMeasuresOf(const Exercise &exercise, std::vector<TrialRecord> trials,
                                      SessionMode mode, const QJsonObject &parameters, quint64 seed,
                                      int resamples = kBootstrapResamples);

} // namespace attend
