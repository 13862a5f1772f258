#pragma once

#include <map>
#include <string>

namespace attend::evaluation {

// Baseline forecasters for judging the attention model (DESIGN.md §5): each predicts before it
// sees the outcome (predict, then update), from the same person's earlier trials only.

// The mean of everything seen so far; `prior` (with the weight of `priorCount` observations)
// before and while there is little.
class RunningMean
{
public:
    explicit RunningMean(double prior = 0.5, double priorCount = 1.0)
        : m_sum(prior * priorCount), m_count(priorCount)
    {}
    double predict() const { return m_sum / m_count; }
    void update(double value)
    {
        m_sum += value;
        m_count += 1.0;
    }

private:
    double m_sum;
    double m_count;
};

// The running mean of the trial's own condition, starting from the running mean of all.
class RunningMeanByCondition
{
public:
    explicit RunningMeanByCondition(double prior = 0.5) : m_all(prior) {}
    double predict(const std::string &condition) const;
    void update(const std::string &condition, double value);

private:
    RunningMean m_all;
    std::map<std::string, std::pair<double, double>> m_byCondition; // sum, count
};

// An exponentially weighted moving average: recent trials count more (weight `alpha`).
class Ema
{
public:
    explicit Ema(double prior = 0.5, double alpha = 0.1) : m_value(prior), m_alpha(alpha) {}
    double predict() const { return m_value; }
    void update(double value) { m_value += m_alpha * (value - m_value); }

private:
    double m_value;
    double m_alpha;
};

} // namespace attend::evaluation
