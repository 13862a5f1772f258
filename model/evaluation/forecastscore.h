#pragma once

#include <array>
#include <optional>

namespace attend::evaluation {

// How good a sequence of probabilistic forecasts of correct/error was, and of log RT (Brier
// 1950; log loss; calibration-in-the-large; a 10-bin reliability table, Murphy 1973). Forecasts
// must be made before their outcome is known; this class only scores them.
class ForecastScore
{
public:
    struct Bin
    {
        int n = 0;
        double meanPredicted = 0.0;
        double meanObserved = 0.0;
    };

    void add(double predicted, bool correct);
    void addLogRt(double predictedLogRt, double observedLogRt);

    int n() const { return m_n; }
    int rtN() const { return m_rtN; }
    // None without forecasts.
    std::optional<double> brier() const;
    std::optional<double> logLoss() const; // natural log; forecasts clamped to [1e-6, 1 − 1e-6]
    // Mean forecast − mean outcome: > 0 overconfident in success.
    std::optional<double> calibration() const;
    std::optional<double> meanPredicted() const;
    std::optional<double> meanObserved() const;
    std::optional<double> logRtRmse() const;
    // Forecasts in [0, 0.1), [0.1, 0.2), … [0.9, 1]: their mean and the observed rate.
    std::array<Bin, 10> reliability() const;

private:
    int m_n = 0;
    double m_squared = 0.0;
    double m_logLoss = 0.0;
    double m_predicted = 0.0;
    double m_observed = 0.0;
    int m_rtN = 0;
    double m_rtSquared = 0.0;
    std::array<Bin, 10> m_bins{};
};

} // namespace attend::evaluation
