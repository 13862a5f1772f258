#include "staircase.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace attend::adaptive {

Staircase::Staircase(const Options &options)
    : m_options(options), m_level(std::clamp(options.start, options.minimum, options.maximum))
{}

Staircase::Options Staircase::levitt(int downAfter, double start, double minimum, double maximum,
                                     double step)
{
    return {start, minimum, maximum, step, step, std::max(1, downAfter)};
}

Staircase::Options Staircase::weighted(double targetP, double start, double minimum, double maximum,
                                       double stepUp)
{
    return {start, minimum, maximum, stepUp, stepUp * targetP / (1.0 - targetP), 1};
}

double Staircase::convergencePoint(const Options &o)
{
    // At equilibrium the expected movement is zero. For downAfter = n with steps u (up) and d
    // (down): P(n correct in a row) · u = (1 − P(n in a row)) · d for runs, which gives
    // p^n = d / (u + d); Levitt's equal steps make that 0.5, Kaernbach's n = 1 gives d / (u + d).
    return std::pow(o.stepDown / (o.stepUp + o.stepDown), 1.0 / o.downAfter);
}

void Staircase::record(bool correct)
{
    ++m_trials;
    int change = 0;
    if (correct) {
        if (++m_run >= m_options.downAfter) {
            change = +1;
            m_run = 0;
        }
    } else {
        change = -1;
        m_run = 0;
    }
    if (change == 0)
        return;
    if (m_direction != 0 && change != m_direction)
        m_reversals.push_back(m_level);
    m_direction = change;
    const double step = change > 0 ? m_options.stepUp : m_options.stepDown;
    m_level = std::clamp(m_level + change * step, m_options.minimum, m_options.maximum);
}

void Staircase::moveTo(double level)
{
    m_level = std::clamp(level, m_options.minimum, m_options.maximum);
}

double Staircase::threshold(int count) const
{
    if (m_reversals.empty())
        return m_level;
    const auto n = std::min<std::size_t>(std::size_t(std::max(1, count)), m_reversals.size());
    return std::accumulate(m_reversals.end() - long(n), m_reversals.end(), 0.0) / double(n);
}

} // namespace attend::adaptive
