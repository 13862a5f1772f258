#include "metrics/intervals.h"

#include <QTest>
#include <numeric>

using namespace attend::metrics;

class TestIntervals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneToTenByHand();
    void aRemainderJoinsTheLastBatch();
    void noIntervalWithoutVariationOrLength();
    void wilsonByHand_data();
    void wilsonByHand();
};

// 1…10 in 5 batches: means 1.5, 3.5, 5.5, 7.5, 9.5; their mean 5.5, SD √10, SE √10/√5 = √2;
// t(0.975, 4) = 2.776445 (tables): 5.5 ± 3.926441.
void TestIntervals::oneToTenByHand()
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
void TestIntervals::aRemainderJoinsTheLastBatch()
{
    std::vector<double> series(11);
    std::iota(series.begin(), series.end(), 1.0);
    const auto interval = batchMeansInterval(series, 2);
    QVERIFY(interval);
    QVERIFY(qAbs(interval->first - (5.75 - 12.706205 * 2.75)) < 1e-4);
    QVERIFY(qAbs(interval->second - (5.75 + 12.706205 * 2.75)) < 1e-4);
}

void TestIntervals::noIntervalWithoutVariationOrLength()
{
    QVERIFY(!batchMeansInterval(std::vector<double>(20, 0.4))); // a level that never moved
    QVERIFY(!batchMeansInterval({1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0})); // < 2 per batch
    QVERIFY(!batchMeansInterval({1.0, 2.0, 3.0}, 1));
}

void TestIntervals::wilsonByHand_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("total");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n), z = 1.959964, by hand:
    // 5/25: (0.2 + 0.076829 ± 1.959964 · 0.089088) / 1.153658.
    QTest::newRow("5 of 25") << 5 << 25 << 0.088606 << 0.391310;
    // 0/10: the upper limit z²/n / (1 + z²/n) = 0.384146 / 1.384146 (Brown et al. 2001, Table 1
    // gives the same 0.2775 for n = 10).
    QTest::newRow("none of 10") << 0 << 10 << 0.0 << 0.277533;
    QTest::newRow("all of 10") << 10 << 10 << 0.722467 << 1.0;
}

void TestIntervals::wilsonByHand()
{
    QFETCH(int, count);
    QFETCH(int, total);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto interval = wilsonInterval(count, total);
    QVERIFY(interval);
    QVERIFY2(qAbs(interval->first - low) < 1e-5, qPrintable(QString::number(interval->first)));
    QVERIFY2(qAbs(interval->second - high) < 1e-5, qPrintable(QString::number(interval->second)));
    QVERIFY(!wilsonInterval(0, 0));
    QVERIFY(!wilsonInterval(3, 2));
}

QTEST_APPLESS_MAIN(TestIntervals)
#include "tst_intervals.moc"
