#include "models/participantlistmodel.h"
#include "storage/participantrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace attend;

class TestParticipantListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheDatabase();
    void archivedRowsOnlyOnRequest();
    void namesHideWhileTheLockIsShut();
};

void TestParticipantListModel::rowsFollowTheDatabase()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db);
    ParticipantListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 0);

    ParticipantRepository repo(*db);
    const qint64 id = repo.add(QStringLiteral("P2"), QStringLiteral("Bea")).value().id;
    QVERIFY(repo.add(QStringLiteral("P1"), QString()));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("P1"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("P2 — Bea"));
    QCOMPARE(model.index(1).data(ParticipantListModel::IdRole).toLongLong(), id);
    QCOMPARE(model.index(1).data(ParticipantListModel::NameRole).toString(), QStringLiteral("Bea"));
    QCOMPARE(model.rowOf(id), 1);
    QCOMPARE(model.rowOf(12345), -1);
}

void TestParticipantListModel::archivedRowsOnlyOnRequest()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db);
    ParticipantRepository repo(*db);
    const qint64 id = repo.add(QStringLiteral("P1"), QString()).value().id;
    QVERIFY(repo.add(QStringLiteral("P2"), QString()));
    QVERIFY(repo.setArchived(id, true));

    ParticipantListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    model.setShowArchived(true);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0).data(ParticipantListModel::ArchivedRole).toBool());
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("P1 (archived)"));
}

void TestParticipantListModel::namesHideWhileTheLockIsShut()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("n.sqlite")));
    QVERIFY(db && ParticipantRepository(*db).add(QStringLiteral("P2"), QStringLiteral("Bea")));
    ParticipantListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setShowNames(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("P2"));
    QCOMPARE(model.index(0).data(ParticipantListModel::NameRole).toString(), QString());
    model.setShowNames(true);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("P2 — Bea"));
}

QTEST_GUILESS_MAIN(TestParticipantListModel)
#include "tst_participantlistmodel.moc"
