#include "session/trialspec.h"
#include "timing/framepacer.h"

#include <QTest>

using attend::FramePacer;

class TestFramePacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesAreDueEveryPeriod();
    void millisecondsBecomeWholeFrames_data();
    void millisecondsBecomeWholeFrames();
    void lateFramesAndDroppedSlots();
    void intervalStatistics();
};

void TestFramePacer::framesAreDueEveryPeriod()
{
    FramePacer pacer(60.0);
    QCOMPARE(pacer.periodNs(), 16'666'667);
    pacer.startAt(1'000'000'000);
    QCOMPARE(pacer.due(0), 1'000'000'000);
    QCOMPARE(pacer.due(3), 1'000'000'000 + 3 * 16'666'667);
    QCOMPARE(pacer.frameAt(1'000'000'000), 0);
    QCOMPARE(pacer.frameAt(1'000'000'001), 1);
    QCOMPARE(pacer.frameAt(pacer.due(5)), 5);
}

void TestFramePacer::millisecondsBecomeWholeFrames_data()
{
    QTest::addColumn<double>("hz");
    QTest::addColumn<double>("ms");
    QTest::addColumn<int>("frames");
    QTest::newRow("SART digit: 250 ms at 60 Hz is 15 frames") << 60.0 << 250.0 << 15;
    QTest::newRow("SART mask: 900 ms at 60 Hz is 54 frames") << 60.0 << 900.0 << 54;
    QTest::newRow("250 ms at 144 Hz rounds to 36 frames") << 144.0 << 250.0 << 36;
    QTest::newRow("a duration shorter than a frame is still one frame") << 60.0 << 5.0 << 1;
}

void TestFramePacer::millisecondsBecomeWholeFrames()
{
    QFETCH(double, hz);
    QFETCH(double, ms);
    QFETCH(int, frames);
    QCOMPARE(attend::framesFor(ms, hz), frames);
}

void TestFramePacer::lateFramesAndDroppedSlots()
{
    FramePacer pacer(100.0); // 10 ms period
    pacer.startAt(0);
    QVERIFY(!pacer.record(0, 300'000));                // 0.3 ms after due: on time
    QVERIFY(!pacer.record(1, 10'000'000 + 5'000'000)); // exactly half a period: on time
    QVERIFY(pacer.record(2, 20'000'000 + 6'000'000));  // 6 ms late: late, 1 slot lost
    QVERIFY(pacer.record(3, 30'000'000 + 24'000'000)); // 24 ms late: 2 slots lost
    QCOMPARE(pacer.late(), 2);
    QCOMPARE(pacer.dropped(), 3);
    QCOMPARE(pacer.frames(), 4);
    QCOMPARE(pacer.intervalSdMs(), 0.0); // no ticks: nothing measured
}

void TestFramePacer::intervalStatistics()
{
    FramePacer pacer(100.0);
    pacer.startAt(0);
    // Presented at 0, 10, 21, 30 ms: intervals 10, 11, 9 → mean 10, SD 1.
    const qint64 at[] = {0, 10'000'000, 21'000'000, 30'000'000};
    for (int i = 0; i < 4; ++i)
        pacer.tick(i, at[i]);
    QVERIFY(qAbs(pacer.intervalMeanMs() - 10.0) < 1e-12);
    QVERIFY(qAbs(pacer.intervalSdMs() - 1.0) < 1e-12);
    // A new stretch does not measure the gap across the inter-trial interval.
    pacer.startAt(500'000'000);
    pacer.tick(0, 500'000'000);
    pacer.tick(1, 510'000'000);
    QVERIFY(qAbs(pacer.intervalMeanMs() - 10.0) < 1e-12);
}

QTEST_APPLESS_MAIN(TestFramePacer)
#include "tst_framepacer.moc"
