#pragma once

#include <Eigen/Core>

namespace attend::attention {

// Adam (Kingma & Ba 2015) with its published defaults β1 = 0.9, β2 = 0.999, ε = 1e-8.
// The moment vectors are sized once, so a step allocates nothing.
class Adam
{
public:
    explicit Adam(int parameters, double learningRate = 1e-2);

    void step(Eigen::VectorXd &parameters, const Eigen::VectorXd &gradient);
    int steps() const { return m_t; }

private:
    double m_rate;
    Eigen::VectorXd m_m, m_v;
    int m_t = 0;
};

} // namespace attend::attention
