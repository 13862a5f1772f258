#include "exgaussian.h"

#include "neldermead.h"

#include <Eigen/Eigenvalues>
#include <boost/math/constants/constants.hpp>
#include <cmath>
#include <numeric>
#include <optional>

namespace attend::metrics {

namespace {

constexpr int kMinRts = 20;

// ln Φ(z), accurate far into the lower tail where Φ underflows. std::erfc is exact to a few
// units in the last place, as Boost's is, but without Boost's promotion to long double, which
// made it 13 times slower — and the bootstrap refits this thousands of times per session.
double logNormalCdf(double z)
{
    if (z > -30.0)
        return std::log(0.5 * std::erfc(-z / boost::math::double_constants::root_two));
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

namespace {

struct Evaluation
{
    double nll = 0.0;
    Eigen::Vector3d gradient = Eigen::Vector3d::Zero();
};

// λ = φ(z)/Φ(z), given ln Φ(z). Far in the upper tail it is below 1e-300 and is returned as 0,
// which changes no sum it enters: computed, it underflows into subnormal numbers, which some
// processors handle in microcode at a hundred times the cost (a session's bootstrap refits this
// thousands of times).
double millsInverse(double z, double logCdf)
{
    const double exponent = -0.5 * z * z - logCdf;
    if (exponent < -690.0)
        return 0.0;
    return std::exp(exponent) / std::sqrt(boost::math::double_constants::two_pi);
}

// The negative log-likelihood and its analytic gradient in p = (μ, ln σ, ln τ), the logs keeping
// σ and τ positive. With z = (x − μ)/σ − σ/τ and λ = φ(z)/Φ(z):
// ∂ℓ/∂μ = 1/τ − λ/σ, ∂ℓ/∂σ = σ/τ² − λ((x − μ)/σ² + 1/τ), ∂ℓ/∂τ = (x − μ)/τ² − 1/τ − σ²/τ³ + λσ/τ².
Evaluation evaluate(const std::vector<double> &rts, const Eigen::Vector3d &p)
{
    const double mu = p(0), sigma = std::exp(p(1)), tau = std::exp(p(2));
    Evaluation e;
    for (double x : rts) {
        const double z = (x - mu) / sigma - sigma / tau;
        const double logCdf = logNormalCdf(z);
        const double lambda = millsInverse(z, logCdf);
        e.nll -= -std::log(tau) + (mu - x) / tau + sigma * sigma / (2.0 * tau * tau) + logCdf;
        e.gradient(0) -= 1.0 / tau - lambda / sigma;
        e.gradient(1) -=
            sigma * (sigma / (tau * tau) - lambda * ((x - mu) / (sigma * sigma) + 1.0 / tau));
        e.gradient(2) -= tau * ((x - mu) / (tau * tau) - 1.0 / tau -
                                sigma * sigma / (tau * tau * tau) + lambda * sigma / (tau * tau));
    }
    return e;
}

// σ or τ run towards 0: the likelihood grows without a maximum inside (the RTs look like a
// shifted exponential, or have no slow tail), so there are no three parameters to report.
bool atBound(const Eigen::Vector3d &p, double sd)
{
    return std::min(p(1), p(2)) < std::log(1e-3 * sd);
}

// Newton's method with the Hessian from differences of the analytic gradient, its eigenvalues
// made positive so that every step goes downhill, and a backtracking line search (Nocedal &
// Wright 2006, §3.4): a few dozen passes over the RTs instead of the simplex's thousand, which
// is what lets the bootstrap refit 2000 resamples. None when it does not settle.
std::optional<Eigen::Vector3d> newton(const std::vector<double> &rts, Eigen::Vector3d p, double sd)
{
    constexpr double kStep = 1e-6;
    Evaluation e = evaluate(rts, p);
    // Settled: a gradient this small moves the parameters by far less than their precision.
    const double settled = 1e-7 * double(rts.size());
    for (int iteration = 0; iteration < 100; ++iteration) {
        if (e.gradient.cwiseAbs().maxCoeff() < settled || atBound(p, sd))
            return p;
        Eigen::Matrix3d hessian;
        for (int k = 0; k < 3; ++k)
            hessian.col(k) =
                (evaluate(rts, p + kStep * Eigen::Vector3d::Unit(k)).gradient - e.gradient) / kStep;
        const Eigen::SelfAdjointEigenSolver<Eigen::Matrix3d> eigen(0.5 *
                                                                   (hessian + hessian.transpose()));
        const Eigen::Vector3d curvature = eigen.eigenvalues().cwiseAbs().cwiseMax(1e-8);
        Eigen::Vector3d step =
            -eigen.eigenvectors() *
            (eigen.eigenvectors().transpose() * e.gradient).cwiseQuotient(curvature);
        // No step longer than one SD in μ or a factor e in σ or τ: near-flat directions
        // otherwise throw the parameters out of the data's range.
        step /=
            std::max(1.0, step.cwiseQuotient(Eigen::Vector3d(sd, 1.0, 1.0)).cwiseAbs().maxCoeff());
        double alpha = 1.0;
        Evaluation next = evaluate(rts, p + step);
        while (!(next.nll <= e.nll + 1e-4 * alpha * e.gradient.dot(step)) && alpha > 1e-12) {
            alpha *= 0.5;
            next = evaluate(rts, p + alpha * step);
        }
        if (!(next.nll <= e.nll))
            return std::nullopt;
        p += alpha * step;
        e = next;
        if ((alpha * step).cwiseAbs().maxCoeff() < 1e-9)
            return p;
    }
    return std::nullopt;
}

} // namespace

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
    const Eigen::Vector3d start(m - tau, std::log(std::sqrt(sd * sd - tau * tau)), std::log(tau));
    // Where Newton does not settle (a long flat valley), the simplex takes over from the start.
    Eigen::Vector3d best;
    if (const auto p = newton(rts, start, sd)) {
        best = *p;
    } else {
        NelderMeadOptions options;
        options.initialStep = 0.05;
        best = nelderMead([&](const Eigen::VectorXd &p) { return evaluate(rts, p).nll; }, start,
                          options)
                   .x;
    }
    if (atBound(best, sd)) {
        fit.status = Status::Undefined;
        fit.reason = "the ex-Gaussian fit ran to a bound (σ or τ towards 0): these reaction "
                     "times show no normal part or no slow tail";
        return fit;
    }
    fit.mu = best(0);
    fit.sigma = std::exp(best(1));
    fit.tau = std::exp(best(2));
    fit.logLikelihood = -evaluate(rts, best).nll;
    fit.status = Status::Ok;
    return fit;
}

} // namespace attend::metrics
