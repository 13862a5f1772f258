#include "linearfit.h"

#include <boost/math/distributions/students_t.hpp>

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

LinePrediction predictLine(const std::vector<double> &x, const std::vector<double> &y, double x0)
{
    LinePrediction p;
    const LineFit fit = fitLine(x, y);
    const std::size_t n = x.size();
    if (!fit.ok() || n < 3) {
        p.reason = n < 3 ? "needs at least three points" : fit.reason;
        return p;
    }
    double mx = 0, sxx = 0, ss = 0;
    for (double v : x)
        mx += v / double(n);
    for (std::size_t i = 0; i < n; ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        const double r = y[i] - (fit.intercept + fit.slope * x[i]);
        ss += r * r;
    }
    const double s = std::sqrt(ss / double(n - 2));
    const double t = boost::math::quantile(boost::math::students_t(double(n - 2)), 0.975);
    const double half = t * s * std::sqrt(1.0 + 1.0 / double(n) + (x0 - mx) * (x0 - mx) / sxx);
    p.status = Status::Ok;
    p.value = fit.intercept + fit.slope * x0;
    p.low = p.value - half;
    p.high = p.value + half;
    return p;
}

} // namespace attend::metrics
