#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "handpearson.h"
#include "models/progresspresenter.h"
#include "models/retestreliability.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QLocale>
#include <QTest>
#include <cmath>

using namespace attend;

// The presenter prepares what the progress page and the report draw; checked here against the
// progress model's rows, read independently.
class TestProgressPresenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everySessionWithAResultIsAnEstimateOnTheAxis();
    void trainingSessionsGiveTheLevelAndTheModelsExpectation();
    void aParticipantWithoutSessionsHasNothingToShow();
    void partialSessionsAreLeftOutAndSaidSo();
    void trainingMakesNoStatementOfChange();
    void changeBetweenAssessmentsRestsOnTheRetestReliability();
    void anAssessmentAloneGivesTheSartModelsExpectation();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
    qint64 m_participant = 0;
};

void TestProgressPresenter::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("p.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    SimulationPlan plan; // an assessment, then four training sessions
    plan.participants = 1;
    plan.sessions = 5;
    plan.exercises = {QStringLiteral("sart")};
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
    m_participant = ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value().id;
}

void TestProgressPresenter::everySessionWithAResultIsAnEstimateOnTheAxis()
{
    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    ProgressModel model(*m_db, sart);
    QVERIFY(model.load(m_participant));
    const auto view = ProgressPresenter::present(*m_db, sart, m_participant);
    QVERIFY(view);
    const auto &v = view.value();
    QCOMPARE(v.lastSession, 5);
    int expected = 0;
    for (const auto &p : model.points())
        expected += model.charted(p) && p.ok;
    QCOMPARE(int(v.estimates.size()), expected);
    QVERIFY(expected > 0);
    QCOMPARE(*v.baseline, v.estimates.front().value);
    QVERIFY(v.range);
    for (const auto &e : v.estimates) {
        QVERIFY(v.range->first <= e.value && e.value <= v.range->second);
        if (e.interval)
            QVERIFY(v.range->first <= e.interval->first && e.interval->second <= v.range->second);
    }
    QVERIFY(v.range->first >= model.points().back().lowest);
    QVERIFY(v.range->second <= model.points().back().highest);
    QVERIFY(v.title.startsWith(model.points().back().label));
}

void TestProgressPresenter::trainingSessionsGiveTheLevelAndTheModelsExpectation()
{
    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    const auto v = ProgressPresenter::present(*m_db, sart, m_participant).value();
    QCOMPARE(int(v.levels.size()), 4); // sessions 2–5
    QCOMPARE(v.levels.front().x(), 2.0);
    QCOMPARE(v.target, 0.85);
    QCOMPARE(v.adaptedOn, QStringList{QStringLiteral("nogo")}); // SART adapts on no-go trials
    // Named in words, not by the stored id.
    QCOMPARE(v.accuracyName, QStringLiteral("Accuracy on No-go (hold back) trials"));
    QVERIFY(v.expectation);
    QVERIFY(v.expectation->low <= v.expectation->accuracy &&
            v.expectation->accuracy <= v.expectation->high);
    QVERIFY(v.expectation->trialsSeen > 0);
    QVERIFY(v.notes.join(u' ').contains(QStringLiteral("Next training session starts at level")));
}

void TestProgressPresenter::aParticipantWithoutSessionsHasNothingToShow()
{
    const qint64 nobody = ParticipantRepository(*m_db).add(QStringLiteral("P2"), {}).value().id;
    const auto v =
        ProgressPresenter::present(*m_db, *m_exercises.find(QStringLiteral("sart")), nobody)
            .value();
    QCOMPARE(v.lastSession, 0);
    QVERIFY(v.estimates.empty() && !v.baseline && !v.forecast && !v.range && !v.expectation);
    QVERIFY(v.notes.isEmpty());
}

void TestProgressPresenter::partialSessionsAreLeftOutAndSaidSo()
{
    // Two sessions stopped by a trial limit (SIM002): shorter than their protocol, so neither is
    // charted, forecast or compared; the notes name them and say why.
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 2;
    plan.exercises = {QStringLiteral("sart")};
    plan.trialLimit = 40;
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
    const qint64 who = ParticipantRepository(*m_db).byCode(QStringLiteral("SIM002")).value().id;
    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    ProgressModel model(*m_db, sart);
    QVERIFY(model.load(who));
    QCOMPARE(model.points().size(), std::size_t(2));
    for (const auto &p : model.points())
        QVERIFY(p.partial && !model.charted(p));
    QVERIFY(!model.forecast().ok);
    const auto v = ProgressPresenter::present(*m_db, sart, who).value();
    QVERIFY(v.estimates.empty());
    QVERIFY2(v.notes.join(u' ').contains(QStringLiteral("Left out: session(s) 1, 2, shorter than "
                                                        "their protocol")),
             qPrintable(v.notes.join(u' ')));
}

void TestProgressPresenter::trainingMakesNoStatementOfChange()
{
    // The latest session is training: the controller holds its level near the target, so
    // there is no statement of change either way.
    const auto v =
        ProgressPresenter::present(*m_db, *m_exercises.find(QStringLiteral("sart")), m_participant)
            .value();
    QVERIFY2(!v.notes.join(u' ').contains(QStringLiteral("assessment")),
             qPrintable(v.notes.join(u' ')));
}

// The first two assessments' stored values of every person, read from the database.
static std::pair<std::vector<double>, std::vector<double>> firstTwo(Database &db,
                                                                    const QStringList &codes)
{
    std::pair<std::vector<double>, std::vector<double>> out;
    for (const QString &code : codes) {
        const qint64 id = ParticipantRepository(db).byCode(code).value().id;
        const auto sessions = SessionRepository(db).forParticipant(id).value();
        const auto value = [&](int i) {
            return SessionRepository(db)
                .load(sessions.at(i).id)
                .value()
                .summary.value(QStringLiteral("commission_rate"))
                .toObject()
                .value(QStringLiteral("value"))
                .toDouble();
        };
        out.first.push_back(value(0));
        out.second.push_back(value(1));
    }
    return out;
}

void TestProgressPresenter::changeBetweenAssessmentsRestsOnTheRetestReliability()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("rci.sqlite")));
    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    SimulationPlan plan; // two assessments each
    plan.sessions = 2;
    plan.mode = SessionMode::Assessment;
    plan.exercises = {QStringLiteral("sart")};
    plan.participants = RetestReliability::kMinimumPeople - 1;
    const QStringList few = TraineeSimulation(*db, m_exercises).run(plan, {}).value();
    const qint64 who = ParticipantRepository(*db).byCode(few.front()).value().id;
    QVERIFY(ProgressPresenter::present(*db, sart, who)
                .value()
                .notes.join(u' ')
                .contains(QStringLiteral("No statement of change between assessments")));
    plan.participants = 1;
    plan.seed = 2;
    const QStringList codes = few + TraineeSimulation(*db, m_exercises).run(plan, {}).value();
    // The index by hand from the stored values: Pearson's r, the SD of first scores and the
    // mean practice effect over the 20 people, then (x₂ − x₁ − practice) / (√2 SD √(1 − r)).
    const auto [x, y] = firstTwo(*db, codes);
    const double n = double(x.size());
    double mx = 0, my = 0, sxx = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i] / n;
        my += y[i] / n;
    }
    for (double v : x)
        sxx += (v - mx) * (v - mx);
    const double r = testing::handPearson(x, y), sd = std::sqrt(sxx / (n - 1));
    const double rc = (y[0] - x[0] - (my - mx)) / (std::sqrt(2.0) * sd * std::sqrt(1 - r));
    const QString notes = ProgressPresenter::present(*db, sart, who).value().notes.join(u' ');
    QVERIFY2(
        notes.contains(QStringLiteral("reliable change index %1 (Jacobson & Truax 1991), "
                                      "from a retest reliability of %2")
                           .arg(QLocale().toString(rc, 'f', 2), QLocale().toString(r, 'f', 2))),
        qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("Split-half reliability of “Commission rate” in this "
                                           "database: ")),
             qPrintable(notes));
    QVERIFY(notes.contains(std::abs(rc) > 1.96 ? QStringLiteral("by more than measurement error")
                                               : QStringLiteral("within what measurement error")));
}

void TestProgressPresenter::anAssessmentAloneGivesTheSartModelsExpectation()
{
    // The SART's model learns from the assessment's no-go trials (learns_from_assessment), so
    // before any training it expects something, and says of which trials.
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 1; // the assessment alone
    plan.exercises = {QStringLiteral("sart")};
    const auto codes = TraineeSimulation(*m_db, m_exercises).run(plan, {});
    QVERIFY(codes && codes.value().size() == 1);
    const qint64 who = ParticipantRepository(*m_db).byCode(codes.value().front()).value().id;
    const auto v =
        ProgressPresenter::present(*m_db, *m_exercises.find(QStringLiteral("sart")), who).value();
    QVERIFY(v.levels.empty());
    QCOMPARE(v.accuracyName, QStringLiteral("Accuracy on No-go (hold back) trials"));
    QVERIFY(v.expectation);
    QCOMPARE(v.expectation->trialsSeen, 25); // the 25 no-go digits of the published SART
    QVERIFY2(v.notes.join(u' ').contains(QStringLiteral("correct on No-go (hold back) trials")),
             qPrintable(v.notes.join(u' ')));
}

QTEST_GUILESS_MAIN(TestProgressPresenter)
#include "tst_progresspresenter.moc"
