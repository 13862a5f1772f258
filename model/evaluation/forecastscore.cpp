#include "forecastscore.h"

#include <algorithm>
#include <cmath>

namespace attend::evaluation {

void ForecastScore::add(double predicted, bool correct)
{
    const double y = correct ? 1.0 : 0.0;
    const double p = std::clamp(predicted, 1e-6, 1.0 - 1e-6);
    ++m_n;
    m_squared += (predicted - y) * (predicted - y);
    m_logLoss -= correct ? std::log(p) : std::log(1.0 - p);
    m_predicted += predicted;
    m_observed += y;
    Bin &bin = m_bins[std::size_t(std::clamp(int(predicted * 10.0), 0, 9))];
    bin.meanPredicted += (predicted - bin.meanPredicted) / (bin.n + 1);
    bin.meanObserved += (y - bin.meanObserved) / (bin.n + 1);
    ++bin.n;
}

void ForecastScore::addLogRt(double predictedLogRt, double observedLogRt)
{
    ++m_rtN;
    m_rtSquared += (predictedLogRt - observedLogRt) * (predictedLogRt - observedLogRt);
}

std::optional<double> ForecastScore::brier() const
{
    return m_n > 0 ? std::optional<double>(m_squared / m_n) : std::nullopt;
}

std::optional<double> ForecastScore::logLoss() const
{
    return m_n > 0 ? std::optional<double>(m_logLoss / m_n) : std::nullopt;
}

std::optional<double> ForecastScore::calibration() const
{
    return m_n > 0 ? std::optional<double>((m_predicted - m_observed) / m_n) : std::nullopt;
}

std::optional<double> ForecastScore::meanPredicted() const
{
    return m_n > 0 ? std::optional<double>(m_predicted / m_n) : std::nullopt;
}

std::optional<double> ForecastScore::meanObserved() const
{
    return m_n > 0 ? std::optional<double>(m_observed / m_n) : std::nullopt;
}

std::optional<double> ForecastScore::logRtRmse() const
{
    return m_rtN > 0 ? std::optional<double>(std::sqrt(m_rtSquared / m_rtN)) : std::nullopt;
}

std::array<ForecastScore::Bin, 10> ForecastScore::reliability() const
{
    return m_bins;
}

} // namespace attend::evaluation
