#include "distributionmeasures.h"

#include "metrics/exgaussian.h"
#include "metrics/ezdiffusion.h"

#include <QCoreApplication>

namespace attend {

namespace {

// Below this many RTs the variance and the slow tail rest on too few values to say anything
// (the ex-Gaussian fit's own floor, exgaussian.h).
constexpr int kMinRts = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("attend::DistributionMeasures", text);
}

Measure modelMeasure(const QString &key, const QString &label, bool ok, double value,
                     const QString &unit, const std::string &reason, int used)
{
    Measure m{key, label, unit, ok, ok ? value : 0.0, QString::fromStdString(reason)};
    m.detail = true;
    m.used = used;
    return m;
}

} // namespace

std::vector<Measure> exGaussianMeasures(const QString &key, const QString &of,
                                        const std::vector<double> &rtsMs)
{
    const metrics::ExGaussianFit fit = metrics::fitExGaussian(rtsMs);
    const QString ms = QStringLiteral("ms");
    const auto one = [&](const char *suffix, const char *label, double value) {
        Measure m = modelMeasure(key + QLatin1String(suffix), tr(label).arg(of), fit.ok(), value,
                                 ms, fit.reason, fit.n);
        m.lowest = 0.0;
        return m;
    };
    // μ may be negative for an extreme tail, so only σ and τ are bounded below.
    Measure mu = one("_exgauss_mu_ms",
                     QT_TRANSLATE_NOOP("attend::DistributionMeasures",
                                       "Ex-Gaussian μ (the normal part's mean), %1"),
                     fit.mu);
    mu.lowest = -std::numeric_limits<double>::infinity();
    return {
        mu,
        one("_exgauss_sigma_ms",
            QT_TRANSLATE_NOOP("attend::DistributionMeasures",
                              "Ex-Gaussian σ (the normal part's spread), %1"),
            fit.sigma),
        one("_exgauss_tau_ms",
            QT_TRANSLATE_NOOP("attend::DistributionMeasures", "Ex-Gaussian τ (the slow tail), %1"),
            fit.tau)};
}

std::vector<Measure> ezDiffusionMeasures(const QString &key, const QString &of,
                                         const std::vector<double> &correctRtsMs, int trials)
{
    const int n = int(correctRtsMs.size());
    metrics::EzDiffusion ez;
    if (n >= kMinRts)
        ez = metrics::ezDiffusionFromRts(correctRtsMs, trials);
    else
        ez.reason = "EZ-diffusion needs at least 20 correct reaction times";
    return {
        modelMeasure(
            key + QLatin1String("_ez_drift"),
            QCoreApplication::translate("attend::DistributionMeasures", "EZ drift rate v, %1")
                .arg(of),
            ez.ok(), ez.v, QString(), ez.reason, trials),
        modelMeasure(key + QLatin1String("_ez_boundary"),
                     QCoreApplication::translate("attend::DistributionMeasures",
                                                 "EZ boundary separation a, %1")
                         .arg(of),
                     ez.ok(), ez.a, QString(), ez.reason, trials),
        modelMeasure(key + QLatin1String("_ez_nondecision_ms"),
                     QCoreApplication::translate("attend::DistributionMeasures",
                                                 "EZ non-decision time Ter, %1")
                         .arg(of),
                     ez.ok(), 1000.0 * ez.ter, QStringLiteral("ms"), ez.reason, trials),
    };
}

} // namespace attend
