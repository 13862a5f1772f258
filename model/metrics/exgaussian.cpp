#include "exgaussian.h"

#include "neldermead.h"

#include <boost/math/constants/constants.hpp>
#include <boost/math/special_functions/erf.hpp>
#include <cmath>
#include <numeric>

namespace attend::metrics {

namespace {

constexpr int kMinRts = 20;

// ln Φ(z), accurate far into the lower tail where Φ underflows.
double logNormalCdf(double z)
{
    if (z > -30.0)
        return std::log(0.5 * boost::math::erfc(-z / boost::math::double_constants::root_two));
    // Asymptotic series of Mills' ratio (Abramowitz & Stegun 26.2.12).
    const double z2 = z * z;
    return -0.5 * z2 - std::log(-z) - 0.5 * std::log(boost::math::double_constants::two_pi) +
           std::log(1.0 - 1.0 / z2 + 3.0 / (z2 * z2) - 15.0 / (z2 * z2 * z2));
}

} // namespace

double exGaussianLogPdf(double x, double mu, double sigma, double tau)
{
    return -std::log(tau) + (mu - x) / tau + sigma * sigma / (2.0 * tau * tau) +
           logNormalCdf((x - mu) / sigma - sigma / tau);
}

ExGaussianFit fitExGaussian(const std::vector<double> &rts)
{
    ExGaussianFit fit;
    fit.n = int(rts.size());
    if (fit.n < kMinRts) {
        fit.reason = "an ex-Gaussian fit needs at least 20 reaction times";
        return fit;
    }
    // Method-of-moments start (Heathcote 1996): τ from the skew, then μ and σ.
    const double n = fit.n;
    const double m = std::accumulate(rts.begin(), rts.end(), 0.0) / n;
    double m2 = 0.0, m3 = 0.0;
    for (double x : rts) {
        m2 += (x - m) * (x - m);
        m3 += (x - m) * (x - m) * (x - m);
    }
    const double sd = std::sqrt(m2 / (n - 1.0));
    if (!(sd > 0.0)) {
        fit.status = Status::Undefined;
        fit.reason = "all reaction times are equal";
        return fit;
    }
    const double skew = (m3 / n) / std::pow(m2 / n, 1.5);
    double tau = skew > 0.0 ? sd * std::cbrt(skew / 2.0) : 0.2 * sd;
    tau = std::clamp(tau, 0.05 * sd, 0.95 * sd);
    Eigen::VectorXd start(3);
    start << m - tau, std::log(std::sqrt(sd * sd - tau * tau)), std::log(tau);

    const auto negLogLik = [&](const Eigen::VectorXd &p) {
        const double sigma = std::exp(p(1)), t = std::exp(p(2));
        double nll = 0.0;
        for (double x : rts)
            nll -= exGaussianLogPdf(x, p(0), sigma, t);
        return nll;
    };
    NelderMeadOptions options;
    options.initialStep = 0.05;
    const NelderMeadResult r = nelderMead(negLogLik, start, options);
    fit.mu = r.x(0);
    fit.sigma = std::exp(r.x(1));
    fit.tau = std::exp(r.x(2));
    fit.logLikelihood = -r.value;
    fit.status = Status::Ok;
    return fit;
}

} // namespace attend::metrics
