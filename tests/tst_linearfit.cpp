#include "csvfixture.h"
#include "metrics/linearfit.h"

#include <QTest>

using namespace attend::metrics;

class TestLinearFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesScipyLinregress_data();
    void matchesScipyLinregress();
    void anExactLineHasRSquaredOne();
    void oneDistinctXIsNotEnough();
    void predictionIntervalMatchesAHandComputation();
};

void TestLinearFit::matchesScipyLinregress_data()
{
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<double>("r2");
    int i = 0;
    for (const auto &r : attend::testing::readCsv(QStringLiteral("linefit.csv")))
        QTest::addRow("scipy case %d", i++)
            << r.numbers(QStringLiteral("x")) << r.numbers(QStringLiteral("y"))
            << r.number(QStringLiteral("slope")) << r.number(QStringLiteral("intercept"))
            << r.number(QStringLiteral("r_squared"));
    QVERIFY(i >= 3);
}

void TestLinearFit::matchesScipyLinregress()
{
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(double, slope);
    QFETCH(double, intercept);
    QFETCH(double, r2);
    const LineFit fit = fitLine(x, y);
    QVERIFY(fit.ok());
    QVERIFY(qAbs(fit.slope - slope) < 1e-9);
    QVERIFY(qAbs(fit.intercept - intercept) < 1e-7);
    QVERIFY(qAbs(fit.rSquared - r2) < 1e-9);
}

void TestLinearFit::anExactLineHasRSquaredOne()
{
    const LineFit fit = fitLine({4, 8, 16}, {700, 900, 1300}); // 500 + 50x
    QVERIFY(qAbs(fit.slope - 50.0) < 1e-9);
    QVERIFY(qAbs(fit.intercept - 500.0) < 1e-9);
    QVERIFY(qAbs(fit.rSquared - 1.0) < 1e-12);
    QCOMPARE(fitLine({1, 2, 3}, {5, 5, 5}).rSquared, 1.0);
}

void TestLinearFit::oneDistinctXIsNotEnough()
{
    QCOMPARE(fitLine({8, 8, 8}, {1, 2, 3}).status, Status::NotEnoughTrials);
    QCOMPARE(fitLine({}, {}).status, Status::NotEnoughTrials);
    QCOMPARE(fitLine({1, 2}, {1}).status, Status::Undefined);
}

void TestLinearFit::predictionIntervalMatchesAHandComputation()
{
    // y = 2, 4, 5, 8 at x = 1…4: slope 1.9, intercept 0, residual SS 0.70, s = √0.35; at x0 = 5
    // the factor √(1 + 1/4 + 2.5²/5) = √2.5 and t(0.975, 2) = 4.3026527 (SciPy).
    const auto p = predictLine({1, 2, 3, 4}, {2, 4, 5, 8}, 5.0);
    QVERIFY(p.ok());
    QVERIFY(std::abs(p.value - 9.5) < 1e-12);
    QVERIFY(std::abs(p.low - 5.475236907601103) < 1e-9);
    QVERIFY(std::abs(p.high - 13.524763092398896) < 1e-9);
    QVERIFY(!predictLine({1, 2}, {1, 2}, 3.0).ok());
}

QTEST_APPLESS_MAIN(TestLinearFit)
#include "tst_linearfit.moc"
