#pragma once

#include <vector>

namespace attend::adaptive {

// A QUEST-style Bayesian threshold estimator (Watson & Pelli 1983) on a difficulty level
// (higher = harder). The observer is assumed to follow
//   P(correct | d) = γ + (1 − γ − δ) / (1 + exp((d − θ) / s))
// with known γ (guess), δ (lapse) and s (spread); the posterior over the threshold θ is kept on
// a grid, starting from a Gaussian prior. Each trial is placed where the posterior mean predicts
// P = target.
class Quest
{
public:
    struct Options
    {
        double priorMean = 0.5;
        double priorSd = 0.25;
        double minimum = 0.0;
        double maximum = 1.0;
        double guess = 0.5;
        double lapse = 0.01;
        double spread = 0.06;
        double target = 0.75;
        int gridPoints = 401;
    };

    explicit Quest(const Options &options);

    void record(double level, bool correct);
    double thresholdMean() const;
    double thresholdSd() const;
    // The level at which the posterior mean threshold predicts P(correct) = target.
    double nextLevel() const;
    double pCorrect(double level, double threshold) const;

private:
    Options m_options;
    std::vector<double> m_grid;
    std::vector<double> m_logPosterior;
};

} // namespace attend::adaptive
