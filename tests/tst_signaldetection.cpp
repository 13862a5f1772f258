#include "csvfixture.h"
#include "metrics/signaldetection.h"

#include <QTest>

using namespace attend::metrics;

class TestSignalDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dPrimeAndCriterionMatchScipy_data();
    void dPrimeAndCriterionMatchScipy();
    void halfTrialRuleByHand();
    void aPrimeByHand_data();
    void aPrimeByHand();
    void missingTrialKindsGiveNoValue();
};

void TestSignalDetection::dPrimeAndCriterionMatchScipy_data()
{
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("misses");
    QTest::addColumn<int>("fas");
    QTest::addColumn<int>("crs");
    QTest::addColumn<double>("dLogLinear");
    QTest::addColumn<double>("cLogLinear");
    QTest::addColumn<double>("dHalf");
    QTest::addColumn<double>("cHalf");
    const auto rows = attend::testing::readCsv(QStringLiteral("sdt.csv"));
    QVERIFY(rows.size() >= 5);
    for (const auto &r : rows)
        QTest::addRow("%d hits %d misses %d false alarms %d correct rejections",
                      r.integer(QStringLiteral("hits")), r.integer(QStringLiteral("misses")),
                      r.integer(QStringLiteral("false_alarms")),
                      r.integer(QStringLiteral("correct_rejections")))
            << r.integer(QStringLiteral("hits")) << r.integer(QStringLiteral("misses"))
            << r.integer(QStringLiteral("false_alarms"))
            << r.integer(QStringLiteral("correct_rejections"))
            << r.number(QStringLiteral("dprime_loglinear"))
            << r.number(QStringLiteral("c_loglinear")) << r.number(QStringLiteral("dprime_half"))
            << r.number(QStringLiteral("c_half"));
}

void TestSignalDetection::dPrimeAndCriterionMatchScipy()
{
    QFETCH(int, hits);
    QFETCH(int, misses);
    QFETCH(int, fas);
    QFETCH(int, crs);
    QFETCH(double, dLogLinear);
    QFETCH(double, cLogLinear);
    QFETCH(double, dHalf);
    QFETCH(double, cHalf);
    const SdtCounts c{hits, misses, fas, crs};
    QVERIFY(qAbs(dPrime(c).value - dLogLinear) < 1e-9);
    QVERIFY(qAbs(criterion(c).value - cLogLinear) < 1e-9);
    QVERIFY(qAbs(dPrime(c, RateCorrection::HalfTrial).value - dHalf) < 1e-9);
    QVERIFY(qAbs(criterion(c, RateCorrection::HalfTrial).value - cHalf) < 1e-9);
    QCOMPARE(dPrime(c).used, hits + misses + fas + crs);
}

void TestSignalDetection::halfTrialRuleByHand()
{
    // 25/25 hits and 0/25 false alarms: H = 1 − 1/50 = 0.98, F = 0.02, so d′ = 2·z(0.98)
    // = 2 × 2.0537489 and c = 0.
    const SdtCounts c{25, 0, 0, 25};
    const CorrectedRates r = correctedRates(c, RateCorrection::HalfTrial);
    QCOMPARE(r.hit, 0.98);
    QCOMPARE(r.falseAlarm, 0.02);
    QVERIFY(qAbs(dPrime(c, RateCorrection::HalfTrial).value - 4.1074978) < 1e-6);
    QVERIFY(qAbs(criterion(c, RateCorrection::HalfTrial).value) < 1e-12);
    // Log-linear: H = 25.5/26, F = 0.5/26.
    const CorrectedRates ll = correctedRates(c, RateCorrection::LogLinear);
    QCOMPARE(ll.hit, 25.5 / 26.0);
    QCOMPARE(ll.falseAlarm, 0.5 / 26.0);
}

void TestSignalDetection::aPrimeByHand_data()
{
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("fas");
    QTest::addColumn<double>("expected");
    // H = 0.8, F = 0.12: 0.5 + 0.68 × 1.68 / (4 × 0.8 × 0.88) = 0.5 + 1.1424 / 2.816
    QTest::newRow("H above F uses Grier's formula") << 20 << 3 << 0.5 + 1.1424 / 2.816;
    // H = 0.2, F = 0.6: 0.5 − 0.4 × 1.4 / (4 × 0.6 × 0.8) = 0.5 − 0.56 / 1.92
    QTest::newRow("H below F uses the symmetric branch") << 5 << 15 << 0.5 - 0.56 / 1.92;
    QTest::newRow("H equal to F is chance") << 10 << 10 << 0.5;
    // H = 1, F = 0: 0.5 + 1 × 2 / (4 × 1 × 1) = 1.
    QTest::newRow("perfect performance is one") << 25 << 0 << 1.0;
}

void TestSignalDetection::aPrimeByHand()
{
    QFETCH(int, hits);
    QFETCH(int, fas);
    QFETCH(double, expected);
    const Estimate a = aPrime({hits, 25 - hits, fas, 25 - fas});
    QVERIFY(a.ok());
    QVERIFY2(qAbs(a.value - expected) < 1e-12, qPrintable(QString::number(a.value, 'g', 17)));
}

void TestSignalDetection::missingTrialKindsGiveNoValue()
{
    const SdtCounts onlySignal{3, 2, 0, 0};
    QCOMPARE(dPrime(onlySignal).status, Status::NotEnoughTrials);
    QCOMPARE(aPrime(onlySignal).status, Status::NotEnoughTrials);
    QVERIFY(!dPrime(onlySignal).reason.empty());
    QCOMPARE(falseAlarmRate(onlySignal).status, Status::NotEnoughTrials);
    QCOMPARE(hitRate(onlySignal).value, 0.6);
}

QTEST_APPLESS_MAIN(TestSignalDetection)
#include "tst_signaldetection.moc"
