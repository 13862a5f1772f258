#include "adaptive/staircase.h"

#include <QTest>
#include <cmath>
#include <random>

using attend::adaptive::Staircase;

namespace {

// A simulated observer: 2AFC-like logistic psychometric function of the level (higher = harder),
// P = 0.5 + 0.5 / (1 + exp((level − 0.5) / 0.06)).
double pCorrect(double level)
{
    return 0.5 + 0.5 / (1.0 + std::exp((level - 0.5) / 0.06));
}

// The level at which the observer is correct with probability p (inverse of pCorrect).
double levelFor(double p)
{
    return 0.5 + 0.06 * std::log(0.5 / (p - 0.5) - 1.0);
}

// Mean over many simulated runs of the mean of each run's last reversals.
double meanThreshold(const Staircase::Options &options, int runs, int trials, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    double sum = 0.0;
    for (int r = 0; r < runs; ++r) {
        Staircase s(options);
        for (int t = 0; t < trials; ++t)
            s.record(u(rng) < pCorrect(s.level()));
        sum += s.threshold(int(s.reversals().size()) - 4); // all but the first four
    }
    return sum / runs;
}

} // namespace

class TestStaircase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convergencePointsArePublishedOnes();
    void stepsFollowTheRule();
    void levelsStayInRange();
    void transformedUpDownConverges_data();
    void transformedUpDownConverges();
    void weightedUpDownConvergesOnItsTarget();
};

void TestStaircase::convergencePointsArePublishedOnes()
{
    // Levitt (1971), table I: 1-up/2-down 0.707, 1-up/3-down 0.794.
    QVERIFY(qAbs(Staircase::convergencePoint(Staircase::levitt(2, 0, 0, 1, 0.1)) - 0.7071) < 1e-4);
    QVERIFY(qAbs(Staircase::convergencePoint(Staircase::levitt(3, 0, 0, 1, 0.1)) - 0.7937) < 1e-4);
    QVERIFY(qAbs(Staircase::convergencePoint(Staircase::weighted(0.85, 0, 0, 1, 0.01)) - 0.85) <
            1e-12);
}

void TestStaircase::stepsFollowTheRule()
{
    Staircase s(Staircase::levitt(3, 0.5, 0.0, 1.0, 0.1));
    s.record(true);
    s.record(true);
    QCOMPARE(s.level(), 0.5); // two correct: no change yet
    s.record(true);
    QCOMPARE(s.level(), 0.6); // three in a row: harder
    s.record(true);
    s.record(false);
    QCOMPARE(s.level(), 0.5); // an error: easier at once, and the direction reversed
    QCOMPARE(s.reversals(), std::vector<double>{0.6});
    s.record(false);
    QVERIFY(qAbs(s.level() - 0.4) < 1e-12);
    QCOMPARE(s.reversals().size(), std::size_t(1)); // same direction: no reversal
    QCOMPARE(s.trials(), 6);
}

void TestStaircase::levelsStayInRange()
{
    Staircase s(Staircase::levitt(1, 0.95, 0.0, 1.0, 0.1));
    for (int i = 0; i < 5; ++i)
        s.record(true);
    QCOMPARE(s.level(), 1.0);
    for (int i = 0; i < 20; ++i)
        s.record(false);
    QCOMPARE(s.level(), 0.0);
}

void TestStaircase::transformedUpDownConverges_data()
{
    QTest::addColumn<int>("downAfter");
    QTest::newRow("1-up/2-down tracks 70.7 % correct") << 2;
    QTest::newRow("1-up/3-down tracks 79.4 % correct") << 3;
}

void TestStaircase::transformedUpDownConverges()
{
    QFETCH(int, downAfter);
    const auto options = Staircase::levitt(downAfter, 0.2, 0.0, 1.0, 0.01);
    const double target = Staircase::convergencePoint(options);
    const double threshold = meanThreshold(options, 200, 400, 2026);
    // Within 0.02 in probability of the published point (the step is 1/6 of the slope scale).
    QVERIFY2(
        qAbs(pCorrect(threshold) - target) < 0.02,
        qPrintable(
            QStringLiteral("P at threshold %1, expected %2").arg(pCorrect(threshold)).arg(target)));
    QVERIFY(qAbs(threshold - levelFor(target)) < 0.02);
}

void TestStaircase::weightedUpDownConvergesOnItsTarget()
{
    const auto options = Staircase::weighted(0.85, 0.2, 0.0, 1.0, 0.004);
    const double threshold = meanThreshold(options, 200, 600, 7);
    QVERIFY2(qAbs(pCorrect(threshold) - 0.85) < 0.02,
             qPrintable(QString::number(pCorrect(threshold))));
}

QTEST_APPLESS_MAIN(TestStaircase)
#include "tst_staircase.moc"
