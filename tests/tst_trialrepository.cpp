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
    void oneRepositoryReadsSessionAfterSession();
    void sessionsRecordedTogetherReadApart();
    void aReusedVectorHoldsExactlyTheSession();
    void trialsThatCannotBeReadAreNamed();

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

// A repository kept for many reads (as an export keeps one) prepares its statement once: each
// read sees what was stored before it, of its own session only, by block and index written.
void TestTrialRepository::oneRepositoryReadsSessionAfterSession()
{
    NewSession other;
    other.participantId = ParticipantRepository(*m_db).add(QStringLiteral("P2"), {}).value().id;
    other.exercise = QStringLiteral("sart");
    const qint64 second = SessionRepository(*m_db).start(other).value();
    const auto store = [this](qint64 session, int index) {
        TrialRecord t;
        t.index = index;
        return bool(TrialRepository(*m_db).insert(session, t));
    };
    QVERIFY(store(m_session, 0) && store(second, 5));
    TrialRepository kept(*m_db);
    const auto indices = [&kept](qint64 session, const std::string &task) {
        const auto read = kept.forSession(session, task);
        std::vector<int> out;
        if (!read)
            return out;
        for (const TrialRecord &t : read.value())
            out.push_back(t.index);
        return out;
    };
    QCOMPARE(indices(m_session, "search"), std::vector<int>{0});
    QVERIFY(store(m_session, 1));
    QCOMPARE(indices(m_session, "search"), (std::vector<int>{0, 1}));
    QCOMPARE(indices(second, "sart"), std::vector<int>{5});
    QCOMPARE(kept.forSession(second).value().front().task, std::string("sart"));
    QVERIFY(store(second, 6)); // nothing left open by the reads: writing goes on
}

// Two sessions recorded into one file at once interleave their rows. One whose rows are spread
// far apart (2 trials across 102 rows) is read through the index; one whose rows mostly lie
// together (100 of 102) as its span, skipping the other's: each gets its own trials, in order.
void TestTrialRepository::sessionsRecordedTogetherReadApart()
{
    NewSession other;
    other.participantId = ParticipantRepository(*m_db).add(QStringLiteral("P2"), {}).value().id;
    other.exercise = QStringLiteral("sart");
    const qint64 second = SessionRepository(*m_db).start(other).value();
    TrialRepository trials(*m_db);
    const auto store = [&trials](qint64 session, int index) {
        TrialRecord t;
        t.index = index;
        t.condition = "c" + std::to_string(index);
        return bool(trials.insert(session, t));
    };
    QVERIFY(store(m_session, 1000));
    std::vector<int> secondWritten;
    for (int i = 0; i < 100; ++i) {
        QVERIFY(store(second, i));
        secondWritten.push_back(i);
    }
    QVERIFY(store(m_session, 1001));
    const auto indices = [&trials](qint64 session) {
        std::vector<int> out;
        // A record whose fields came from different rows shows as -1.
        const auto read = trials.forSession(session);
        for (const TrialRecord &t : read.value())
            out.push_back(t.condition == "c" + std::to_string(t.index) ? t.index : -1);
        return out;
    };
    QCOMPARE(indices(m_session), (std::vector<int>{1000, 1001}));
    QCOMPARE(indices(second), secondWritten);
    QCOMPARE(indices(m_session + second + 7), std::vector<int>{}); // no such session: none
}

// A vector that already holds more and longer records than the session (a previous session's)
// ends up holding the session's one trial as a fresh read gives it: no earlier record is left,
// and no field of one (a longer condition, a response, a prediction, an imported RT) survives.
void TestTrialRepository::aReusedVectorHoldsExactlyTheSession()
{
    TrialRecord t;
    t.index = 3;
    t.onsetNs = 2'000'000;
    t.stimulus = R"({"setSize":4})";
    QVERIFY(TrialRepository(*m_db).insert(m_session, t));
    TrialRecord before;
    before.index = 99;
    before.condition = "a condition longer than any written here";
    before.responseNs = 5;
    before.predictedCorrect = 0.5;
    before.importedRtMs = 420.0;
    std::vector<TrialRecord> into(3, before);
    TrialRepository trials(*m_db);
    QVERIFY(trials.readSession(m_session, "search", into));
    const auto fresh = trials.forSession(m_session, "search").value();
    QCOMPARE(into.size(), std::size_t(1));
    QCOMPARE(fresh.size(), std::size_t(1));
    const TrialRecord &r = into.front();
    QCOMPARE(r.index, 3);
    QCOMPARE(r.condition, std::string());
    QCOMPARE(r.stimulus, t.stimulus);
    QCOMPARE(r.onsetNs, t.onsetNs);
    QVERIFY(!r.responseNs && !r.predictedCorrect && !r.importedRtMs);
    QCOMPARE(r.task, fresh.front().task);
    QCOMPARE(r.stimulus, fresh.front().stimulus);
}

// A trials table that is not there (a damaged or foreign file): the message names the read and
// the file, and the session is not taken for one without trials.
void TestTrialRepository::trialsThatCannotBeReadAreNamed()
{
    QVERIFY(TrialRepository(*m_db).insert(m_session, TrialRecord{}));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE trials RENAME TO trials_elsewhere")));
    const auto read = TrialRepository(*m_db).forSession(m_session, "search");
    QVERIFY(!read);
    QCOMPARE(read.error().kind(), Error::Kind::Query);
    QVERIFY2(read.error().message().contains(QStringLiteral("session %1").arg(m_session)) &&
                 read.error().message().contains(m_db->location()),
             qPrintable(read.error().message()));
}

QTEST_GUILESS_MAIN(TestTrialRepository)
#include "tst_trialrepository.moc"
