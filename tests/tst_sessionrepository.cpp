#include "buildinfo.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace attend;

class TestSessionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aStartedSessionIsRunningWithVersionAndParameters();
    void finishedSessionsAreNoLongerRunning();
    void onlyARunningSessionCanFinish();
    void latestIsTheMostRecentOfThatExercise();
    void countsByStatus();
    void unfinishedSessionsSurviveAReopen();
    void notesAreStoredAndEveryChangeAudited();

private:
    qint64 startSession(const QString &exercise, SessionMode mode = SessionMode::Training);
    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
    qint64 m_participant = 0;
};

void TestSessionRepository::init()
{
    m_store = std::make_unique<testing::TestStore>();
    m_db = testing::openOrFail(m_store->location(QStringLiteral("s.sqlite")));
    QVERIFY(m_db);
    m_participant = ParticipantRepository(*m_db).add(QStringLiteral("P1"), QString()).value().id;
}

void TestSessionRepository::cleanup()
{
    m_db.reset();
    m_store.reset();
}

qint64 TestSessionRepository::startSession(const QString &exercise, SessionMode mode)
{
    NewSession s;
    s.participantId = m_participant;
    s.exercise = exercise;
    s.mode = mode;
    s.parameters = QJsonObject{{QStringLiteral("setSizes"), QStringLiteral("4,8")}};
    s.platform = QJsonObject{{QStringLiteral("os"), QStringLiteral("test")}};
    s.seed = 4'000'000'000u;
    auto id = SessionRepository(*m_db).start(s);
    return id ? id.value() : -1;
}

void TestSessionRepository::aStartedSessionIsRunningWithVersionAndParameters()
{
    const qint64 id = startSession(QStringLiteral("search"));
    QVERIFY(id > 0);
    auto running = SessionRepository(*m_db).running();
    QVERIFY(running);
    QCOMPARE(running.value().size(), 1);
    const SessionInfo &s = running.value().constFirst();
    QCOMPARE(s.id, id);
    QCOMPARE(s.participantCode, QStringLiteral("P1"));
    QCOMPARE(s.mode, SessionMode::Training);
    QCOMPARE(s.status, SessionStatus::Running);
    QVERIFY(!s.endedAt.isValid());

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT app_version, build_id, parameters_json, rng_seed "
                                  "FROM sessions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::fromLatin1(kAttendVersion));
    QCOMPARE(q.value(1).toString(), QString::fromLatin1(kAttendBuildId));
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toByteArray()).object().value(u"setSizes"),
             QJsonValue(QStringLiteral("4,8")));
    QCOMPARE(q.value(3).toLongLong(), 4'000'000'000LL); // the full unsigned 32-bit seed
}

void TestSessionRepository::finishedSessionsAreNoLongerRunning()
{
    const qint64 id = startSession(QStringLiteral("search"));
    QVERIFY(SessionRepository(*m_db).finish(id, SessionStatus::Completed, {}));
    QVERIFY(SessionRepository(*m_db).running().value().isEmpty());
    const auto all = SessionRepository(*m_db).forParticipant(m_participant).value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().status, SessionStatus::Completed);
    QVERIFY(all.constFirst().endedAt >= all.constFirst().startedAt);
}

void TestSessionRepository::onlyARunningSessionCanFinish()
{
    const qint64 id = startSession(QStringLiteral("search"));
    QVERIFY(SessionRepository(*m_db).finish(id, SessionStatus::Aborted, {}));
    auto again = SessionRepository(*m_db).finish(id, SessionStatus::Completed, {});
    QVERIFY(!again);
    QCOMPARE(again.error().kind(), Error::Kind::NotFound);
    QCOMPARE(SessionRepository(*m_db).forParticipant(m_participant).value().constFirst().status,
             SessionStatus::Aborted);
}

void TestSessionRepository::latestIsTheMostRecentOfThatExercise()
{
    QVERIFY(!SessionRepository(*m_db).latest(m_participant, QStringLiteral("search")).value());
    const qint64 a = startSession(QStringLiteral("search"), SessionMode::Assessment);
    QVERIFY(SessionRepository(*m_db).finish(a, SessionStatus::Completed, {}));
    const qint64 b = startSession(QStringLiteral("search"));
    startSession(QStringLiteral("sart"));
    TrialRecord t;
    QVERIFY(TrialRepository(*m_db).insert(b, t));
    QVERIFY(TrialRepository(*m_db).insert(b, t));
    const auto latest = SessionRepository(*m_db).latest(m_participant, QStringLiteral("search"));
    QVERIFY(latest.value());
    QCOMPARE(latest.value()->id, b);
    QCOMPARE(latest.value()->trialCount, 2);
}

void TestSessionRepository::countsByStatus()
{
    const qint64 a = startSession(QStringLiteral("x"));
    const qint64 b = startSession(QStringLiteral("x"));
    startSession(QStringLiteral("x"));
    QVERIFY(SessionRepository(*m_db).finish(a, SessionStatus::Completed, {}));
    QVERIFY(SessionRepository(*m_db).finish(b, SessionStatus::Interrupted, {}));
    const auto counts = SessionRepository(*m_db).countByStatus().value();
    QCOMPARE(counts.value(SessionStatus::Completed), 1);
    QCOMPARE(counts.value(SessionStatus::Interrupted), 1);
    QCOMPARE(counts.value(SessionStatus::Running), 1);
    QCOMPARE(counts.value(SessionStatus::Aborted), 0);
}

void TestSessionRepository::unfinishedSessionsSurviveAReopen()
{
    const qint64 id = startSession(QStringLiteral("x"));
    const QString path = m_db->location();
    m_db.reset();
    m_db = testing::openOrFail(path);
    QVERIFY(m_db);
    const auto running = SessionRepository(*m_db).running().value();
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.constFirst().id, id);
}

void TestSessionRepository::notesAreStoredAndEveryChangeAudited()
{
    const qint64 id = startSession(QStringLiteral("sart"));
    SessionRepository repo(*m_db);
    QCOMPARE(repo.load(id).value().notes, QString());
    QVERIFY(repo.setNotes(id, QStringLiteral("Phone rang in block 2")));
    QVERIFY(repo.setNotes(id, QStringLiteral("Phone rang in block 2; repeated")));
    QCOMPARE(repo.load(id).value().notes, QStringLiteral("Phone rang in block 2; repeated"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT details_json FROM audit WHERE action = "
                                  "'session-notes-changed' ORDER BY id")));
    QStringList logged;
    while (q.next())
        logged << q.value(0).toString();
    QCOMPARE(logged.size(), 2); // both versions kept
    QVERIFY(logged.front().contains(QStringLiteral("Phone rang in block 2\"")));
    QVERIFY(!repo.setNotes(id + 100, QStringLiteral("x"))); // no such session
}

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_sessionrepository.moc"
