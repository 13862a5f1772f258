#include "csvfixture.h"
#include "metrics/psychometric.h"

#include <QTest>
#include <cfenv>
#include <cmath>
#include <map>

using namespace attend::metrics;

class TestPsychometric : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maximumLikelihoodMatchesScipy_data();
    void maximumLikelihoodMatchesScipy();
    void thresholdSolvesTheFittedFunction();
    void tooFewTrialsOrLevels();
    void costsAndProportions();
    void aThresholdOutsideTheTestedRangeIsNoEstimate();
    void theFitStaysClearOfSubnormalNumbers();
};

void TestPsychometric::maximumLikelihoodMatchesScipy_data()
{
    QTest::addColumn<int>("caseId");
    QTest::addColumn<bool>("fitLapse");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("lapse");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("logLik");
    for (const auto &r : attend::testing::readCsv(QStringLiteral("weibull_fits.csv")))
        QTest::addRow("case %d, lapse %s", r.integer(QStringLiteral("case")),
                      r.integer(QStringLiteral("fit_lapse")) ? "fitted" : "fixed at 0.02")
            << r.integer(QStringLiteral("case")) << bool(r.integer(QStringLiteral("fit_lapse")))
            << r.number(QStringLiteral("alpha")) << r.number(QStringLiteral("beta"))
            << r.number(QStringLiteral("lapse")) << r.number(QStringLiteral("threshold75"))
            << r.number(QStringLiteral("log_likelihood"));
}

void TestPsychometric::maximumLikelihoodMatchesScipy()
{
    QFETCH(int, caseId);
    QFETCH(bool, fitLapse);
    QFETCH(double, alpha);
    QFETCH(double, beta);
    QFETCH(double, lapse);
    QFETCH(double, threshold);
    QFETCH(double, logLik);
    std::vector<PsychometricTrial> trials;
    for (const auto &r : attend::testing::readCsv(QStringLiteral("weibull_trials.csv")))
        if (r.integer(QStringLiteral("case")) == caseId)
            trials.push_back(
                {r.number(QStringLiteral("intensity")), r.integer(QStringLiteral("correct")) == 1});
    QVERIFY(trials.size() > 100);
    PsychometricOptions options;
    options.fitLapse = fitLapse;
    const PsychometricFit fit = fitWeibull(trials, options);
    QVERIFY(fit.ok());
    // The likelihood surface is flat near its top; parameters agree to 1e-3 relative.
    QVERIFY2(qAbs(fit.logLikelihood - logLik) < 1e-6,
             qPrintable(QStringLiteral("%1 vs %2").arg(fit.logLikelihood, 0, 'g', 12).arg(logLik)));
    QVERIFY2(qAbs(fit.alpha / alpha - 1.0) < 1e-3, qPrintable(QString::number(fit.alpha)));
    QVERIFY2(qAbs(fit.beta / beta - 1.0) < 1e-3, qPrintable(QString::number(fit.beta)));
    QVERIFY(qAbs(fit.lapse - lapse) < 1e-3);
    QVERIFY2(qAbs(fit.threshold.value / threshold - 1.0) < 1e-3,
             qPrintable(QString::number(fit.threshold.value)));
}

void TestPsychometric::thresholdSolvesTheFittedFunction()
{
    std::vector<PsychometricTrial> trials;
    // Deterministic proportions 6/10 … 10/10 at five display times.
    const double xs[] = {20, 40, 60, 80, 100};
    const int correct[] = {6, 7, 8, 9, 10};
    for (int i = 0; i < 5; ++i)
        for (int k = 0; k < 10; ++k)
            trials.push_back({xs[i], k < correct[i]});
    const PsychometricFit fit = fitWeibull(trials);
    QVERIFY(fit.threshold.ok());
    QVERIFY(qAbs(fit.probability(fit.threshold.value) - 0.75) < 1e-9);
}

void TestPsychometric::tooFewTrialsOrLevels()
{
    std::vector<PsychometricTrial> oneLevel(30, {50.0, true});
    QCOMPARE(fitWeibull(oneLevel).status, Status::NotEnoughTrials);
    QCOMPARE(fitWeibull({{10, true}, {20, false}}).threshold.status, Status::NotEnoughTrials);
    QCOMPARE(fitWeibull({{0.0, true}, {20, false}}).status, Status::Undefined);
}

void TestPsychometric::costsAndProportions()
{
    QCOMPARE(proportionCorrect({true, true, false, true}).value, 0.75);
    // A cost is positive when the dual task is worse. Accuracy 0.6 in the dual task against 0.8
    // alone: (0.8 − 0.6) / 0.8 = +0.25; a threshold of 60 ms against 40 ms: (60 − 40) / 40 = +0.5.
    QVERIFY(qAbs(dualTaskCost(Estimate::of(0.6, 40), Estimate::of(0.8, 40), MoreIs::Better).value -
                 0.25) < 1e-12);
    QVERIFY(qAbs(dualTaskCost(Estimate::of(60.0, 40), Estimate::of(40.0, 40)).value - 0.5) < 1e-12);
    QCOMPARE(dualTaskCost(Estimate::of(0.6, 40), Estimate::of(0.0, 40)).status, Status::Undefined);
}

void TestPsychometric::aThresholdOutsideTheTestedRangeIsNoEstimate()
{
    // Everything right at 2–6 frames: the 75 % point lies below the shortest display tested, so
    // the fitted curve can only extrapolate it (the "0.000 ms" of a divided-attention report).
    std::vector<PsychometricTrial> allRight;
    for (int i = 0; i < 40; ++i)
        allRight.push_back({2.0 + i % 5, true});
    PsychometricOptions options;
    options.guessRate = 1.0 / 16.0;
    options.targetP = 0.75;
    const auto fit = fitWeibull(allRight, options);
    QVERIFY(!fit.threshold.ok());
    QCOMPARE(fit.threshold.status, Status::Undefined);
    // The bound is given: "at floor" below the shortest display tested (2 frames).
    QCOMPARE(fit.threshold.reason, std::string("at floor: below 2.0, the lowest intensity tested"));
    // Right only at the longest displays: the threshold is inside and stays an estimate.
    std::vector<PsychometricTrial> graded;
    for (int i = 0; i < 60; ++i) {
        const double frames = 2.0 + i % 6;
        graded.push_back({frames, (i / 6) % 10 < int(frames) + 2});
    }
    const auto inside = fitWeibull(graded, options);
    QVERIFY2(inside.threshold.ok(), inside.threshold.reason.c_str());
    QVERIFY(inside.threshold.value >= 2.0 && inside.threshold.value <= 7.0);
}

// Far from the threshold the curve's exponentials underflow into subnormal numbers, which some
// processors handle in microcode at a hundred times the cost of a normal operation (the bootstrap
// refits this thousands of times a session). The fits of the scipy cases never produce one:
// IEEE 754 raises the underflow flag exactly when a tiny result is inexact.
void TestPsychometric::theFitStaysClearOfSubnormalNumbers()
{
    std::map<int, std::vector<PsychometricTrial>> cases;
    for (const auto &r : attend::testing::readCsv(QStringLiteral("weibull_trials.csv")))
        cases[r.integer(QStringLiteral("case"))].push_back(
            {r.number(QStringLiteral("intensity")), r.integer(QStringLiteral("correct")) == 1});
    QVERIFY(cases.size() >= 3);
    for (const auto &[id, trials] : cases)
        for (bool fitLapse : {false, true}) {
            PsychometricOptions options;
            options.fitLapse = fitLapse;
            std::feclearexcept(FE_ALL_EXCEPT);
            const PsychometricFit fit = fitWeibull(trials, options);
            const bool underflow = std::fetestexcept(FE_UNDERFLOW);
            QVERIFY(fit.ok());
            QVERIFY2(!underflow, qPrintable(QStringLiteral("case %1").arg(id)));
        }
}

QTEST_APPLESS_MAIN(TestPsychometric)
#include "tst_psychometric.moc"
