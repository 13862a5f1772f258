#include "csvfixture.h"
#include "metrics/reliability.h"

#include <QTest>

using namespace attend::metrics;

class TestReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitHalfMatchesScipy_data();
    void splitHalfMatchesScipy();
    void spearmanBrownByHand();
    void oddEvenHalvesAlternate();
    void degenerateInputs();
    void reliableChangeByHand();
};

void TestReliability::splitHalfMatchesScipy_data()
{
    QTest::addColumn<std::vector<double>>("odd");
    QTest::addColumn<std::vector<double>>("even");
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("sb");
    int i = 0;
    for (const auto &row : attend::testing::readCsv(QStringLiteral("splithalf.csv")))
        QTest::addRow("scipy case %d", i++)
            << row.numbers(QStringLiteral("odd")) << row.numbers(QStringLiteral("even"))
            << row.number(QStringLiteral("pearson_r"))
            << row.number(QStringLiteral("spearman_brown"));
    QVERIFY(i >= 3);
}

void TestReliability::splitHalfMatchesScipy()
{
    QFETCH(std::vector<double>, odd);
    QFETCH(std::vector<double>, even);
    QFETCH(double, r);
    QFETCH(double, sb);
    QVERIFY(qAbs(pearson(odd, even).value - r) < 1e-9);
    QVERIFY(qAbs(splitHalfReliability(odd, even).value - sb) < 1e-9);
}

void TestReliability::spearmanBrownByHand()
{
    QCOMPARE(spearmanBrown(0.5), 2.0 * 0.5 / 1.5); // 0.6667
    QCOMPARE(spearmanBrown(0.6, 3.0), 1.8 / 2.2);
}

void TestReliability::oddEvenHalvesAlternate()
{
    const auto [odd, even] = oddEvenHalves(std::vector<int>{1, 2, 3, 4, 5});
    QCOMPARE(odd, (std::vector<int>{1, 3, 5}));
    QCOMPARE(even, (std::vector<int>{2, 4}));
}

void TestReliability::degenerateInputs()
{
    QCOMPARE(pearson({1, 2}, {1, 2}).status, Status::NotEnoughTrials);
    QCOMPARE(pearson({1, 1, 1}, {1, 2, 3}).status, Status::Undefined);
    QCOMPARE(splitHalfReliability({1, 2, 3}, {3, 2, 1}).status, Status::Undefined);
}

// 50 → 62 with SD₁ 10, r = .8 and a practice effect of 2: (12 − 2) / (√2 · 10 · √.2)
// = 10 / 6.324555 = 1.581139.
void TestReliability::reliableChangeByHand()
{
    const Estimate rc = reliableChange(50.0, 62.0, 10.0, 0.8, 2.0);
    QVERIFY(rc.ok());
    QVERIFY(qAbs(rc.value - 1.581139) < 1e-6);
    QVERIFY(qAbs(reliableChange(50.0, 62.0, 10.0, 0.8).value - 12.0 / 6.324555) < 1e-6);
    QVERIFY(!reliableChange(50.0, 62.0, 0.0, 0.8).ok());  // no spread
    QVERIFY(!reliableChange(50.0, 62.0, 10.0, 1.0).ok()); // no measurement error to scale by
    QVERIFY(!reliableChange(50.0, 62.0, 10.0, -0.1).ok());
}

QTEST_APPLESS_MAIN(TestReliability)
#include "tst_reliability.moc"
