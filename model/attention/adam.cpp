#include "adam.h"

#include <cmath>

namespace attend::attention {

namespace {
constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEpsilon = 1e-8;
}

Adam::Adam(int parameters, double learningRate)
    : m_rate(learningRate), m_m(Eigen::VectorXd::Zero(parameters)),
      m_v(Eigen::VectorXd::Zero(parameters))
{}

void Adam::step(Eigen::VectorXd &parameters, const Eigen::VectorXd &gradient)
{
    ++m_t;
    m_m = kBeta1 * m_m + (1.0 - kBeta1) * gradient;
    m_v = kBeta2 * m_v + (1.0 - kBeta2) * gradient.cwiseProduct(gradient);
    const double c1 = 1.0 - std::pow(kBeta1, m_t), c2 = 1.0 - std::pow(kBeta2, m_t);
    parameters.array() -= m_rate * (m_m.array() / c1) / ((m_v.array() / c2).sqrt() + kEpsilon);
}

} // namespace attend::attention
