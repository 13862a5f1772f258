#include "metrics/rtsummary.h"

#include <QTest>

using namespace attend::metrics;

class TestRtSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anticipationsAreRemovedAndCounted();
    void anUpperCutOffRemovesSlowResponses();
    void sdTrimmingRemovesOutliers();
    void evenCountsTakeTheMiddleMean();
    void tooFewValuesSayWhy();
    void inverseEfficiency();
};

void TestRtSummary::anticipationsAreRemovedAndCounted()
{
    // Kept: 300, 400, 500, 2000 → mean 800; deviations −500, −400, −300, 1200 → sum of squares
    // 1 940 000, / 3 → SD √646 666.67 = 804.1559; median (400 + 500) / 2 = 450.
    const RtSummary s = summariseRts({50, 300, 400, 500, 2000});
    QCOMPARE(s.anticipations, 1);
    QCOMPARE(s.mean.value, 800.0);
    QCOMPARE(s.mean.used, 4);
    QCOMPARE(s.mean.excluded, 1);
    QCOMPARE(s.median.value, 450.0);
    QVERIFY(qAbs(s.sd.value - 804.1558721) < 1e-6);
    QVERIFY(qAbs(s.cv.value - 804.1558721 / 800.0) < 1e-9);
}

void TestRtSummary::anUpperCutOffRemovesSlowResponses()
{
    RtCleaning cleaning;
    cleaning.maxMs = 1500.0;
    const RtSummary s = summariseRts({50, 300, 400, 500, 2000}, cleaning);
    QCOMPARE(s.tooSlow, 1);
    QCOMPARE(s.mean.value, 400.0);
    QCOMPARE(s.sd.value, 100.0);
    QCOMPARE(s.cv.value, 0.25);
    QCOMPARE(s.mean.excluded, 2);
}

void TestRtSummary::sdTrimmingRemovesOutliers()
{
    RtCleaning cleaning;
    cleaning.trimSd = 1.0; // 2000 is 1200 from the mean 800, more than one SD (804)
    const RtSummary s = summariseRts({300, 400, 500, 2000}, cleaning);
    QCOMPARE(s.trimmed, 1);
    QCOMPARE(s.kept, (std::vector<double>{300, 400, 500}));
    QCOMPARE(s.mean.value, 400.0);
}

void TestRtSummary::evenCountsTakeTheMiddleMean()
{
    QCOMPARE(summariseRts({900, 100, 300, 700}).median.value, 500.0);
    QCOMPARE(summariseRts({900, 100, 300}).median.value, 300.0);
}

void TestRtSummary::tooFewValuesSayWhy()
{
    const RtSummary none = summariseRts({20, 40});
    QCOMPARE(none.mean.status, Status::NotEnoughTrials);
    QCOMPARE(none.mean.excluded, 2);
    QVERIFY(!none.mean.reason.empty());
    const RtSummary one = summariseRts({400});
    QVERIFY(one.mean.ok());
    QCOMPARE(one.sd.status, Status::NotEnoughTrials);
    QCOMPARE(one.cv.status, Status::NotEnoughTrials);
}

void TestRtSummary::inverseEfficiency()
{
    QCOMPARE(attend::metrics::inverseEfficiency(Estimate::of(600, 40), Estimate::of(0.8, 50)).value,
             750.0);
    QCOMPARE(
        attend::metrics::inverseEfficiency(Estimate::of(600, 40), Estimate::of(0.0, 50)).status,
        Status::Undefined);
}

QTEST_APPLESS_MAIN(TestRtSummary)
#include "tst_rtsummary.moc"
