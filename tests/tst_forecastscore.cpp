#include "evaluation/baselines.h"
#include "evaluation/forecastscore.h"

#include <QTest>
#include <cmath>

using namespace attend::evaluation;

// Scores and baselines against values worked out by hand (shown in the comments).
class TestForecastScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoresOfThreeForecasts();
    void nothingScoredHasNoScore();
    void baselinesPredictFromTheirPastOnly();
};

void TestForecastScore::scoresOfThreeForecasts()
{
    ForecastScore s;
    s.add(0.9, true);
    s.add(0.6, false);
    s.add(0.05, false);
    // Brier (0.01 + 0.36 + 0.0025) / 3; log loss −(ln 0.9 + ln 0.4 + ln 0.95) / 3;
    // calibration (0.9 + 0.6 + 0.05 − 1) / 3.
    QCOMPARE(s.n(), 3);
    QVERIFY(std::abs(*s.brier() - 0.3725 / 3) < 1e-12);
    QVERIFY(std::abs(*s.logLoss() - 1.0729445 / 3) < 1e-7);
    QVERIFY(std::abs(*s.calibration() - 0.55 / 3) < 1e-12);
    const auto bins = s.reliability();
    QCOMPARE(bins[0].n, 1);
    QCOMPARE(bins[6].n, 1);
    QCOMPARE(bins[9].n, 1);
    QCOMPARE(bins[9].meanObserved, 1.0);
    QCOMPARE(bins[6].meanPredicted, 0.6);
    s.addLogRt(6.0, 6.3);
    s.addLogRt(6.5, 6.1);
    QVERIFY(std::abs(*s.logRtRmse() - std::sqrt(0.125)) < 1e-12); // √((0.09 + 0.16) / 2)
}

void TestForecastScore::nothingScoredHasNoScore()
{
    const ForecastScore s;
    QVERIFY(!s.brier() && !s.logLoss() && !s.calibration() && !s.logRtRmse());
}

void TestForecastScore::baselinesPredictFromTheirPastOnly()
{
    // Outcomes 1, 0, 1, 1 in conditions a, b, a, b; prior 0.85.
    RunningMean mean(0.85);
    Ema ema(0.85, 0.1);
    RunningMeanByCondition byCondition(0.85);
    const int outcomes[] = {1, 0, 1, 1};
    const char *conditions[] = {"a", "b", "a", "b"};
    // Running mean: 0.85, 1.85/2, 1.85/3, 2.85/4. EMA: 0.85, 0.865, 0.7785, 0.80065.
    // By condition (own sum + overall mean) / (own count + 1): 0.85, 0.925, (1 + 1.85/3)/2,
    // (0 + 2.85/4)/2.
    const double means[] = {0.85, 0.925, 1.85 / 3, 0.7125};
    const double emas[] = {0.85, 0.865, 0.7785, 0.80065};
    const double own[] = {0.85, 0.925, (1 + 1.85 / 3) / 2, 0.7125 / 2};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(std::abs(mean.predict() - means[i]) < 1e-12);
        QVERIFY(std::abs(ema.predict() - emas[i]) < 1e-12);
        QVERIFY(std::abs(byCondition.predict(conditions[i]) - own[i]) < 1e-12);
        mean.update(outcomes[i]);
        ema.update(outcomes[i]);
        byCondition.update(conditions[i], outcomes[i]);
    }
}

QTEST_APPLESS_MAIN(TestForecastScore)
#include "tst_forecastscore.moc"
