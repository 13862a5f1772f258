#include "trialrecord.h"

#include <QTest>
#include <cmath>

using attend::TrialRecord;

class TestTrialRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reactionTimeIsResponseMinusOnsetInMilliseconds_data();
    void reactionTimeIsResponseMinusOnsetInMilliseconds();
    void noResponseHasNoReactionTime();
};

void TestTrialRecord::reactionTimeIsResponseMinusOnsetInMilliseconds_data()
{
    QTest::addColumn<qint64>("onset");
    QTest::addColumn<qint64>("response");
    QTest::addColumn<double>("rt");
    QTest::newRow("a 250 ms response at the session start")
        << qint64(0) << qint64(250'000'000) << 250.0;
    QTest::newRow("sub-millisecond digits are kept")
        << qint64(1'000'000'000) << qint64(1'412'345'678) << 412.345678;
    // Ten hours into a session the nanosecond counts are ~3.6e13: the difference stays exact.
    QTest::newRow("late in a long session")
        << qint64(36'000'000'000'000) << qint64(36'000'000'000'001) << 0.000001;
}

void TestTrialRecord::reactionTimeIsResponseMinusOnsetInMilliseconds()
{
    QFETCH(qint64, onset);
    QFETCH(qint64, response);
    QFETCH(double, rt);
    TrialRecord t;
    t.onsetNs = onset;
    t.responseNs = response;
    QVERIFY(t.responded());
    QCOMPARE(*t.rtMs(), rt);
}

void TestTrialRecord::noResponseHasNoReactionTime()
{
    TrialRecord t;
    t.onsetNs = 5;
    QVERIFY(!t.responded());
    QVERIFY(!t.rtMs());
    t.responseNs = 10;
    t.onsetNs.reset();
    QVERIFY(!t.responded());
}

QTEST_APPLESS_MAIN(TestTrialRecord)
#include "tst_trialrecord.moc"
