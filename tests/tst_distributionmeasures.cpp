#include "distributionmeasures.h"

#include <QTest>
#include <cmath>

using namespace attend;

class TestDistributionMeasures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ezMeasuresGiveThePublishedExample();
    void exGaussianMeasuresAreDetailsInMilliseconds();
    void tooFewRtsGiveNoEstimateWithItsReason();
};

namespace {

const Measure &find(const std::vector<Measure> &measures, const QString &key)
{
    for (const Measure &m : measures)
        if (m.key == key)
            return m;
    qFatal("no measure %s", qPrintable(key));
}

} // namespace

void TestDistributionMeasures::ezMeasuresGiveThePublishedExample()
{
    // Wagenmakers, van der Maas & Grasman (2007), p. 8: Pc = .802, VRT = .112 s², MRT = .723 s
    // give v = 0.0999, a = 0.1400, Ter = 0.3000 s. 802 correct RTs of 1000 trials, half at
    // MRT − d and half at MRT + d, with d chosen so that their sample variance is VRT.
    const double d = std::sqrt(0.112e6 * 801.0 / 802.0);
    std::vector<double> rts;
    for (int i = 0; i < 401; ++i) {
        rts.push_back(723.0 - d);
        rts.push_back(723.0 + d);
    }
    const auto ez =
        ezDiffusionMeasures(QStringLiteral("repeat_rt"), QStringLiteral("x"), rts, 1000);
    QCOMPARE(ez.size(), std::size_t(3));
    QVERIFY(qAbs(find(ez, QStringLiteral("repeat_rt_ez_drift")).value - 0.0999) < 5e-5);
    QVERIFY(qAbs(find(ez, QStringLiteral("repeat_rt_ez_boundary")).value - 0.1400) < 5e-5);
    const Measure &ter = find(ez, QStringLiteral("repeat_rt_ez_nondecision_ms"));
    QVERIFY(qAbs(ter.value - 300.0) < 0.05);
    QCOMPARE(ter.unit, QStringLiteral("ms"));
    QCOMPARE(ter.used, 1000);
    for (const Measure &m : ez)
        QVERIFY(m.ok && m.detail);
}

void TestDistributionMeasures::exGaussianMeasuresAreDetailsInMilliseconds()
{
    // A skewed sample (a spread normal part plus exponential quantiles, mean 100): the model's
    // mean μ + τ must come out near the sample mean, a check on the values' scale and unit
    // that does not use the fit (the fit itself is checked against scipy in tst_exgaussian).
    std::vector<double> rts;
    for (int i = 0; i < 200; ++i) {
        const double u = (i + 0.5) / 200.0;
        rts.push_back(400.0 + 40.0 * std::sin(7.0 * i) - 100.0 * std::log(1.0 - u));
    }
    const auto fit = exGaussianMeasures(QStringLiteral("go_rt"), QStringLiteral("go trials"), rts);
    const Measure &mu = find(fit, QStringLiteral("go_rt_exgauss_mu_ms"));
    const Measure &tau = find(fit, QStringLiteral("go_rt_exgauss_tau_ms"));
    QVERIFY(mu.ok && tau.ok && mu.detail);
    QCOMPARE(tau.unit, QStringLiteral("ms"));
    QCOMPARE(tau.used, 200);
    double mean = 0.0;
    for (double rt : rts)
        mean += rt / 200.0;
    QVERIFY2(qAbs(mu.value + tau.value - mean) < 0.05 * mean,
             qPrintable(QStringLiteral("%1 + %2 vs %3").arg(mu.value).arg(tau.value).arg(mean)));
    QVERIFY(find(fit, QStringLiteral("go_rt_exgauss_mu_ms")).label.contains(u"go trials"));
}

void TestDistributionMeasures::tooFewRtsGiveNoEstimateWithItsReason()
{
    const std::vector<double> rts(19, 500.0);
    for (const auto &measures : {exGaussianMeasures(QStringLiteral("k"), QString(), rts),
                                 ezDiffusionMeasures(QStringLiteral("k"), QString(), rts, 25)}) {
        for (const Measure &m : measures) {
            QVERIFY(!m.ok);
            QCOMPARE(m.value, 0.0);
            QVERIFY(m.note.contains(u"20"));
        }
    }
}

QTEST_APPLESS_MAIN(TestDistributionMeasures)
#include "tst_distributionmeasures.moc"
