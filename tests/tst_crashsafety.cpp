#include "storage/trialrepository.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace attend;

// DESIGN.md §3: killing the process at any moment loses at most the trial in flight.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWritersLoseNoCommittedTrial();
};

void TestCrashSafety::killedWritersLoseNoCommittedTrial()
{
    testing::TestStore store; // a file, or a database on the test server
    const QString path = store.location(QStringLiteral("crash.sqlite"));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill schedule seed %u", seed);
    QRandomGenerator random(seed);
    QSet<qint64> reported;
    const int rounds = 25;
    const int early = 5; // rounds that may kill the writer before it has written a trial
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(CRASHWRITER), {path});
        QVERIFY(writer.waitForStarted());
        // Early rounds may kill it while it creates the schema; the others once it writes (a
        // sanitizer build starts it slowly: a timer alone could find it never writing).
        if (round >= early)
            QVERIFY(writer.waitForReadyRead(60000));
        QTest::qWait(int(random.bounded(5, 400)));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Only complete lines count: a line cut by the kill was never fully reported.
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines[i].startsWith("committed "), lines[i].constData());
            reported.insert(lines[i].mid(10).toLongLong());
        }

        auto db = testing::openOrFail(path);
        QVERIFY2(db, "the database could not be opened after a kill");
        QCOMPARE(db->integrityCheck().value(), QStringList{QStringLiteral("ok")});
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT trial_index FROM trials")));
        QSet<qint64> stored;
        while (q.next())
            stored.insert(q.value(0).toLongLong());
        for (qint64 index : std::as_const(reported))
            QVERIFY2(stored.contains(index),
                     qPrintable(QStringLiteral("trial %1 was reported committed but is missing "
                                               "after round %2")
                                    .arg(index)
                                    .arg(round)));
        // At most the one trial in flight may be stored without having been reported.
        QVERIFY(stored.size() - reported.size() <= round + 1);
    }
    QVERIFY2(reported.size() >= rounds, "the writer committed too few trials to test anything");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
