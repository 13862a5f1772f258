// The spool where a session's trials wait while a clinic's server cannot be reached (issue
// #23): what is kept arrives whole, once, and only where its session is.

#include "storage/auditrepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "storage/trialspool.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace attend;

namespace {

// Every field set, nanoseconds beyond 2^53 (where a JSON number would round).
TrialRecord trial(int index)
{
    TrialRecord t;
    t.task = "sart";
    t.block = 1;
    t.index = index;
    t.condition = "nogo";
    t.difficulty = 0.1 * index + 0.05;
    t.stimulus = "{\"digit\":3,\"font_pt\":48,\"label\":\"\u4e09 \\\"q\\\"\"}";
    t.requestedOnsetNs = 9'007'199'254'740'993LL + index;
    t.onsetNs = *t.requestedOnsetNs + 412'001;
    t.framesShown = 15;
    t.response = "space";
    t.responseNs = *t.onsetNs + 351'234'567;
    t.correct = index % 2 == 0;
    t.flags = LateFrame;
    t.predictedCorrect = 0.8125;
    t.predictedRtMs = 412.25;
    t.controllerRule = "model";
    return t;
}

void compareTrials(const TrialRecord &a, const TrialRecord &b)
{
    QCOMPARE(a.block, b.block);
    QCOMPARE(a.index, b.index);
    QCOMPARE(a.practice, b.practice);
    QCOMPARE(a.condition, b.condition);
    QCOMPARE(a.difficulty, b.difficulty);
    QCOMPARE(a.stimulus, b.stimulus);
    QCOMPARE(a.requestedOnsetNs, b.requestedOnsetNs);
    QCOMPARE(a.onsetNs, b.onsetNs);
    QCOMPARE(a.framesShown, b.framesShown);
    QCOMPARE(a.response, b.response);
    QCOMPARE(a.responseNs, b.responseNs);
    QCOMPARE(a.correct, b.correct);
    QCOMPARE(a.flags, b.flags);
    QCOMPARE(a.predictedCorrect, b.predictedCorrect);
    QCOMPARE(a.predictedRtMs, b.predictedRtMs);
    QCOMPARE(a.controllerRule, b.controllerRule);
}

} // namespace

class TestTrialSpool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keptTrialsAndTheEndArriveWholeAndOnce();
    void aTrialTheDatabaseHasAlreadyIsNotStoredAgain();
    void itemsOfAnotherDatabasesSessionStay();
    void anEndForASessionClosedMeanwhileIsDropped();
    void aSpoolThatCannotBeMadeSaysWhere();

private:
    std::unique_ptr<TrialSpool> openSpool();
    qint64 count(const QString &sql) const;

    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
    qint64 m_session = 0;
    QString m_uuid;
};

void TestTrialSpool::init()
{
    m_store = std::make_unique<testing::TestStore>();
    m_db = testing::openOrFail(m_store->location(QStringLiteral("clinic.sqlite")));
    QVERIFY(m_db);
    NewSession s;
    s.participantId = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
    s.exercise = QStringLiteral("sart");
    m_session = SessionRepository(*m_db).start(s).value();
    m_uuid = SessionRepository(*m_db).load(m_session).value().uuid;
    QCOMPARE(m_uuid.size(), 36);
}

void TestTrialSpool::cleanup()
{
    m_db.reset();
    m_store.reset();
}

std::unique_ptr<TrialSpool> TestTrialSpool::openSpool()
{
    auto spool = TrialSpool::open(m_store->folder() + QStringLiteral("/conf/spool.sqlite"));
    if (!spool) {
        qWarning("%s", qPrintable(spool.error().message()));
        return nullptr;
    }
    return std::move(spool).value();
}

qint64 TestTrialSpool::count(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestTrialSpool::keptTrialsAndTheEndArriveWholeAndOnce()
{
    auto spool = openSpool();
    QVERIFY(spool);
    for (int i = 0; i < 3; ++i)
        QVERIFY(spool->keepTrial(m_uuid, trial(i)));
    const QJsonObject summary{{QStringLiteral("accuracy"), 0.5}};
    const QDateTime ended(QDate(2026, 12, 1), QTime(9, 30, 15, 250), Qt::UTC);
    QVERIFY(spool->keepEnd(m_uuid, SessionStatus::Completed, summary, ended));
    QCOMPARE(spool->waiting().value(), 4);
    spool.reset(); // kept on disk: a new program finds them
    spool = openSpool();
    QCOMPARE(spool->waiting().value(), 4);

    auto sent = spool->send(*m_db);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message()));
    QCOMPARE(sent.value().trials, 3);
    QCOMPARE(sent.value().sessions, 1);
    QCOMPARE(spool->waiting().value(), 0);
    const auto stored = TrialRepository(*m_db).forSession(m_session).value();
    QCOMPARE(stored.size(), std::size_t(3));
    for (int i = 0; i < 3; ++i)
        compareTrials(stored[std::size_t(i)], trial(i));
    const StoredSession s = SessionRepository(*m_db).load(m_session).value();
    QCOMPARE(s.status, SessionStatus::Completed);
    QCOMPARE(s.summary, summary);
    QCOMPARE(s.endedAt, ended);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'spool-sent'")), 1);

    sent = spool->send(*m_db); // nothing left: nothing twice
    QCOMPARE(sent.value().trials, 0);
    QCOMPARE(TrialRepository(*m_db).count().value(), 3);
}

// The write that failed may have committed before its answer was lost.
void TestTrialSpool::aTrialTheDatabaseHasAlreadyIsNotStoredAgain()
{
    QVERIFY(TrialRepository(*m_db).insert(m_session, trial(0)));
    auto spool = openSpool();
    QVERIFY(spool->keepTrial(m_uuid, trial(0)));
    QVERIFY(spool->keepTrial(m_uuid, trial(1)));
    QVERIFY(spool->send(*m_db));
    QCOMPARE(TrialRepository(*m_db).count().value(), 2);
    QCOMPARE(spool->waiting().value(), 0);
    QCOMPARE(SessionRepository(*m_db).load(m_session).value().status,
             SessionStatus::Running); // no end was kept
}

void TestTrialSpool::itemsOfAnotherDatabasesSessionStay()
{
    auto spool = openSpool();
    const QString elsewhere = QStringLiteral("0b7f5a9e-3c1d-4e8a-9f00-5d2c6b1a7e42");
    QVERIFY(spool->keepTrial(elsewhere, trial(0)));
    QVERIFY(spool->keepTrial(m_uuid, trial(1)));
    QVERIFY(spool->keepEnd(elsewhere, SessionStatus::Aborted, {}, QDateTime::currentDateTimeUtc()));
    const auto sent = spool->send(*m_db);
    QVERIFY(sent);
    QCOMPARE(sent.value().trials, 1);
    QCOMPARE(spool->waiting().value(), 2);
    QCOMPARE(TrialRepository(*m_db).count().value(), 1);
}

// A clinician closed the session as interrupted while its workstation was cut off: the trials
// still arrive, the session stays as the clinician left it.
void TestTrialSpool::anEndForASessionClosedMeanwhileIsDropped()
{
    QVERIFY(SessionRepository(*m_db).finish(m_session, SessionStatus::Interrupted, {}));
    auto spool = openSpool();
    QVERIFY(spool->keepTrial(m_uuid, trial(0)));
    QVERIFY(spool->keepEnd(m_uuid, SessionStatus::Completed, {}, QDateTime::currentDateTimeUtc()));
    QVERIFY(spool->send(*m_db));
    QCOMPARE(spool->waiting().value(), 0);
    QCOMPARE(TrialRepository(*m_db).count().value(), 1);
    QCOMPARE(SessionRepository(*m_db).load(m_session).value().status, SessionStatus::Interrupted);
}

void TestTrialSpool::aSpoolThatCannotBeMadeSaysWhere()
{
    QFile file(m_store->folder() + QStringLiteral("/a-file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString where = file.fileName() + QStringLiteral("/spool.sqlite");
    const auto spool = TrialSpool::open(where);
    QVERIFY(!spool);
    QCOMPARE(spool.error().kind(), Error::Kind::FolderNotWritable);
    QVERIFY2(spool.error().message().contains(where), qPrintable(spool.error().message()));
}

QTEST_GUILESS_MAIN(TestTrialSpool)
#include "tst_trialspool.moc"
