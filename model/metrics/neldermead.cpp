#include "neldermead.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace attend::metrics {

namespace {

NelderMeadResult runOnce(const std::function<double(const Eigen::VectorXd &)> &f,
                         const Eigen::VectorXd &x0, const NelderMeadOptions &o)
{
    const int n = int(x0.size());
    std::vector<Eigen::VectorXd> simplex(std::size_t(n) + 1, x0);
    for (int i = 0; i < n; ++i) {
        const double step =
            x0(i) != 0.0 ? o.initialStep * std::max(1.0, std::abs(x0(i))) : o.initialStep;
        simplex[std::size_t(i) + 1](i) += step;
    }
    std::vector<double> values(simplex.size());
    for (std::size_t i = 0; i < simplex.size(); ++i)
        values[i] = f(simplex[i]);

    std::vector<std::size_t> order(simplex.size());
    NelderMeadResult result;
    for (result.iterations = 0; result.iterations < o.maxIterations; ++result.iterations) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t best = order.front(), worst = order.back(),
                          second = order[order.size() - 2];

        double extent = 0.0;
        for (const auto &v : simplex)
            extent = std::max(extent, (v - simplex[best]).cwiseAbs().maxCoeff());
        if (std::abs(values[worst] - values[best]) <=
                o.tolerance * (1.0 + std::abs(values[best])) &&
            extent <= std::sqrt(o.tolerance)) {
            result.converged = true;
            break;
        }

        Eigen::VectorXd centroid = Eigen::VectorXd::Zero(n);
        for (std::size_t i : order)
            if (i != worst)
                centroid += simplex[i];
        centroid /= n;

        const Eigen::VectorXd reflected = centroid + (centroid - simplex[worst]);
        const double fr = f(reflected);
        if (fr < values[best]) {
            const Eigen::VectorXd expanded = centroid + 2.0 * (centroid - simplex[worst]);
            const double fe = f(expanded);
            if (fe < fr) {
                simplex[worst] = expanded;
                values[worst] = fe;
            } else {
                simplex[worst] = reflected;
                values[worst] = fr;
            }
            continue;
        }
        if (fr < values[second]) {
            simplex[worst] = reflected;
            values[worst] = fr;
            continue;
        }
        const bool outside = fr < values[worst];
        const Eigen::VectorXd contracted = outside ? centroid + 0.5 * (reflected - centroid)
                                                   : centroid + 0.5 * (simplex[worst] - centroid);
        const double fc = f(contracted);
        if (fc < (outside ? fr : values[worst])) {
            simplex[worst] = contracted;
            values[worst] = fc;
            continue;
        }
        for (std::size_t i = 0; i < simplex.size(); ++i) {
            if (i == best)
                continue;
            simplex[i] = simplex[best] + 0.5 * (simplex[i] - simplex[best]);
            values[i] = f(simplex[i]);
        }
    }
    const auto bestIt = std::min_element(values.begin(), values.end());
    result.x = simplex[std::size_t(bestIt - values.begin())];
    result.value = *bestIt;
    return result;
}

} // namespace

NelderMeadResult nelderMead(const std::function<double(const Eigen::VectorXd &)> &f,
                            const Eigen::VectorXd &x0, const NelderMeadOptions &options)
{
    NelderMeadResult result = runOnce(f, x0, options);
    int total = result.iterations;
    for (int r = 0; r < options.restarts; ++r) {
        NelderMeadResult again = runOnce(f, result.x, options);
        total += again.iterations;
        if (again.value <= result.value)
            result = again;
    }
    result.iterations = total;
    return result;
}

} // namespace attend::metrics
