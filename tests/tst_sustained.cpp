#include "metrics/sustained.h"

#include <QTest>
#include <array>

using namespace attend::metrics;

class TestSustained : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sartMeasuresByHand();
    void noNoGoTrialsGiveNoCommissionRate();
    void quartersAreFloorOfFourIOverN();
};

namespace {

GoNoGoTrial go(double rt)
{
    return {true, true, rt};
}
GoNoGoTrial omission()
{
    return {true, false, 0};
}
GoNoGoTrial withhold()
{
    return {false, false, 0};
}
GoNoGoTrial commission(double rt)
{
    return {false, true, rt};
}

} // namespace

void TestSustained::sartMeasuresByHand()
{
    const std::vector<GoNoGoTrial> trials = {
        go(400), go(420), go(380),         go(360), withhold(), go(450), go(300),    go(320),
        go(280), go(260), commission(250), go(500), omission(), go(50),  withhold(), go(430),
    };
    const SustainedSummary s = summariseSustained(trials);
    QCOMPARE(s.goTrials, 13);
    QCOMPARE(s.noGoTrials, 3);
    QCOMPARE(s.commissions, 1);
    QCOMPARE(s.omissions, 1);
    QCOMPARE(s.anticipations, 1);
    QCOMPARE(s.commissionRate.value, 1.0 / 3.0);
    QCOMPARE(s.omissionRate.value, 1.0 / 13.0);
    QVERIFY(qAbs(s.goRt.mean.value - 4100.0 / 11.0) < 1e-9);
    // Signal = no-go: hits 2 (withholds), misses 1, false alarms 1 (omission), CR 12.
    // Log-linear H = 2.5/4, F = 1.5/14 (scipy: d′ 1.5605061558076954, c 0.4616137139394725).
    QCOMPARE(s.counts.hits, 2);
    QCOMPARE(s.counts.correctRejections, 12);
    QVERIFY(qAbs(s.dPrime.value - 1.5605061558076954) < 1e-9);
    QVERIFY(qAbs(s.criterion.value - 0.4616137139394725) < 1e-9);
    // Quarters of 4: RT 390, 356.67, 346.67, 430 → slope 11 ms/quarter (scipy linregress);
    // errors 0, 0, 1/4, 1/4 → slope 0.1 per quarter.
    QVERIFY(qAbs(s.rtByQuarter.slope - 11.0) < 1e-9);
    QVERIFY(qAbs(s.rtByQuarter.intercept - 353.33333333333337) < 1e-9);
    QVERIFY(qAbs(s.errorsByQuarter.slope - 0.1) < 1e-12);
    // After the commission: 500; after the two withholds: 450 and 430 → 60 ms slower.
    QCOMPARE(s.postErrorSlowing.value, 60.0);
    // Four go trials before the commission: 300, 320, 280, 260 → 290; before the first withhold
    // 400, 420, 380, 360 → 390; the second withhold's window holds a no-go and is skipped.
    QCOMPARE(s.preCommissionRt.value, 290.0);
    QCOMPARE(s.preWithholdRt.value, 390.0);
    QCOMPARE(s.preWithholdRt.used, 1);
    QCOMPARE(s.preCommissionSpeeding.value, -100.0);
}

void TestSustained::noNoGoTrialsGiveNoCommissionRate()
{
    const SustainedSummary s = summariseSustained({go(400), go(410), go(390)});
    QCOMPARE(s.commissionRate.status, Status::NotEnoughTrials);
    QCOMPARE(s.dPrime.status, Status::NotEnoughTrials);
    QCOMPARE(s.preCommissionSpeeding.status, Status::NotEnoughTrials);
    QCOMPARE(s.rtByQuarter.status, Status::NotEnoughTrials);
}

void TestSustained::quartersAreFloorOfFourIOverN()
{
    // n = 225 (the SART): ⌊4i/n⌋ puts trials 0–56 in the first quarter (57 trials), then 56 each.
    std::array<int, 4> sizes{};
    for (std::size_t i = 0; i < 225; ++i)
        ++sizes[vigilanceQuarter(i, 225)];
    QCOMPARE(sizes, (std::array<int, 4>{57, 56, 56, 56}));
    // n = 5, RTs 400 400 400 400 800: quarters {0,1} {2} {3} {4} → 400, 400, 400, 800, slope
    // 600 / 5 = 120 ms per quarter (with boundaries at ⌊qn/4⌋ it would be 60).
    const SustainedSummary s = summariseSustained({go(400), go(400), go(400), go(400), go(800)});
    QVERIFY(qAbs(s.rtByQuarter.slope - 120.0) < 1e-9);
}

QTEST_APPLESS_MAIN(TestSustained)
#include "tst_sustained.moc"
