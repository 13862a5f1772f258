#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace attend;

class TestTrialRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aTrialRoundTripsEveryField();
    void aTrialWithoutResponseStoresNulls();
    void aTrialForAMissingSessionIsRefused();

private:
    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
    qint64 m_session = 0;
};

void TestTrialRepository::init()
{
    m_store = std::make_unique<testing::TestStore>();
    m_db = testing::openOrFail(m_store->location(QStringLiteral("t.sqlite")));
    QVERIFY(m_db);
    NewSession s;
    s.participantId = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
    s.exercise = QStringLiteral("search");
    m_session = SessionRepository(*m_db).start(s).value();
}

void TestTrialRepository::cleanup()
{
    m_db.reset();
    m_store.reset();
}

void TestTrialRepository::aTrialRoundTripsEveryField()
{
    TrialRecord t;
    t.block = 2;
    t.index = 17;
    t.practice = true;
    t.condition = "conjunction";
    t.difficulty = 0.625;
    t.stimulus = R"({"setSize":16,"present":true})";
    t.requestedOnsetNs = 5'000'000'000;
    t.onsetNs = 5'000'412'000;
    t.framesShown = 3;
    t.response = "f";
    t.responseNs = 5'612'912'345;
    t.correct = true;
    t.flags = LateFrame | AutoRepeatIgnored;
    t.predictedCorrect = 0.83;
    t.predictedRtMs = 640.5;
    t.controllerRule = "staircase";
    auto id = TrialRepository(*m_db).insert(m_session, t);
    QVERIFY(id);

    const auto stored = TrialRepository(*m_db).forSession(m_session).value();
    QCOMPARE(stored.size(), std::size_t(1));
    const TrialRecord &r = stored.front();
    QCOMPARE(r.task, std::string("search"));
    QCOMPARE(r.block, 2);
    QCOMPARE(r.index, 17);
    QVERIFY(r.practice);
    QCOMPARE(r.condition, t.condition);
    QCOMPARE(r.difficulty, 0.625);
    QCOMPARE(r.stimulus, t.stimulus);
    QCOMPARE(r.requestedOnsetNs, t.requestedOnsetNs);
    QCOMPARE(r.onsetNs, t.onsetNs);
    QCOMPARE(r.framesShown, 3);
    QCOMPARE(r.response, std::string("f"));
    QCOMPARE(r.responseNs, t.responseNs);
    QVERIFY(r.correct);
    QCOMPARE(r.flags, std::uint32_t(LateFrame | AutoRepeatIgnored));
    QCOMPARE(r.predictedCorrect, 0.83);
    QCOMPARE(r.predictedRtMs, 640.5);
    QCOMPARE(r.controllerRule, std::string("staircase"));

    // rt_ms column: (5'612'912'345 - 5'000'412'000) ns = 612.500345 ms.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT rt_ms FROM trials")) && q.next());
    QCOMPARE(q.value(0).toDouble(), 612.500345);
}

void TestTrialRepository::aTrialWithoutResponseStoresNulls()
{
    TrialRecord t;
    t.onsetNs = 1000;
    t.flags = NoResponse;
    QVERIFY(TrialRepository(*m_db).insert(m_session, t));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT response_ns, rt_ms, predicted_correct, "
                                  "requested_onset_ns FROM trials")) &&
            q.next());
    for (int column = 0; column < 4; ++column)
        QVERIFY2(q.value(column).isNull(), qPrintable(QString::number(column)));
    const TrialRecord back = TrialRepository(*m_db).forSession(m_session).value().front();
    QVERIFY(!back.responseNs);
    QVERIFY(!back.predictedCorrect);
    QCOMPARE(TrialRepository(*m_db).count().value(), 1);
}

void TestTrialRepository::aTrialForAMissingSessionIsRefused()
{
    auto orphan = TrialRepository(*m_db).insert(m_session + 100, TrialRecord{});
    QVERIFY(!orphan);
    QCOMPARE(TrialRepository(*m_db).count().value(), 0);
    QVERIFY(TrialRepository(*m_db).insert(m_session, TrialRecord{})); // no transaction left open
}

QTEST_GUILESS_MAIN(TestTrialRepository)
#include "tst_trialrepository.moc"
