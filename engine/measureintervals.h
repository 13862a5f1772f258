#pragma once

#include "exercise.h"

namespace attend {

// Resamples drawn for a stored interval: percentile limits need ≥ 2000 for their 2.5 % tails
// to rest on ≥ 50 values each (Efron & Tibshirani 1993, §13.3; Davison & Hinkley 1997, §5.2).
constexpr int kBootstrapResamples = 2000;

// 95 % percentile bootstrap intervals for a session's measures (docs/metrics.md), computed once
// when the session's measures are (the session's end, attend-cli recompute) and stored with
// them. Each trial position is refilled with a trial drawn from its own stratum — its block, its
// condition (in training without the level's numbers: AdaptiveTraining::conditionKey) and its
// half of the session — so a block's first trial stays first, a switch stays a switch, a set
// size keeps its count of trials and the level reached late stays late. Seeded, so the same
// session gives the same interval. A measure gets no interval when fewer than 95 % of the
// resamples give it a value (the interval would describe only the lucky ones) or when every
// resample gives the same value (a zero-width interval claims a certainty the trials lack).
// Measures that came with their own interval (the level reached: levelMeasures) keep it.
void addIntervals(std::vector<Measure> &measures, const Exercise &exercise,
                  std::vector<TrialRecord> trials, SessionMode mode,
                  const QJsonObject &parameters, quint64 seed,
                  int resamples = kBootstrapResamples);

// measuresOf with addIntervals: what a session stores.
std::vector<Measure> storedMeasuresOf(const Exercise &exercise, std::vector<TrialRecord> trials,
                                      SessionMode mode, const QJsonObject &parameters,
                                      quint64 seed);

} // namespace attend
