#pragma once

#include "estimate.h"

namespace attend::metrics {

// Outcome counts of a yes/no detection task.
struct SdtCounts
{
    int hits = 0;
    int misses = 0;
    int falseAlarms = 0;
    int correctRejections = 0;

    int signalTrials() const { return hits + misses; }
    int noiseTrials() const { return falseAlarms + correctRejections; }
};

// How rates of 0 and 1, for which z is infinite, are kept finite.
enum class RateCorrection {
    // Hautus (1995): add 0.5 to hits and false alarms and 1 to the signal and noise counts, for
    // every data set (the default: it biases d′ least; Hautus 1995, Stanislaw & Todorov 1999).
    LogLinear,
    // Macmillan & Kaplan (1985): replace only a rate of 0 by 1/(2N) and of 1 by 1 − 1/(2N).
    HalfTrial,
};

// Raw rates H = hits / signal trials and F = false alarms / noise trials.
Estimate hitRate(const SdtCounts &counts);
Estimate falseAlarmRate(const SdtCounts &counts);

// The corrected rates that d′ and c are computed from.
struct CorrectedRates
{
    double hit = 0.0;
    double falseAlarm = 0.0;
};
CorrectedRates correctedRates(const SdtCounts &counts, RateCorrection correction);

// d′ = z(H) − z(F) and c = −(z(H) + z(F)) / 2 on corrected rates (Macmillan & Creelman 2005).
Estimate dPrime(const SdtCounts &counts, RateCorrection correction = RateCorrection::LogLinear);
Estimate criterion(const SdtCounts &counts, RateCorrection correction = RateCorrection::LogLinear);

// A′ (Grier 1971) on raw rates; for H < F the symmetric branch (Aaronson & Watts 1987):
// H ≥ F: 1/2 + (H − F)(1 + H − F) / (4H(1 − F)); H < F: 1/2 − (F − H)(1 + F − H) / (4F(1 − H)).
// H = F gives 1/2.
Estimate aPrime(const SdtCounts &counts);

} // namespace attend::metrics
