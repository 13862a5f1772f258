#include "session/adaptivetraining.h"
#include "session/headlessrun.h"
#include "simulation/simulatedparticipant.h"
#include "storage/modelstaterepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"
#include "testexercise.h"

#include <QJsonArray>
#include <QTest>

using namespace attend;

namespace {

// A session of 120 training trials (practice 10) of the test exercise.
SessionRunner::Options trainingOptions(quint32 seed)
{
    SessionRunner::Options options;
    options.seed = seed;
    options.parameterOverrides = {{QStringLiteral("practice"), 10},
                                  {QStringLiteral("blocks"), QJsonArray{60, 60}}};
    return options;
}

// A simulated trainee whose P(correct) falls with the level the controller chose.
Responder trainee(simulation::SimulatedParticipant &person, const Exercise &exercise)
{
    return [&person, &exercise](const TrialSpec &trial) {
        const auto a = person.respond(trial.difficulty);
        return SimulatedAnswer{exercise.simulatedResponse(trial, a.correct), a.rtMs};
    };
}

// As the SART adapts on its no-go trials: training parameters under which only the test
// exercise's "f" trials count.
QJsonObject adaptingOnF()
{
    return {{QStringLiteral("adapt_on_conditions"), QJsonArray{QStringLiteral("f")}}};
}

} // namespace

class TestAdaptiveTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conditionsLoseTheirNumbers();
    void init();
    void cleanup();
    void theStaircaseDecidesUntilTheModelHasSeenEnough();
    void trainingHoldsAccuracyNearTheTarget();
    void theModelIsSavedAndTheNextSessionStartsWhereThisOneEnded();
    void assessmentNeverAdapts();
    void assessmentTrialsStayOutOfTheTrainingHistory();
    void anAssessmentAtATrainingLevelInformsTheModel();
    void onlyTheConditionsNamedInformTheModel();
    void theLevelIsChosenOnThePredictionOfTheKindItAdaptsOn();
    void theSameSeedAndAnswersGiveTheSameLevels();

private:
    // One training session (seed 7, simulated person 9) that adapts on "f" trials only.
    Result<qint64> trainOnF();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    testing::TestExercise m_exercise;
    qint64 m_participant = 0;
};

void TestAdaptiveTraining::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testing::openOrFail(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(m_db);
    m_participant = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
}

void TestAdaptiveTraining::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAdaptiveTraining::theStaircaseDecidesUntilTheModelHasSeenEnough()
{
    simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(3));
    const auto id = HeadlessRun(*m_db, m_exercise)
                        .run(m_participant, SessionMode::Training, trainingOptions(1),
                             trainee(person, m_exercise));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
    const auto trials = testing::scoredTrials(*m_db, id.value());
    QCOMPARE(trials.size(), std::size_t(120));
    // The controller's minimum: 20 of the person's trials before the model may decide.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(trials[std::size_t(i)].controllerRule, std::string("staircase"));
    int byModel = 0;
    for (const TrialRecord &t : trials) {
        QVERIFY(t.predictedCorrect > 0.0 && t.predictedCorrect < 1.0);
        QVERIFY(t.predictedRtMs > 100.0 && t.predictedRtMs < 5000.0);
        byModel += t.controllerRule == "model" || t.controllerRule == "explore";
    }
    QVERIFY2(byModel > 40, qPrintable(QString::number(byModel)));
}

void TestAdaptiveTraining::trainingHoldsAccuracyNearTheTarget()
{
    // Over several simulated people, the second half of a session lands near 85 % correct.
    double correct = 0, n = 0;
    for (int p = 0; p < 6; ++p) {
        simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(40 + p));
        const auto code = QStringLiteral("S%1").arg(p);
        const qint64 participant = ParticipantRepository(*m_db).add(code, {}).value().id;
        const auto id = HeadlessRun(*m_db, m_exercise)
                            .run(participant, SessionMode::Training, trainingOptions(10 + p),
                                 trainee(person, m_exercise));
        QVERIFY(id);
        const auto trials = testing::scoredTrials(*m_db, id.value());
        for (std::size_t i = 60; i < trials.size(); ++i) {
            correct += trials[i].correct;
            ++n;
        }
    }
    // 360 trials: the binomial SE at 0.85 is 0.019, so ±0.06 is three of them.
    QVERIFY2(std::abs(correct / n - 0.85) < 0.06, qPrintable(QString::number(correct / n)));
}

void TestAdaptiveTraining::theModelIsSavedAndTheNextSessionStartsWhereThisOneEnded()
{
    simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(5));
    const auto first = HeadlessRun(*m_db, m_exercise)
                           .run(m_participant, SessionMode::Training, trainingOptions(2),
                                trainee(person, m_exercise));
    QVERIFY(first);
    const auto state = ModelStateRepository(*m_db).load(m_participant, m_exercise.id()).value();
    QVERIFY(state);
    QCOMPARE(state->trainedOn, 120);
    QCOMPARE(state->modelVersion, AdaptiveTraining::kModelVersion);
    const double lastLevel = testing::scoredTrials(*m_db, first.value()).back().difficulty;

    auto training = AdaptiveTraining::load(*m_db, m_participant, m_exercise, {}, 0, 9);
    QVERIFY(training);
    QCOMPARE(training.value()->sessionNumber(), 1);
    QCOMPARE(training.value()->trialsSeen(), 120);
    // The session starts one maximum step below the last level: the staircase decides exactly
    // that; the model, which has 120 trials of this person, at most one step from it.
    const double maxStep = adaptive::DifficultyController::Options().maxStep;
    const auto decision = training.value()->next();
    const double start = std::clamp(lastLevel - maxStep, 0.0, 1.0);
    if (decision.rule == u"staircase")
        QCOMPARE(decision.level, start);
    else
        QVERIFY2(std::abs(decision.level - start) <= maxStep + 1e-9,
                 qPrintable(QStringLiteral("%1 from %2").arg(decision.level).arg(start)));
    // Its calibration was rebuilt from the stored trials: the band is not the empty 0–1.
    QVERIFY(decision.uncertainty < 0.5);
}

void TestAdaptiveTraining::assessmentNeverAdapts()
{
    simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(6));
    const auto id = HeadlessRun(*m_db, m_exercise)
                        .run(m_participant, SessionMode::Assessment, trainingOptions(3),
                             trainee(person, m_exercise));
    QVERIFY(id);
    for (const TrialRecord &t : testing::scoredTrials(*m_db, id.value())) {
        QCOMPARE(t.difficulty, 0.5); // the test exercise's fixed parameter
        QVERIFY(!t.predictedCorrect);
        QVERIFY(t.controllerRule.empty());
    }
    QVERIFY(!ModelStateRepository(*m_db).load(m_participant, m_exercise.id()).value());
}

void TestAdaptiveTraining::assessmentTrialsStayOutOfTheTrainingHistory()
{
    simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(7));
    QVERIFY(HeadlessRun(*m_db, m_exercise)
                .run(m_participant, SessionMode::Assessment, trainingOptions(5),
                     trainee(person, m_exercise)));
    auto training = AdaptiveTraining::load(*m_db, m_participant, m_exercise, {}, 0, 9);
    QVERIFY(training);
    QCOMPARE(training.value()->trialsSeen(), 0);
    QCOMPARE(training.value()->sessionNumber(), 0);

    QVERIFY(HeadlessRun(*m_db, m_exercise)
                .run(m_participant, SessionMode::Training, trainingOptions(6),
                     trainee(person, m_exercise)));
    training = AdaptiveTraining::load(*m_db, m_participant, m_exercise, {}, 0, 9);
    QVERIFY(training);
    QCOMPARE(training.value()->trialsSeen(), 120);
    QCOMPARE(training.value()->sessionNumber(), 1);
}

void TestAdaptiveTraining::anAssessmentAtATrainingLevelInformsTheModel()
{
    // The SART's and the CPT's assessments show their no-go trials at one training level
    // (learns_from_assessment): a newcomer's first training trials are predicted from them.
    const Responder perfect = [this](const TrialSpec &trial) {
        return SimulatedAnswer{m_exercise.simulatedResponse(trial, true), 450.0};
    };
    const auto id = HeadlessRun(*m_db, m_exercise)
                        .run(m_participant, SessionMode::Assessment, trainingOptions(5), perfect);
    QVERIFY(id);
    const auto trials = testing::scoredTrials(*m_db, id.value());
    const auto fTrials = std::count_if(trials.begin(), trials.end(),
                                       [](const TrialRecord &t) { return t.condition == "f"; });
    // An imported assessment ran another tool's parameters, at no level of this training: it
    // stays out, however it went.
    ImportedSession imported;
    imported.session = {m_participant, m_exercise.id(), SessionMode::Assessment, {}, {}, 1, {}};
    imported.source = {QStringLiteral("other-lab.csv"), QString(64, u'0')};
    const auto importedId = SessionRepository(*m_db).addImported(imported);
    QVERIFY(importedId);
    for (TrialRecord t : trials) {
        t.correct = false;
        QVERIFY(TrialRepository(*m_db).insert(importedId.value(), t));
    }
    QJsonObject parameters = adaptingOnF();
    parameters.insert(QStringLiteral("difficulty_start"), 0.2);
    auto without = AdaptiveTraining::load(*m_db, m_participant, m_exercise, parameters, 0, 9);
    parameters.insert(QStringLiteral("learns_from_assessment"), true);
    auto with = AdaptiveTraining::load(*m_db, m_participant, m_exercise, parameters, 0, 9);
    QVERIFY(without && with);
    QCOMPARE(without.value()->trialsSeen(), 0);
    QCOMPARE(with.value()->trialsSeen(), int(fTrials));
    QCOMPARE(with.value()->sessionNumber(), 1);

    // Every "f" trial of the assessment (at its level, 0.5) was right: the model says so now.
    AdaptiveTraining::Decision atAssessment;
    atAssessment.level = 0.5;
    const double before =
        *without.value()->forTrial(atAssessment, QStringLiteral("f")).predictedCorrect;
    const double after =
        *with.value()->forTrial(atAssessment, QStringLiteral("f")).predictedCorrect;
    QVERIFY2(after > before + 0.05, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    // Training still starts at its own start, not one step below the assessment's level.
    const double maxStep = adaptive::DifficultyController::Options().maxStep;
    const double first = with.value()->next().level;
    QVERIFY2(std::abs(first - 0.2) <= maxStep + 1e-9, qPrintable(QString::number(first)));
}

Result<qint64> TestAdaptiveTraining::trainOnF()
{
    SessionRunner::Options options = trainingOptions(7);
    options.parameterOverrides.insert(QStringLiteral("adapt_on_conditions"),
                                      adaptingOnF().value(QStringLiteral("adapt_on_conditions")));
    simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(9));
    return HeadlessRun(*m_db, m_exercise)
        .run(m_participant, SessionMode::Training, options, trainee(person, m_exercise));
}

void TestAdaptiveTraining::onlyTheConditionsNamedInformTheModel()
{
    const auto id = trainOnF();
    QVERIFY(id);
    const auto trials = testing::scoredTrials(*m_db, id.value());
    const auto fTrials = std::count_if(trials.begin(), trials.end(),
                                       [](const TrialRecord &t) { return t.condition == "f"; });
    QVERIFY(fTrials > 30 && fTrials < 90); // about half of 120
    QCOMPARE(ModelStateRepository(*m_db).load(m_participant, m_exercise.id()).value()->trainedOn,
             int(fTrials));
    auto training = AdaptiveTraining::load(*m_db, m_participant, m_exercise, adaptingOnF(), 0, 9);
    QVERIFY(training);
    QCOMPARE(training.value()->trialsSeen(), int(fTrials));
    training = AdaptiveTraining::load(*m_db, m_participant, m_exercise, {}, 0, 9);
    QVERIFY(training);
    QCOMPARE(training.value()->trialsSeen(), 120);
}

void TestAdaptiveTraining::theLevelIsChosenOnThePredictionOfTheKindItAdaptsOn()
{
    // Training that adapts on one kind of trial aims that kind's accuracy at the target, so the
    // prediction the level is chosen on must be the one stored with a trial of that kind (a
    // prediction for a trial of unknown kind put the SART's training 0.02 off target).
    QVERIFY(trainOnF());
    auto training = AdaptiveTraining::load(*m_db, m_participant, m_exercise, adaptingOnF(), 0, 9);
    QVERIFY(training);
    for (int i = 0; i < 5; ++i) {
        const AdaptiveTraining::Decision decision = training.value()->next();
        const auto stored = training.value()->forTrial(decision, QStringLiteral("f"));
        QCOMPARE(*decision.predictedCorrect, *stored.predictedCorrect);
        // A kind the training does not adapt on ("j", like the SART's go trials) is one the
        // model never learns from: the trial keeps the level and its rule, but no prediction.
        const auto other = training.value()->forTrial(decision, QStringLiteral("j"));
        QCOMPARE(other.level, decision.level);
        QCOMPARE(other.rule, decision.rule);
        QVERIFY(!other.predictedCorrect && !other.predictedRtMs);
    }
}

void TestAdaptiveTraining::theSameSeedAndAnswersGiveTheSameLevels()
{
    std::vector<double> levels[2];
    for (int run = 0; run < 2; ++run) {
        const qint64 participant =
            ParticipantRepository(*m_db).add(QStringLiteral("D%1").arg(run), {}).value().id;
        simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(8));
        const auto id = HeadlessRun(*m_db, m_exercise)
                            .run(participant, SessionMode::Training, trainingOptions(4),
                                 trainee(person, m_exercise));
        QVERIFY(id);
        for (const TrialRecord &t : testing::scoredTrials(*m_db, id.value()))
            levels[run].push_back(t.difficulty);
    }
    QCOMPARE(levels[0], levels[1]);
    QVERIFY(*std::max_element(levels[0].begin(), levels[0].end()) >
            *std::min_element(levels[0].begin(), levels[0].end()));
}

void TestAdaptiveTraining::conditionsLoseTheirNumbers()
{
    QCOMPARE(AdaptiveTraining::conditionKey(QStringLiteral("mixed-switch-congruent-650")),
             QStringLiteral("mixed-switch-congruent"));
    QCOMPARE(AdaptiveTraining::conditionKey(QStringLiteral("feature-present-32")),
             QStringLiteral("feature-present"));
    QCOMPARE(AdaptiveTraining::conditionKey(QStringLiteral("nogo")), QStringLiteral("nogo"));
}

QTEST_GUILESS_MAIN(TestAdaptiveTraining)
#include "tst_adaptivetraining.moc"
