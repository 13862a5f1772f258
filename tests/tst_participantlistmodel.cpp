#include "exerciseregistry.h"
#include "models/participantlistmodel.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"
#include "testexercise.h"

#include <QJsonObject>

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
    void theOverviewShowsProgressRecencyAndWhatNeedsALook();

private:
    ExerciseRegistry m_registry; // none: no programme, no key measures
};

void TestParticipantListModel::rowsFollowTheDatabase()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db);
    ParticipantListModel model(*db, m_registry);
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
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("P1"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("P2"));
    QCOMPARE(model.index(1, ParticipantListModel::Name).data().toString(), QStringLiteral("Bea"));
    QCOMPARE(model.index(1, 0).data(ParticipantListModel::IdRole).toLongLong(), id);
    QCOMPARE(model.index(1, 0).data(ParticipantListModel::NameRole).toString(),
             QStringLiteral("Bea"));
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

    ParticipantListModel model(*db, m_registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    model.setShowArchived(true);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, 0).data(ParticipantListModel::ArchivedRole).toBool());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("P1 (archived)"));
}

void TestParticipantListModel::namesHideWhileTheLockIsShut()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("n.sqlite")));
    QVERIFY(db && ParticipantRepository(*db).add(QStringLiteral("P2"), QStringLiteral("Bea")));
    ParticipantListModel model(*db, m_registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setShowNames(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ParticipantListModel::Name).data().toString(), QString());
    QCOMPARE(model.index(0, 0).data(ParticipantListModel::NameRole).toString(), QString());
    QCOMPARE(model.index(0, 0).data(ParticipantListModel::SearchRole).toString(),
             QStringLiteral("P2")); // the find box cannot find a hidden name
    model.setShowNames(true);
    QCOMPARE(model.index(0, ParticipantListModel::Name).data().toString(), QStringLiteral("Bea"));
    QCOMPARE(model.index(0, 0).data(ParticipantListModel::SearchRole).toString(),
             QStringLiteral("P2 Bea"));
}

// Issue "clinician's workspace": the overview's columns, from a database worked by hand.
void TestParticipantListModel::theOverviewShowsProgressRecencyAndWhatNeedsALook()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("o.sqlite")));
    QVERIFY(db);
    ExerciseRegistry registry; // the short programme's ids, played by the tests' exercise
    QVERIFY(
        registry.add(std::make_unique<testing::TestExercise>(QStringLiteral("divided-attention"))));
    QVERIFY(registry.add(std::make_unique<testing::TestExercise>(QStringLiteral("visual-search"))));
    ParticipantRepository people(*db);
    const qint64 p1 = people.add(QStringLiteral("P1"), {}).value().id;
    QVERIFY(people.add(QStringLiteral("P2"), {}));
    ProgrammeAssignment a;
    a.programmeId = QStringLiteral("speed-2w");
    a.minutesPerDay = 30;
    a.assignedAt = QDateTime(QDate(2026, 11, 2), QTime(8, 0)).toUTC();
    QVERIFY(ProgrammeRepository(*db).assign(p1, a));
    SessionRepository sessions(*db);
    const QJsonObject failed{
        {QStringLiteral("accuracy"), QJsonObject{{QStringLiteral("ok"), false}}}};
    const QJsonObject fine{{QStringLiteral("accuracy"), QJsonObject{{QStringLiteral("ok"), true}}}};
    const auto add = [&](const char *exercise, SessionMode mode, int day, SessionStatus status,
                         const QJsonObject &summary) {
        NewSession s{p1,
                     QString::fromLatin1(exercise),
                     mode,
                     {},
                     {},
                     1,
                     QDateTime(QDate(2026, 11, day), QTime(10, 0)).toUTC()};
        const qint64 id = sessions.start(s).value();
        if (status != SessionStatus::Running)
            (void)sessions.finish(id, status, summary);
        return id;
    };
    add("divided-attention", SessionMode::Assessment, 2, SessionStatus::Completed, fine);
    add("visual-search", SessionMode::Assessment, 2, SessionStatus::Completed, failed);
    const qint64 dropped =
        add("divided-attention", SessionMode::Training, 4, SessionStatus::Completed, fine);
    QVERIFY(
        sessions.recordPresentation(dropped, {QStringLiteral("qwidget-repaint"), 16.7, 0.1, 3}));
    add("visual-search", SessionMode::Training, 4, SessionStatus::Completed, fine);
    add("visual-search", SessionMode::Training, 3, SessionStatus::Interrupted, fine);

    ParticipantListModel model(*db, registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 10));
    QVERIFY(model.reload());
    QCOMPARE(model.columnCount(), 6);
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ParticipantListModel::Programme),
             QStringLiteral("Speed of processing, two weeks: 1 of 6 days"));
    QCOMPARE(cell(0, ParticipantListModel::LastSession), QStringLiteral("2026-11-04"));
    QCOMPARE(cell(0, ParticipantListModel::DaysSince), QStringLiteral("6"));
    QCOMPARE(cell(0, ParticipantListModel::Flags),
             QStringLiteral("1 interrupted; 1 with dropped frames; 1 without a result"));
    QCOMPARE(cell(1, ParticipantListModel::Programme), QString());
    QCOMPARE(cell(1, ParticipantListModel::LastSession), QStringLiteral("none yet"));
    QCOMPARE(cell(1, ParticipantListModel::DaysSince), QString());
    QCOMPARE(cell(1, ParticipantListModel::Flags), QString());
    // Sorting reads the raw values: 6 days against none (-1), three flags against none.
    const auto sortOf = [&](int row, int column) {
        return model.index(row, column).data(ParticipantListModel::SortRole);
    };
    QCOMPARE(sortOf(0, ParticipantListModel::DaysSince).toLongLong(), 6);
    QCOMPARE(sortOf(1, ParticipantListModel::DaysSince).toLongLong(), -1);
    QCOMPARE(sortOf(0, ParticipantListModel::Flags).toInt(), 3);
    QCOMPARE(model.headerData(ParticipantListModel::Flags, Qt::Horizontal).toString(),
             QStringLiteral("Needs a look"));
}

QTEST_GUILESS_MAIN(TestParticipantListModel)
#include "tst_participantlistmodel.moc"
