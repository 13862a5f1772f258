#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "handpearson.h"
#include "models/retestreliability.h"
#include "models/splithalfreliability.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"

#include <QTest>
#include <cmath>
#include <set>

using namespace attend;

class TestSplitHalfReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fewerPeopleThanTheFloorGiveNone();
    void theSartCommissionRateByHand();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestSplitHalfReliability::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("split.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
}

void TestSplitHalfReliability::fewerPeopleThanTheFloorGiveNone()
{
    SimulationPlan plan;
    plan.participants = RetestReliability::kMinimumPeople - 1;
    plan.sessions = 1;
    plan.mode = SessionMode::Assessment;
    plan.exercises = {QStringLiteral("sart")};
    plan.resamples = 0; // the intervals play no part here
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
    const auto e = SplitHalfReliability::estimate(*m_db, *m_exercises.find(QStringLiteral("sart")),
                                                  QStringLiteral("commission_rate"));
    QVERIFY(e);
    QCOMPARE(e.value().people, RetestReliability::kMinimumPeople - 1);
    QVERIFY(!e.value().reliability);
}

void TestSplitHalfReliability::theSartCommissionRateByHand()
{
    // One more person brings the database to the floor.
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 1;
    plan.mode = SessionMode::Assessment;
    plan.exercises = {QStringLiteral("sart")};
    plan.resamples = 0;
    plan.seed = 7;
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
    // By hand: each person's first session, the trials that count alternately into two halves,
    // the commission rate of each (presses on no-go trials / no-go trials), Pearson's r across
    // people, then 2r / (1 + r).
    std::vector<double> x, y;
    std::set<qint64> seen;
    const auto sessions =
        SessionRepository(*m_db).completed(QStringLiteral("sart"), SessionMode::Assessment).value();
    for (const SessionInfo &s : sessions) {
        if (!seen.insert(s.participantId).second)
            continue;
        int nogo[2] = {0, 0}, presses[2] = {0, 0}, position = 0;
        const auto trials = TrialRepository(*m_db).forSession(s.id);
        for (const TrialRecord &t : trials.value()) {
            if (!countsTowardsResults(t.flags, t.practice))
                continue;
            const int half = position++ % 2;
            if (t.condition == "nogo") {
                ++nogo[half];
                presses[half] += t.responded();
            }
        }
        x.push_back(double(presses[0]) / nogo[0]);
        y.push_back(double(presses[1]) / nogo[1]);
    }
    QCOMPARE(int(x.size()), RetestReliability::kMinimumPeople);
    const double r = testing::handPearson(x, y);
    const auto e = SplitHalfReliability::estimate(*m_db, *m_exercises.find(QStringLiteral("sart")),
                                                  QStringLiteral("commission_rate"));
    QVERIFY(e && e.value().reliability);
    QCOMPARE(e.value().people, RetestReliability::kMinimumPeople);
    QVERIFY2(std::abs(*e.value().reliability - 2.0 * r / (1.0 + r)) < 1e-12,
             qPrintable(QString::number(*e.value().reliability)));
}

QTEST_GUILESS_MAIN(TestSplitHalfReliability)
#include "tst_splithalfreliability.moc"
