#pragma once

#include <cmath>

namespace attend {

// The logistic function 1 / (1 + e^−x): the model's P(correct) head and the fits' way of
// keeping a rate inside (0, 1).
inline double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace attend
