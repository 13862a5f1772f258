#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "stringlist.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace attend;

class TestProgrammeRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theLatestAssignmentIsTheCurrentOne();
    void anUnknownParticipantIsRefused();
};

void TestProgrammeRepository::theLatestAssignmentIsTheCurrentOne()
{
    testing::TestStore store;
    auto db = testing::openOrFail(store.location(QStringLiteral("p.sqlite")));
    QVERIFY(db);
    const qint64 id = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    ProgrammeRepository programmes(*db);
    QCOMPARE(programmes.current(id).value(), std::nullopt);

    ProgrammeAssignment first;
    first.programmeId = QStringLiteral("attention-4w");
    first.minutesPerDay = 30;
    first.exercises = testing::strings({"sart", "visual-search"});
    first.assignedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(programmes.assign(id, first));
    ProgrammeAssignment second = first;
    second.minutesPerDay = 20;
    second.exercises = testing::strings({"sart"});
    QVERIFY(programmes.assign(id, second));

    const auto current = programmes.current(id).value();
    QVERIFY(current);
    QCOMPARE(current->programmeId, QStringLiteral("attention-4w"));
    QCOMPARE(current->minutesPerDay, 20);
    QCOMPARE(current->exercises, testing::strings({"sart"}));
    QCOMPARE(current->assignedAt, first.assignedAt);

    // Both changes are in the audit log, with what was chosen.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(details_json) FROM audit WHERE action = "
                                  "'programme-assigned' AND subject = '%1'")
                       .arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.value(1).toString().contains(QStringLiteral("\"minutes_per_day\":")));
}

void TestProgrammeRepository::anUnknownParticipantIsRefused()
{
    testing::TestStore store;
    auto db = testing::openOrFail(store.location(QStringLiteral("p.sqlite")));
    QVERIFY(db);
    ProgrammeAssignment a;
    a.programmeId = QStringLiteral("speed-2w");
    a.minutesPerDay = 30;
    a.assignedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!ProgrammeRepository(*db).assign(999, a));
    QSqlQuery q(db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'programme-assigned'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // nothing half-recorded
}

QTEST_GUILESS_MAIN(TestProgrammeRepository)
#include "tst_programmerepository.moc"
