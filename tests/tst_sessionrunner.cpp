#include "session/sessionrunner.h"
#include "storage/auditrepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"
#include "testexercise.h"
#include "virtualparticipant.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace attend;
using testing::VirtualParticipant;
using State = SessionRunner::State;

namespace {

QString statusOf(Database &db, qint64 session)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status FROM sessions WHERE id = ?"));
    q.addBindValue(session);
    q.exec();
    q.next();
    return q.value(0).toString();
}

} // namespace

class TestSessionRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aWholeSessionRunsThroughEveryStage();
    void theSameSeedGivesTheSameTrials();
    void pauseDropsTheTrialInFlightAndShowsItAgain();
    void quittingAbortsAndKeepsEveryTrial();
    void aKilledSessionResumesAtItsUnfinishedBlock();
    void aSessionLeftRunningCanBeClosedAsInterrupted();
    void timingFlagsAreStored();
    void aLateTrialIsRepeatedWhenItsParadigmAsks();
    void theSummaryKnowsTheLastSessionsResult();
    void aTrialLimitCapsTheBlocks();
    void practiceRepeatsAtMostTwiceMore();
    void aSessionOfSetLengthEndsAtTheBlockBoundaryNearestToIt_data();
    void aSessionOfSetLengthEndsAtTheBlockBoundaryNearestToIt();
    void badCallsAreRefused();
    void trainingGivesTheFeedbackItsParametersAsk_data();
    void trainingGivesTheFeedbackItsParametersAsk();
    void aLockedDatabaseLosesNoTrial();

private:
    std::unique_ptr<SessionRunner> makeRunner()
    {
        return std::make_unique<SessionRunner>(*m_db, m_exercise);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    testing::TestExercise m_exercise;
    qint64 m_participant = 0;
};

void TestSessionRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Database::Options options;
    options.busyTimeoutMs = 100;
    m_db = testing::openOrFail(m_dir->filePath(QStringLiteral("r.sqlite")), options);
    QVERIFY(m_db);
    m_participant = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
}

void TestSessionRunner::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSessionRunner::aWholeSessionRunsThroughEveryStage()
{
    auto runner = makeRunner();
    QSignalSpy states(runner.get(), &SessionRunner::stateChanged);
    QSignalSpy feedback(runner.get(), &SessionRunner::feedback);
    SessionRunner::Options options;
    options.seed = 7;
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
    QCOMPARE(runner->state(), State::Instructions);
    QVERIFY(runner->proceed());
    QCOMPARE(runner->state(), State::Practice);

    VirtualParticipant person;
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), false)));
    QCOMPARE(feedback.count(), 2);
    QCOMPARE(feedback.at(0).at(0).toBool(), true);
    QCOMPARE(feedback.at(1).at(0).toBool(), false);
    QCOMPARE(runner->state(), State::PracticeDone);
    // 1 of 2 is under the 80 % criterion: the practice runs again, with new trials (3 and 4).
    QCOMPARE(runner->practiceRight(), 1);
    QVERIFY(runner->practiceAgain());
    QVERIFY(runner->proceed());
    QCOMPARE(runner->state(), State::Practice);
    QCOMPARE(runner->currentTrial().index, 2);
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QCOMPARE(runner->state(), State::PracticeDone);
    QVERIFY(!runner->practiceAgain());
    QVERIFY(runner->proceed());
    QCOMPARE(runner->state(), State::Block);
    QCOMPARE(runner->currentBlock(), 1);
    for (int i = 0; i < 3; ++i)
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QCOMPARE(runner->state(), State::Break);
    QVERIFY(runner->proceed());
    QCOMPARE(runner->currentBlock(), 2);
    for (int i = 0; i < 3; ++i)
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), i != 1)));
    QCOMPARE(runner->state(), State::Summary);
    // Accuracy over the six block trials: 5 correct (practice excluded).
    QCOMPARE(runner->summary().size(), std::size_t(1));
    QCOMPARE(runner->summary().front().value, 5.0 / 6.0);
    QVERIFY(runner->proceed());
    QCOMPARE(runner->state(), State::Finished);

    QCOMPARE(statusOf(*m_db, runner->sessionId()), QStringLiteral("completed"));
    const auto trials = TrialRepository(*m_db).forSession(runner->sessionId()).value();
    QCOMPARE(trials.size(), std::size_t(10));
    QVERIFY(trials[0].practice && trials[3].practice && !trials[4].practice);
    QCOMPARE(trials[3].index, 3);
    QCOMPARE(trials[4].block, 1);
    QCOMPARE(trials[9].block, 2);
    QCOMPARE(trials[9].index, 2);
    QCOMPARE(*trials[4].rtMs(), 450.0);
    QCOMPARE(*trials[4].onsetNs - *trials[4].requestedOnsetNs, 200'000);
    QVERIFY(!trials[8].correct);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT summary_json, rng_seed FROM sessions")) && q.next());
    const QJsonObject summary = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    QCOMPARE(summary.value(u"accuracy").toObject().value(u"value").toDouble(), 5.0 / 6.0);
    QCOMPARE(q.value(1).toInt(), 7);
    const QList<State> expected = {State::Instructions, State::Practice,     State::PracticeDone,
                                   State::Practice,     State::PracticeDone, State::Block,
                                   State::Break,        State::Block,        State::Summary,
                                   State::Finished};
    QCOMPARE(states.count(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(states.at(i).at(0).value<State>(), expected.at(i));
}

void TestSessionRunner::theSameSeedGivesTheSameTrials()
{
    const auto stimuli = [&](quint32 seed) {
        auto runner = makeRunner();
        SessionRunner::Options options;
        options.seed = seed;
        options.instructions = false;
        options.practice = false;
        QStringList seen;
        VirtualParticipant person;
        if (!runner->start(m_participant, SessionMode::Assessment, options))
            return seen;
        while (runner->inTrial()) {
            seen << QString::fromUtf8(QJsonDocument(runner->currentTrial().stimulus).toJson());
            if (!runner->completeTrial(person.answer(runner->currentTrial(), true)))
                break;
            if (runner->state() == State::Break)
                (void)runner->proceed();
        }
        return seen;
    };
    const QStringList a = stimuli(11), b = stimuli(11), c = stimuli(12);
    QCOMPARE(a.size(), 6);
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestSessionRunner::pauseDropsTheTrialInFlightAndShowsItAgain()
{
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    QVERIFY(runner->start(m_participant, SessionMode::Training, options));
    QSignalSpy shown(runner.get(), &SessionRunner::trialReady);
    const TrialSpec before = runner->currentTrial();
    runner->pause();
    QVERIFY(runner->paused());
    VirtualParticipant person;
    QVERIFY(!runner->completeTrial(person.answer(before, true))); // nothing is on screen
    QVERIFY(runner->proceed());                                   // ignored while paused
    QCOMPARE(runner->state(), State::Practice);
    runner->unpause();
    QCOMPARE(shown.count(), 1);
    const TrialSpec again = shown.at(0).at(0).value<TrialSpec>();
    QCOMPARE(again.stimulus, before.stimulus);
    QCOMPARE(again.index, 0);
    QCOMPARE(TrialRepository(*m_db).count().value(), 0);
}

void TestSessionRunner::quittingAbortsAndKeepsEveryTrial()
{
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    options.practice = false;
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
    VirtualParticipant person;
    for (int i = 0; i < 3; ++i)
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    runner->pause();
    QVERIFY(runner->quit());
    QCOMPARE(runner->state(), State::Finished);
    QCOMPARE(statusOf(*m_db, runner->sessionId()), QStringLiteral("aborted"));
    QCOMPARE(TrialRepository(*m_db).count().value(), 3);
}

void TestSessionRunner::aKilledSessionResumesAtItsUnfinishedBlock()
{
    qint64 session = 0;
    TrialSpec firstOfBlockTwo;
    {
        auto runner = makeRunner();
        SessionRunner::Options options;
        options.seed = 99;
        options.instructions = false;
        QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
        session = runner->sessionId();
        VirtualParticipant person;
        while (runner->currentBlock() < 2 || runner->state() != State::Block) {
            if (runner->inTrial())
                QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
            else
                QVERIFY(runner->proceed());
        }
        firstOfBlockTwo = runner->currentTrial();
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
        // The program dies here: no finish, no quit.
    }
    QCOMPARE(statusOf(*m_db, session), QStringLiteral("running"));
    QCOMPARE(TrialRepository(*m_db).count().value(), 6); // 2 practice, 3 + 1

    auto runner = makeRunner();
    QVERIFY(runner->resume(session, {}));
    QCOMPARE(runner->state(), State::Instructions); // shown again
    QVERIFY(runner->proceed());
    QCOMPARE(runner->state(), State::Block);
    QCOMPARE(runner->currentBlock(), 2);
    QCOMPARE(runner->currentTrial().index, 0);
    QCOMPARE(runner->currentTrial().stimulus, firstOfBlockTwo.stimulus); // same seed, same block
    VirtualParticipant person;
    for (int i = 0; i < 3; ++i)
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), i == 0)));
    QCOMPARE(runner->state(), State::Summary);
    // Block 1: 3 correct; block 2 (again): 1 of 3; the superseded trial does not count.
    QCOMPARE(runner->summary().front().value, 4.0 / 6.0);
    QCOMPARE(statusOf(*m_db, session), QStringLiteral("completed"));

    const auto trials = TrialRepository(*m_db).forSession(session).value();
    QCOMPARE(trials.size(), std::size_t(9)); // every trial kept
    QCOMPARE(std::count_if(trials.begin(), trials.end(),
                           [](const TrialRecord &t) { return t.flags & Superseded; }),
             1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT details_json FROM audit WHERE action = "
                                  "'session-resumed'")) &&
            q.next());
    QCOMPARE(QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(u"block").toInt(), 2);
}

void TestSessionRunner::aSessionLeftRunningCanBeClosedAsInterrupted()
{
    // The first block done (2 of 3 right), then the program stops.
    auto runner = makeRunner();
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, {}));
    QVERIFY(runner->proceed());
    VirtualParticipant person;
    for (int i = 0; i < 2; ++i)
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QVERIFY(runner->proceed());
    for (int i = 0; i < 3; ++i)
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), i != 1)));
    const qint64 session = runner->sessionId();
    runner.reset();
    QVERIFY(SessionRunner::closeInterrupted(*m_db, &m_exercise, session));
    QCOMPARE(statusOf(*m_db, session), QStringLiteral("interrupted"));
    QCOMPARE(AuditRepository(*m_db).count().value(), 1);
    // Its measures are those of the trials it stored (practice left out).
    const QJsonObject accuracy = SessionRepository(*m_db)
                                     .load(session)
                                     .value()
                                     .summary.value(QStringLiteral("accuracy"))
                                     .toObject();
    QCOMPARE(accuracy.value(QStringLiteral("value")).toDouble(), 2.0 / 3.0);
    QCOMPARE(SessionRunner::closeInterrupted(*m_db, &m_exercise, session).error().kind(),
             Error::Kind::NotFound);
    QVERIFY(!makeRunner()->resume(session, {})); // no longer running
}

void TestSessionRunner::timingFlagsAreStored()
{
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
    VirtualParticipant person;
    TrialTiming quick = person.answer(runner->currentTrial(), true, 80.0);
    quick.lateFrame = true;
    quick.autoRepeatIgnored = true;
    QVERIFY(runner->completeTrial(quick));
    TrialTiming none = person.answer(runner->currentTrial(), true);
    none.response.clear();
    QVERIFY(runner->completeTrial(none));
    const auto trials = TrialRepository(*m_db).forSession(runner->sessionId()).value();
    QCOMPARE(trials[0].flags, std::uint32_t(LateFrame | AutoRepeatIgnored | Anticipation));
    QCOMPARE(trials[1].flags, std::uint32_t(NoResponse));
    QVERIFY(!trials[1].correct);
    QVERIFY(!trials[1].responseNs);
}

void TestSessionRunner::aLateTrialIsRepeatedWhenItsParadigmAsks()
{
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    options.practice = false;
    options.parameterOverrides = {{QStringLiteral("repeat_if_late"), true}};
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
    QSignalSpy shown(runner.get(), &SessionRunner::trialReady);
    VirtualParticipant person;
    const TrialSpec first = runner->currentTrial();
    TrialTiming late = person.answer(first, true);
    late.lateFrame = true;
    QVERIFY(runner->completeTrial(late));
    // The same trial again, the block not advanced.
    QCOMPARE(shown.count(), 1);
    QCOMPARE(runner->currentTrial().index, 0);
    QCOMPARE(runner->currentTrial().stimulus, first.stimulus);
    for (int i = 0; i < 6; ++i) {
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), i != 0)));
        if (runner->state() == State::Break)
            QVERIFY(runner->proceed());
    }
    QCOMPARE(runner->state(), State::Summary);
    const auto trials = TrialRepository(*m_db).forSession(runner->sessionId()).value();
    QCOMPARE(trials.size(), std::size_t(7)); // the late showing is kept
    QCOMPARE(trials[0].flags & Repeated, std::uint32_t(Repeated));
    QCOMPARE(trials[1].index, 0);
    QCOMPARE(trials[1].flags & Repeated, std::uint32_t(0));
    // The summary counts the six proper trials only: 5 correct (the repeat answered wrongly).
    QCOMPARE(runner->summary().front().value, 5.0 / 6.0);
}

void TestSessionRunner::theSummaryKnowsTheLastSessionsResult()
{
    SessionRunner::Options options;
    options.instructions = false;
    options.practice = false;
    VirtualParticipant person;
    // Three assessments: 3 of 6 right, then all 6, then 3 of 6 again; each compares with the
    // one just before, not with the first, and knows the best before it.
    const std::vector<bool> allRight{false, true, false};
    std::vector<double> accuracy;
    for (std::size_t session = 0; session < allRight.size(); ++session) {
        auto runner = makeRunner();
        QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
        int i = 0;
        while (runner->state() != State::Summary) {
            if (runner->state() == State::Break) {
                QVERIFY(runner->proceed());
                continue;
            }
            QVERIFY(runner->completeTrial(
                person.answer(runner->currentTrial(), allRight[session] || i++ % 2 == 0)));
        }
        if (session == 0) {
            QVERIFY(!runner->lastSessionValue()); // nothing earlier to compare with
            QVERIFY(!runner->bestSessionValue());
        } else {
            QCOMPARE(runner->lastSessionValue().value_or(-1), accuracy.back());
            // The best of the earlier ones: 0.5, then 1.0 (the second), not the latest 0.5.
            QCOMPARE(runner->bestSessionValue().value_or(-1), session == 1 ? 0.5 : 1.0);
        }
        accuracy.push_back(runner->summary().front().value);
    }
    QCOMPARE(accuracy, (std::vector<double>{0.5, 1.0, 0.5}));
}

void TestSessionRunner::practiceRepeatsAtMostTwiceMore()
{
    auto runner = makeRunner();
    QSignalSpy feedback(runner.get(), &SessionRunner::feedback);
    SessionRunner::Options options;
    options.instructions = false;
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
    VirtualParticipant person;
    int rounds = 0;
    while (runner->state() == State::Practice) {
        ++rounds;
        for (int i = 0; i < 2; ++i) { // no answer at all: too slow, not wrong
            TrialTiming timing = person.answer(runner->currentTrial(), false);
            timing.response.clear();
            timing.responseNs.reset();
            QVERIFY(runner->completeTrial(timing));
        }
        QCOMPARE(runner->state(), State::PracticeDone);
        QCOMPARE(runner->practiceRight(), 0);
        QCOMPARE(runner->practiceAgain(), rounds < 3);
        QVERIFY(runner->proceed());
    }
    QCOMPARE(rounds, 3); // the first and two more
    QCOMPARE(runner->state(), State::Block);
    QCOMPARE(feedback.count(), 6);
    QCOMPARE(feedback.at(0).at(1).toBool(), false); // not responded: "too slow"
}

void TestSessionRunner::aTrialLimitCapsTheBlocks()
{
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    options.practice = false;
    options.trialLimit = 4;
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
    QCOMPARE(runner->blockCount(), 2);
    QCOMPARE(runner->trialsInCurrentBlock(), 3);
    VirtualParticipant person;
    for (int i = 0; i < 3; ++i)
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QVERIFY(runner->proceed());
    QCOMPARE(runner->trialsInCurrentBlock(), 1);
    QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
    QCOMPARE(runner->state(), State::Summary);
    QCOMPARE(TrialRepository(*m_db).count().value(), 4);
}

void TestSessionRunner::aSessionOfSetLengthEndsAtTheBlockBoundaryNearestToIt_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<int>("blocks");
    // Trials 1 s apart, answered 0.45 s after onset: block k (3 trials) ends at 3k + 0.45 s.
    const int training = int(SessionMode::Training), assessment = int(SessionMode::Assessment);
    // 15 s: the ends at 12.45 s and 15.45 s are 2.55 s and 0.45 s away, so 5 blocks.
    QTest::newRow("15 s of training run five blocks of three") << training << 0.25 << 5;
    // The next block's end is estimated by the mean block so far: after three, 9.45 + 3.15.
    // 11.2 s: 12.6 is 1.4 s over, 9.45 is 1.75 s short, so a fourth block; 11.0 s: 1.6 s
    // over against 1.55 s short, so three.
    QTest::newRow("11.2 s of training run four blocks") << training << 11.2 / 60.0 << 4;
    QTest::newRow("11.0 s of training run three blocks") << training << 11.0 / 60.0 << 3;
    // Shorter than its plan of two blocks: it still ends at a block boundary (after one).
    QTest::newRow("4 s of training end after the first block") << training << 4.0 / 60.0 << 1;
    QTest::newRow("an assessment keeps its protocol's two blocks") << assessment << 0.25 << 2;
}

void TestSessionRunner::aSessionOfSetLengthEndsAtTheBlockBoundaryNearestToIt()
{
    QFETCH(int, mode);
    QFETCH(double, minutes);
    QFETCH(int, blocks);
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    options.practice = false;
    options.parameterOverrides = {{QStringLiteral("session_minutes"), minutes}};
    QVERIFY(runner->start(m_participant, SessionMode(mode), options));
    VirtualParticipant person;
    int trials = 0;
    while (runner->state() != State::Summary && trials < 100) {
        if (runner->state() == State::Break)
            QVERIFY(runner->proceed());
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), true)));
        ++trials;
    }
    QCOMPARE(runner->state(), State::Summary);
    QCOMPARE(trials, 3 * blocks);
    QCOMPARE(runner->currentBlock(), blocks);
    QCOMPARE(statusOf(*m_db, runner->sessionId()), QStringLiteral("completed"));
    auto stored = SessionRepository(*m_db).forParticipant(m_participant);
    QVERIFY(!stored.value().front().partial); // its length is its protocol
}

void TestSessionRunner::badCallsAreRefused()
{
    auto runner = makeRunner();
    QVERIFY(!runner->completeTrial({}));                     // not started
    QVERIFY(!runner->resume(12345, {}));                     // no such session
    QVERIFY(!runner->start(0, SessionMode::Assessment, {})); // no participant: only timing checks
    testing::TestExercise other(QStringLiteral("other"));
    SessionRunner first(*m_db, other);
    QVERIFY(first.start(m_participant, SessionMode::Assessment, {}));
    QVERIFY(!runner->resume(first.sessionId(), {})); // a different exercise's session
}

void TestSessionRunner::aLockedDatabaseLosesNoTrial()
{
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    QVERIFY(runner->start(m_participant, SessionMode::Assessment, options));
    VirtualParticipant person;
    const TrialTiming timing = person.answer(runner->currentTrial(), true);
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_db->location());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto refused = runner->completeTrial(timing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Locked);
        QCOMPARE(runner->currentTrial().index, 0); // still the same trial
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(runner->completeTrial(timing)); // the same trial, saved now
    QCOMPARE(TrialRepository(*m_db).count().value(), 1);
    QCOMPARE(runner->currentTrial().index, 1);
}

void TestSessionRunner::trainingGivesTheFeedbackItsParametersAsk_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("feedback");
    QTest::addColumn<int>("expected"); // of the three block trials: right, wrong, right
    const int training = int(SessionMode::Training), assessment = int(SessionMode::Assessment);
    QTest::newRow("training with feedback on every trial") << training << "all" << 3;
    QTest::newRow("training with feedback on errors only") << training << "errors" << 1;
    QTest::newRow("training without feedback") << training << "none" << 0;
    QTest::newRow("an assessment never, whatever the parameter says") << assessment << "all" << 0;
}

void TestSessionRunner::trainingGivesTheFeedbackItsParametersAsk()
{
    QFETCH(int, mode);
    QFETCH(QString, feedback);
    QFETCH(int, expected);
    auto runner = makeRunner();
    SessionRunner::Options options;
    options.instructions = false;
    options.practice = false;
    options.parameterOverrides = {{QStringLiteral("feedback"), feedback}};
    QVERIFY(runner->start(m_participant, SessionMode(mode), options));
    QSignalSpy told(runner.get(), &SessionRunner::feedback);
    VirtualParticipant person;
    for (bool right : {true, false, true})
        QVERIFY(runner->completeTrial(person.answer(runner->currentTrial(), right)));
    QCOMPARE(told.count(), expected);
    if (feedback == u"errors" && expected == 1)
        QCOMPARE(told.at(0).at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestSessionRunner)
#include "tst_sessionrunner.moc"
