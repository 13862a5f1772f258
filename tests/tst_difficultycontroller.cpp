#include "adaptive/difficultycontroller.h"
#include "shippedprior.h"
#include "simulation/simulatedparticipant.h"

#include <QTest>
#include <cmath>

using namespace attend;
using attend::adaptive::DifficultyController;
using Prediction = DifficultyController::Prediction;

namespace {

// A model that predicts P(correct) = 1 − level, with a given uncertainty.
DifficultyController::Predictor linearModel(double uncertainty)
{
    return [uncertainty](double level) { return Prediction{1.0 - level, uncertainty}; };
}

} // namespace

class TestDifficultyController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStaircaseDecidesUntilTheModelHasEnoughTrials();
    void theModelPicksTheLevelClosestToTheTargetWithinOneStep();
    void anUncertainModelHandsBackToTheStaircase();
    void explorationIsRare();
    void withTheModelItSettlesOnThePersonsThreshold();
};

void TestDifficultyController::theStaircaseDecidesUntilTheModelHasEnoughTrials()
{
    DifficultyController::Options o;
    o.exploration = 0.0;
    DifficultyController c(o);
    const auto d = c.next(linearModel(0.01), 5);
    QCOMPARE(QString::fromStdString(d.rule), QStringLiteral("staircase"));
    QCOMPARE(d.level, 0.3);
    c.record(true); // weighted up-down: one correct → harder by the up step
    QVERIFY(c.next(linearModel(0.01), 6).level > 0.3);
}

void TestDifficultyController::theModelPicksTheLevelClosestToTheTargetWithinOneStep()
{
    DifficultyController::Options o;
    o.exploration = 0.0;
    o.start = 0.5;
    o.step = 0.05;
    o.maxStep = 0.1;
    DifficultyController c(o);
    // P = 0.85 at level 0.15, but one decision moves at most 0.1: to 0.4.
    auto d = c.next(linearModel(0.01), 100);
    QCOMPARE(QString::fromStdString(d.rule), QStringLiteral("model"));
    QVERIFY(std::abs(d.level - 0.4) < 1e-12);
    QVERIFY(std::abs(d.predictedP - 0.6) < 1e-12);
    d = c.next(linearModel(0.01), 101);
    QVERIFY(std::abs(d.level - 0.3) < 1e-12);
    d = c.next(linearModel(0.01), 102);
    d = c.next(linearModel(0.01), 103);
    // Candidates are 0.05 apart: 0.15 is reachable and exact.
    QVERIFY(std::abs(d.level - 0.15) < 1e-9);
    QVERIFY(std::abs(d.predictedP - 0.85) < 1e-9);
}

void TestDifficultyController::anUncertainModelHandsBackToTheStaircase()
{
    DifficultyController::Options o;
    o.exploration = 0.0;
    DifficultyController c(o);
    QCOMPARE(QString::fromStdString(c.next(linearModel(0.4), 500).rule),
             QStringLiteral("staircase"));
}

void TestDifficultyController::explorationIsRare()
{
    DifficultyController::Options o;
    o.exploration = 0.05;
    o.start = 0.15; // already at the target: the model would stay
    DifficultyController c(o);
    int explored = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
        const auto d = c.next(linearModel(0.01), 100);
        explored += d.rule == "explore";
    }
    // 200 expected; binomial SD ≈ 13.8.
    QVERIFY2(std::abs(explored - 200) < 60, qPrintable(QString::number(explored)));
}

// The shipped prior, online learning and the controller's defaults, on simulated people whose
// true 85 % threshold is known (bisection on their psychometric function, which moves with
// learning and fatigue): over the last 100 trials of each of three sessions of 150, the level
// stays near the threshold and the true P(correct) near the target. Twelve people drawn from the
// population, so one lucky streak cannot decide.
void TestDifficultyController::withTheModelItSettlesOnThePersonsThreshold()
{
    const auto prior = shippedPrior();
    QVERIFY(prior);
    constexpr int kPeople = 12, kSessions = 3, kTrials = 150, kJudged = 100;
    double levelError[kSessions] = {}, absoluteError[kSessions] = {}, trueP[kSessions] = {};
    int byModel = 0;
    for (int k = 0; k < kPeople; ++k) {
        simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(300 + k));
        attention::PerformanceModel model(*prior, {});
        double start = 0.3;
        for (int session = 0; session < kSessions; ++session) {
            person.startSession(session);
            DifficultyController::Options o;
            o.start = start;
            o.seed = std::uint64_t(k * kSessions + session);
            DifficultyController controller(o);
            for (int t = 0; t < kTrials; ++t) {
                const auto predict = [&](double level) {
                    const auto f = model.predict(level, session, t);
                    return Prediction{f.pCorrect, f.uncertainty};
                };
                const auto decision = controller.next(predict, model.seen());
                byModel += decision.rule == "model";
                if (t >= kTrials - kJudged) {
                    const double error = decision.level - person.threshold(0.85);
                    levelError[session] += error / (kPeople * kJudged);
                    absoluteError[session] += std::abs(error) / (kPeople * kJudged);
                    trueP[session] += person.pCorrect(decision.level) / (kPeople * kJudged);
                }
                const auto answer = person.respond(decision.level);
                controller.record(answer.correct);
                model.observe({decision.level, answer.correct, true, answer.rtMs, session, t, -1});
            }
            start = controller.level() - o.maxStep;
        }
    }
    QVERIFY2(byModel > kPeople * kSessions * kTrials / 2, qPrintable(QString::number(byModel)));
    // One candidate step (0.02) moves P(correct) by about 0.02 near the threshold.
    for (int s = 0; s < kSessions; ++s)
        QVERIFY2(std::abs(trueP[s] - 0.85) < 0.03 && std::abs(levelError[s]) < 0.03 &&
                     absoluteError[s] < 0.04,
                 qPrintable(QStringLiteral("session %1: level − threshold %2 (mean |…| %3), "
                                           "true P %4")
                                .arg(s + 1)
                                .arg(levelError[s])
                                .arg(absoluteError[s])
                                .arg(trueP[s])));
}

QTEST_APPLESS_MAIN(TestDifficultyController)
#include "tst_difficultycontroller.moc"
