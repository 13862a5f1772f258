#include "shippedprior.h"
#include "simulation/simulatedparticipant.h"

#include <QTest>
#include <cmath>

using namespace attend;
using attention::AttentionModel;
using attention::Observation;
using attention::PerformanceModel;

class TestPerformanceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theShippedPriorPredictsWorseWithDifficulty();
    void aPersonsHistoryMovesThePrediction();
    void onlineLearningReducesTheLossOnThePerson();
    void fittingThePriorIsDeterministic();
    void aKindOfTrialThePersonFindsHarderIsPredictedLower();
    void oneKindOfTrialHasNoContrast();
    void aKindsContrastIsItsShrunkLogOddsAgainstAll();
    void theQueryTellsHowMuchHistoryThePersonsRegressionRestsOn();
    void aLargerRecalibrationStepFollowsThePersonSooner();
    void aSlowerPersonsRtIsFollowedWhereTheExerciseAsksForIt();
};

void TestPerformanceModel::theShippedPriorPredictsWorseWithDifficulty()
{
    const auto prior = shippedPrior();
    QVERIFY(prior);
    QCOMPARE(prior->config().queryFeatures, PerformanceModel::kQueryFeatures);
    PerformanceModel model(*prior, {});
    double last = 1.0;
    for (double d = 0.0; d <= 1.0; d += 0.25) {
        const auto f = model.predict(d, 0, 0);
        QVERIFY2(f.pCorrect < last, qPrintable(QString::number(d)));
        QVERIFY(f.rtMs > 200.0 && f.rtMs < 3000.0);
        last = f.pCorrect;
    }
    // No history yet: nothing to judge the predictions by.
    QCOMPARE(model.predict(0.5, 0, 0).uncertainty, 1.0);
}

void TestPerformanceModel::aPersonsHistoryMovesThePrediction()
{
    const auto prior = shippedPrior();
    QVERIFY(prior);
    // Two people with the same trials except the outcomes at difficulty 0.7.
    PerformanceModel strong(*prior, {}), weak(*prior, {});
    for (int i = 0; i < 80; ++i) {
        const double d = i % 2 ? 0.7 : 0.3;
        strong.remember({d, true, true, 600.0, 0, i, -1});
        weak.remember({d, d < 0.5, true, 900.0, 0, i, -1});
    }
    QCOMPARE(strong.seen(), 80);
    const auto s = strong.predict(0.7, 1, 0), w = weak.predict(0.7, 1, 0);
    QVERIFY2(s.pCorrect > w.pCorrect + 0.3,
             qPrintable(QStringLiteral("%1 vs %2").arg(s.pCorrect).arg(w.pCorrect)));
    QVERIFY(s.rtMs < w.rtMs);
}

void TestPerformanceModel::onlineLearningReducesTheLossOnThePerson()
{
    const auto prior = shippedPrior();
    QVERIFY(prior);
    simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(77));
    const auto trials = person.history(2, 150, 3);
    PerformanceModel learning(*prior, {.rate = 1e-3}), frozen(*prior, {.steps = 0});
    double lossLearning = 0, lossFrozen = 0;
    for (const Observation &o : trials) {
        const double y = o.correct;
        if (o.session == 1) {
            const double a = learning.predict(o.difficulty, o.session, o.trial).pCorrect;
            const double b = frozen.predict(o.difficulty, o.session, o.trial).pCorrect;
            lossLearning += (a - y) * (a - y);
            lossFrozen += (b - y) * (b - y);
        }
        learning.observe(o);
        frozen.observe(o);
    }
    // Both see the same history; only the weights differ. Learning must not make it worse by
    // more than noise, and the weights must have moved.
    QVERIFY2(lossLearning < lossFrozen * 1.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(lossLearning).arg(lossFrozen)));
    QVERIFY(learning.model().parameters() != frozen.model().parameters());
    QCOMPARE(frozen.model().parameters(), prior->parameters());
}

void TestPerformanceModel::fittingThePriorIsDeterministic()
{
    std::vector<std::vector<Observation>> people;
    for (int p = 0; p < 3; ++p) {
        simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(p));
        people.push_back(person.history(1, 40, std::uint64_t(p)));
    }
    const auto a = PerformanceModel::fitPrior(people, 5, 20, 2);
    const auto b = PerformanceModel::fitPrior(people, 5, 20, 2);
    QCOMPARE(a.serialise(), b.serialise());
    // Fitting moved it from its initial weights.
    AttentionModel initial(PerformanceModel::modelConfig());
    initial.initialise(5);
    QVERIFY(a.parameters() != initial.parameters());
}

void TestPerformanceModel::aKindOfTrialThePersonFindsHarderIsPredictedLower()
{
    // Alternating kinds at one level: "repeat" always right, "switch" right one time in two. The
    // task-switching prior was fitted on trials of several kinds.
    const auto prior = shippedPrior("task-switching");
    PerformanceModel model(*prior, {});
    const int repeatKind = model.kindOf("repeat"), switchKind = model.kindOf("switch");
    QCOMPARE(model.kindOf("repeat"), repeatKind); // a name keeps its number
    for (int i = 0; i < 120; ++i) {
        const bool isSwitch = i % 2 == 1;
        model.observe(
            {0.4, !isSwitch || i % 4 == 1, true, 600.0, 0, i, isSwitch ? switchKind : repeatKind});
    }
    const double repeat = model.predict(0.4, 0, 120, repeatKind).pCorrect;
    const double mixed = model.predict(0.4, 0, 120).pCorrect;
    const double switched = model.predict(0.4, 0, 120, switchKind).pCorrect;
    QVERIFY2(repeat > mixed && mixed > switched,
             qPrintable(QStringLiteral("%1 %2 %3").arg(repeat).arg(mixed).arg(switched)));
    // The kinds differ by 0.5; the prior, fitted on simulated trainees whose kinds differ far
    // less, weighs the kind features modestly, and the per-kind offsets learnt from this
    // person's residuals carry the rest: over a fifth of the difference shows after 120 trials.
    QVERIFY2(repeat - switched > 0.1, qPrintable(QString::number(repeat - switched)));
}

void TestPerformanceModel::oneKindOfTrialHasNoContrast()
{
    // With a single kind there is nothing to tell apart: its contrast (the query's last feature)
    // is 0 however the person does, and every item is of the trial's kind.
    const auto prior = shippedPrior();
    PerformanceModel model(*prior, {});
    const int nogo = model.kindOf("nogo");
    for (int i = 0; i < 60; ++i)
        model.observe({0.5, i % 3 != 0, true, 650.0, 0, i, nogo});
    attend::attention::Example example;
    model.fillExample(example, 0.5, 0, 60, nogo);
    QCOMPARE(example.query(PerformanceModel::kQueryFeatures - 1), 0.0);
    QVERIFY((example.items.row(PerformanceModel::kItemFeatures - 1).array() == 1.0).all());
}

void TestPerformanceModel::aKindsContrastIsItsShrunkLogOddsAgainstAll()
{
    // 20 "repeat" trials all right, 20 "switch" trials 10 right: log odds with half a trial
    // added, repeat ln(20.5/0.5), all ln(30.5/10.5), shrunk by 20/(20 + 10).
    const auto prior = shippedPrior();
    PerformanceModel model(*prior, {});
    const int repeatKind = model.kindOf("repeat"), switchKind = model.kindOf("switch");
    for (int i = 0; i < 40; ++i)
        model.observe({0.5, i % 2 == 0 || i % 4 == 1, true, 600.0, 0, i,
                       i % 2 == 0 ? repeatKind : switchKind});
    attend::attention::Example example;
    model.fillExample(example, 0.5, 0, 40, repeatKind);
    const double expected = 20.0 / 30.0 * (std::log(20.5 / 0.5) - std::log(30.5 / 10.5));
    QVERIFY(std::abs(example.query(PerformanceModel::kQueryFeatures - 1) - expected) < 1e-12);
    model.fillExample(example, 0.5, 0, 40, -1); // a trial of no known kind: no contrast
    QCOMPARE(example.query(PerformanceModel::kQueryFeatures - 1), 0.0);
}

void TestPerformanceModel::theQueryTellsHowMuchHistoryThePersonsRegressionRestsOn()
{
    // The feature before the kind contrast is n / (n + 20) for n trials of history: 0 for a
    // newcomer, 1/3 after 10 trials, 3/4 after 60 — the weight the regression's logit carries.
    const auto prior = shippedPrior();
    PerformanceModel model(*prior, {});
    attend::attention::Example example;
    const int shrink = PerformanceModel::kQueryFeatures - 2;
    model.fillExample(example, 0.5, 0, 0, -1);
    QCOMPARE(example.query(shrink), 0.0);
    for (int i = 0; i < 60; ++i) {
        if (i == 10) {
            model.fillExample(example, 0.5, 0, i, -1);
            QVERIFY(std::abs(example.query(shrink) - 1.0 / 3.0) < 1e-12);
        }
        model.observe({0.5, i % 4 != 0, true, 650.0, 0, i, -1});
    }
    model.fillExample(example, 0.5, 0, 60, -1);
    QCOMPARE(example.query(shrink), 0.75);
}

// Someone right on half of their trials at a level the prior expects most people to get right:
// with the same history the network's prediction is the same in every model, so only the
// recalibration step sets them apart — none leaves the network's optimism, 0.08 pulls it down,
// 0.16 (the go/no-go exercises') further.
void TestPerformanceModel::aLargerRecalibrationStepFollowsThePersonSooner()
{
    const auto prior = shippedPrior();
    QVERIFY(prior);
    PerformanceModel none(*prior, {.recalibration = 0.0}), standard(*prior, {}),
        fast(*prior, {.recalibration = 0.16});
    QCOMPARE(PerformanceModel::Options().recalibration, 0.08);
    const double before = standard.predict(0.2, 0, 0).pCorrect;
    QVERIFY2(before > 0.75, qPrintable(QString::number(before)));
    for (int i = 0; i < 30; ++i)
        for (PerformanceModel *m : {&none, &standard, &fast})
            m->remember({0.2, i % 2 == 0, true, 600.0, 0, i, -1});
    const double p0 = none.predict(0.2, 0, 30).pCorrect, p1 = standard.predict(0.2, 0, 30).pCorrect,
                 p2 = fast.predict(0.2, 0, 30).pCorrect;
    QVERIFY2(p0 > p1 + 0.02 && p1 > p2 + 0.02,
             qPrintable(QStringLiteral("%1 %2 %3").arg(p0).arg(p1).arg(p2)));
    QVERIFY(std::abs(p2 - 0.5) < std::abs(p1 - 0.5));
}

// A go/no-go trainee as the model sees them: no-go trials, withheld four times in five and
// answered, 1.5 SD slower than the population, by the fifth (a commission). With the same
// history the network predicts the same in both models, so their log-RT forecasts differ by the
// recalibration alone: recomputed here from the network's own predictions before each answer
// (the mean residual from twenty trials' worth of none, forgetting at no less than 0.02 a
// trial), and it brings the forecast nearer the person's speed. Without the option the forecast
// is the network's.
void TestPerformanceModel::aSlowerPersonsRtIsFollowedWhereTheExerciseAsksForIt()
{
    const auto prior = shippedPrior();
    QVERIFY(prior);
    const PerformanceModel::Options population;
    PerformanceModel none(*prior, {}), following(*prior, {.rtRecalibration = 0.02});
    const double slowZ = 1.5;
    const double slowMs = std::exp(population.logRtMean + population.logRtSd * slowZ);
    const auto z = [&](double rtMs) {
        return (std::log(rtMs) - population.logRtMean) / population.logRtSd;
    };
    double offset = 0.0;
    int answered = 0;
    for (int i = 0; i < 150; ++i) {
        const bool commission = i % 5 == 4;
        if (commission) {
            const double network = z(none.predict(0.4, 0, i).rtMs);
            offset += std::max(1.0 / (++answered + 20.0), 0.02) * (slowZ - network - offset);
        }
        for (PerformanceModel *m : {&none, &following})
            m->remember({0.4, !commission, commission, commission ? slowMs : 0.0, 0, i, -1});
    }
    const double network = none.predict(0.4, 0, 150).rtMs,
                 followed = following.predict(0.4, 0, 150).rtMs;
    QVERIFY2(std::abs(z(followed) - z(network) - offset) < 1e-9,
             qPrintable(QStringLiteral("%1 %2 %3").arg(z(followed)).arg(z(network)).arg(offset)));
    QVERIFY2(std::abs(followed - slowMs) < std::abs(network - slowMs),
             qPrintable(
                 QStringLiteral("%1 %2 %3 %4").arg(offset).arg(network).arg(followed).arg(slowMs)));
}

QTEST_GUILESS_MAIN(TestPerformanceModel)
#include "tst_performancemodel.moc"
