#include "quest.h"

#include <algorithm>
#include <cmath>

namespace attend::adaptive {

Quest::Quest(const Options &options) : m_options(options)
{
    const int n = std::max(3, options.gridPoints);
    // The threshold grid reaches past the level range, so that a person better or worse than
    // the range can be recognised as such.
    const double span = options.maximum - options.minimum;
    for (int i = 0; i < n; ++i) {
        const double theta = options.minimum - 0.5 * span + 2.0 * span * i / (n - 1);
        m_grid.push_back(theta);
        const double z = (theta - options.priorMean) / options.priorSd;
        m_logPosterior.push_back(-0.5 * z * z);
    }
}

double Quest::pCorrect(double level, double threshold) const
{
    const Options &o = m_options;
    return o.guess + (1.0 - o.guess - o.lapse) / (1.0 + std::exp((level - threshold) / o.spread));
}

void Quest::record(double level, bool correct)
{
    for (std::size_t i = 0; i < m_grid.size(); ++i) {
        const double p = pCorrect(level, m_grid[i]);
        m_logPosterior[i] += std::log(correct ? p : 1.0 - p);
    }
}

double Quest::thresholdMean() const
{
    const double top = *std::max_element(m_logPosterior.begin(), m_logPosterior.end());
    double sum = 0.0, weighted = 0.0;
    for (std::size_t i = 0; i < m_grid.size(); ++i) {
        const double w = std::exp(m_logPosterior[i] - top);
        sum += w;
        weighted += w * m_grid[i];
    }
    return weighted / sum;
}

double Quest::thresholdSd() const
{
    const double top = *std::max_element(m_logPosterior.begin(), m_logPosterior.end());
    const double mean = thresholdMean();
    double sum = 0.0, squares = 0.0;
    for (std::size_t i = 0; i < m_grid.size(); ++i) {
        const double w = std::exp(m_logPosterior[i] - top);
        sum += w;
        squares += w * (m_grid[i] - mean) * (m_grid[i] - mean);
    }
    return std::sqrt(squares / sum);
}

double Quest::nextLevel() const
{
    const Options &o = m_options;
    // Solve target = γ + (1 − γ − δ) / (1 + exp((d − θ)/s)) for d.
    const double ratio = (1.0 - o.guess - o.lapse) / (o.target - o.guess) - 1.0;
    const double level = thresholdMean() + o.spread * std::log(ratio);
    return std::clamp(level, o.minimum, o.maximum);
}

} // namespace attend::adaptive
