#include "linearfit.h"

#include <Eigen/Dense>
#include <algorithm>

namespace attend::metrics {

LineFit fitLine(const std::vector<double> &x, const std::vector<double> &y)
{
    LineFit fit;
    fit.n = int(std::min(x.size(), y.size()));
    if (x.size() != y.size()) {
        fit.status = Status::Undefined;
        fit.reason = "x and y differ in length";
        return fit;
    }
    const bool twoDistinct =
        fit.n >= 2 && std::any_of(x.begin(), x.end(), [&](double v) { return v != x.front(); });
    if (!twoDistinct) {
        fit.reason = "a line needs at least two different x values";
        return fit;
    }
    Eigen::MatrixXd design(fit.n, 2);
    Eigen::VectorXd target(fit.n);
    for (int i = 0; i < fit.n; ++i) {
        design(i, 0) = 1.0;
        design(i, 1) = x[std::size_t(i)];
        target(i) = y[std::size_t(i)];
    }
    // QR with column pivoting: stable even for badly scaled x (e.g. nanoseconds).
    const Eigen::Vector2d beta = design.colPivHouseholderQr().solve(target);
    fit.intercept = beta(0);
    fit.slope = beta(1);
    const double ssRes = (target - design * beta).squaredNorm();
    const double ssTot = (target.array() - target.mean()).square().sum();
    fit.rSquared = ssTot > 0.0 ? 1.0 - ssRes / ssTot : 1.0;
    fit.status = Status::Ok;
    return fit;
}

} // namespace attend::metrics
