#include "metrics/batchmeans.h"

#include <QTest>
#include <numeric>

using namespace attend::metrics;

class TestBatchMeans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneToTenByHand();
    void aRemainderJoinsTheLastBatch();
    void noIntervalWithoutVariationOrLength();
};

// 1…10 in 5 batches: means 1.5, 3.5, 5.5, 7.5, 9.5; their mean 5.5, SD √10, SE √10/√5 = √2;
// t(0.975, 4) = 2.776445 (tables): 5.5 ± 3.926441.
void TestBatchMeans::oneToTenByHand()
{
    std::vector<double> series(10);
    std::iota(series.begin(), series.end(), 1.0);
    const auto interval = batchMeansInterval(series);
    QVERIFY(interval);
    QVERIFY(qAbs(interval->first - (5.5 - 2.776445 * std::sqrt(2.0))) < 1e-5);
    QVERIFY(qAbs(interval->second - (5.5 + 2.776445 * std::sqrt(2.0))) < 1e-5);
}

// 1…11 in 2 batches: 1…5 (mean 3) and 6…11 (mean 8.5); mean 5.75, SE 2.75,
// t(0.975, 1) = 12.706205: 5.75 ± 34.942063.
void TestBatchMeans::aRemainderJoinsTheLastBatch()
{
    std::vector<double> series(11);
    std::iota(series.begin(), series.end(), 1.0);
    const auto interval = batchMeansInterval(series, 2);
    QVERIFY(interval);
    QVERIFY(qAbs(interval->first - (5.75 - 12.706205 * 2.75)) < 1e-4);
    QVERIFY(qAbs(interval->second - (5.75 + 12.706205 * 2.75)) < 1e-4);
}

void TestBatchMeans::noIntervalWithoutVariationOrLength()
{
    QVERIFY(!batchMeansInterval(std::vector<double>(20, 0.4))); // a level that never moved
    QVERIFY(!batchMeansInterval({1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0})); // < 2 per batch
    QVERIFY(!batchMeansInterval({1.0, 2.0, 3.0}, 1));
}

QTEST_APPLESS_MAIN(TestBatchMeans)
#include "tst_batchmeans.moc"
