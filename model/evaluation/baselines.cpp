#include "baselines.h"

namespace attend::evaluation {

double RunningMeanByCondition::predict(const std::string &condition) const
{
    const auto it = m_byCondition.find(condition);
    // The overall mean stands in as one observation's worth of prior for a condition.
    const double prior = m_all.predict();
    if (it == m_byCondition.end())
        return prior;
    return (it->second.first + prior) / (it->second.second + 1.0);
}

void RunningMeanByCondition::update(const std::string &condition, double value)
{
    m_all.update(value);
    auto &[sum, count] = m_byCondition[condition];
    sum += value;
    count += 1.0;
}

} // namespace attend::evaluation
