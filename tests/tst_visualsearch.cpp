#include "metrics/visualsearch.h"

#include <QTest>

using namespace attend::metrics;

class TestVisualSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slopesRatesAndExclusionsByHand();
    void aSingleSetSizeGivesNoSlope();
};

void TestVisualSearch::slopesRatesAndExclusionsByHand()
{
    // {set size, present, responded, correct, RT}
    const std::vector<SearchTrial> trials = {
        {4, true, true, true, 500},    {4, true, true, true, 520},
        {4, true, true, false, 450},                                // a miss: not in the RT mean
        {8, true, true, true, 600},    {8, true, true, true, 80},   // anticipation: removed
        {16, true, true, true, 800},   {16, true, false, false, 0}, // deadline passed
        {4, false, true, true, 700},   {8, false, true, true, 900},
        {16, false, true, true, 1300}, {16, false, true, false, 600}, // a false alarm
        {8, false, false, false, 0},
    };
    const SearchSummary s = summariseSearch(trials);
    // Present means 510, 600, 800 at 4, 8, 16 items. Least squares: x̄ = 28/3, ȳ = 1910/3,
    // Sxx = 224/3, Sxy = 5440/3 → slope 170/7 = 24.2857 ms/item, intercept 410 ms
    // (scipy.stats.linregress: r = 0.9996757632986912).
    QCOMPARE(s.present.meanRtBySetSize.at(4).value, 510.0);
    QCOMPARE(s.present.meanRtBySetSize.at(8).value, 600.0);
    QCOMPARE(s.present.meanRtBySetSize.at(8).excluded, 1);
    QVERIFY(qAbs(s.present.fit.slope - 170.0 / 7.0) < 1e-9);
    QVERIFY(qAbs(s.present.fit.intercept - 410.0) < 1e-9);
    QVERIFY(qAbs(s.present.fit.rSquared - 0.9996757632986912 * 0.9996757632986912) < 1e-9);
    // Absent means 700, 900, 1300: exactly 500 + 50 × set size.
    QVERIFY(qAbs(s.absent.fit.slope - 50.0) < 1e-9);
    QVERIFY(qAbs(s.absent.fit.intercept - 500.0) < 1e-9);
    // 10 answered trials, 8 correct; 1 miss of 6 present, 1 false alarm of 4 absent.
    QCOMPARE(s.accuracy.value, 0.8);
    QCOMPARE(s.missRate.value, 1.0 / 6.0);
    QCOMPARE(s.falseAlarmRate.value, 0.25);
    QCOMPARE(s.noResponse, 2);
    QCOMPARE(s.accuracy.excluded, 2);
    // Answered trials per set size: 4 → 3 of 4 right, 8 → 3 of 3, 16 → 2 of 3. Error rates
    // 1/4, 0, 1/3 on 4, 8, 16: Sxy = 8/9, Sxx = 224/3 → 1/84 per item.
    QCOMPARE(s.accuracyBySetSize.at(4).value, 0.75);
    QCOMPARE(s.accuracyBySetSize.at(8).value, 1.0);
    QCOMPARE(s.accuracyBySetSize.at(16).value, 2.0 / 3.0);
    QVERIFY(qAbs(s.errorSlope.slope - 1.0 / 84.0) < 1e-12);
    // Correct RTs without the anticipation: 500 520 600 800 700 900 1300 → 760 ms; / 0.8 = 950.
    QVERIFY(qAbs(s.inverseEfficiency.value - 950.0) < 1e-9);
    // Slopes 50 and 170/7: ratio 2.0588; a present slope under 5 ms/item: no ratio.
    QVERIFY(qAbs(slopeRatio(s).value - 50.0 * 7.0 / 170.0) < 1e-12);
    SearchSummary flat = s;
    flat.present.fit.slope = 4.0;
    QCOMPARE(slopeRatio(flat).status, Status::Undefined);
}

void TestVisualSearch::aSingleSetSizeGivesNoSlope()
{
    const SearchSummary s =
        summariseSearch({{8, true, true, true, 600}, {8, true, true, true, 640}});
    QCOMPARE(s.present.fit.status, Status::NotEnoughTrials);
    QCOMPARE(s.absent.fit.status, Status::NotEnoughTrials);
    QCOMPARE(s.falseAlarmRate.status, Status::NotEnoughTrials);
    QCOMPARE(s.present.meanRtBySetSize.at(8).value, 620.0);
}

QTEST_APPLESS_MAIN(TestVisualSearch)
#include "tst_visualsearch.moc"
