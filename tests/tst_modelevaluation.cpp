#include "builtinexercises.h"
#include "csvfixture.h"
#include "evaluation/modelevaluation.h"
#include "exerciseregistry.h"
#include "import/trialimport.h"
#include "sceneregistry.h"
#include "session/adaptivetraining.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QTest>
#include <cmath>

using namespace attend;

namespace {

TrialRecord trial(bool correct, const char *condition)
{
    TrialRecord t;
    t.correct = correct;
    t.condition = condition;
    t.difficulty = 0.4;
    t.onsetNs = 0;
    t.responseNs = 450'000'000;
    t.response = "f";
    return t;
}

ModelEvaluation::Stream stream(std::vector<TrialRecord> trials)
{
    ModelEvaluation::Stream s;
    s.sessions.assign(trials.size(), 0);
    s.trials = std::move(trials);
    return s;
}

// The general prior: these streams belong to no exercise.
attention::AttentionModel prior()
{
    return *AdaptiveTraining::prior(QStringLiteral("prior"));
}

} // namespace

// attend-cli evaluate's replay: baselines against hand-computed values, the model never sees an
// outcome before predicting it, and real SART data (tests/data/sart_pcbs, two people) run through.
class TestModelEvaluation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void baselinesScoreAsComputedByHand();
    void noPredictionSeesItsOwnOutcome();
    void realSartDataAreEvaluatedOnTheirNoGoTrials();
    void nothingToEvaluateIsAnError();

private:
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestModelEvaluation::initTestCase()
{
    registerBuiltInExercises(m_exercises, m_scenes);
}

void TestModelEvaluation::baselinesScoreAsComputedByHand()
{
    // Outcomes 1, 0, 1, 1 in conditions a, b, a, b (predictions in tst_forecastscore):
    // constant 0.85: (0.15² · 3 + 0.85²) / 4; running mean: predictions 0.85, 0.925, 0.61667,
    // 0.7125; EMA: 0.85, 0.865, 0.7785, 0.80065; by condition: 0.85, 0.925, 0.80833, 0.35625.
    ModelEvaluation::ExerciseResult r;
    ModelEvaluation::replay(
        stream({trial(true, "a"), trial(false, "b"), trial(true, "a"), trial(true, "b")}), prior(),
        {}, r);
    const auto brier = [&r](ModelEvaluation::Predictor p) { return *r.scores[p].brier(); };
    QVERIFY(std::abs(brier(ModelEvaluation::Constant) - 0.1975) < 1e-12);
    QVERIFY(std::abs(brier(ModelEvaluation::RunningMean) - 0.2769314236) < 1e-9);
    QVERIFY(std::abs(brier(ModelEvaluation::Ema) - 0.214881918125) < 1e-12);
    const double byCondition =
        (0.0225 + 0.925 * 0.925 + std::pow(1 - (1 + 1.85 / 3) / 2, 2) + std::pow(1 - 0.35625, 2)) /
        4;
    QVERIFY(std::abs(brier(ModelEvaluation::RunningMeanByCondition) - byCondition) < 1e-12);
    // Every RT is 450 ms; the constant predicts the population's log RT (6.45).
    QVERIFY(std::abs(*r.scores[ModelEvaluation::Constant].logRtRmse() -
                     std::abs(std::log(450.0) - 6.45)) < 1e-12);
    QCOMPARE(r.scores[ModelEvaluation::Model].n(), 4);
}

void TestModelEvaluation::noPredictionSeesItsOwnOutcome()
{
    // Two streams differing only in the last outcome: the last prediction is the same in both,
    // so the summed calibration differs by exactly 1 and the summed squared errors by 1 − 2p.
    std::vector<TrialRecord> trials;
    for (int i = 0; i < 30; ++i)
        trials.push_back(trial(i % 4 != 0, "x"));
    auto right = trials, wrong = trials;
    right.back().correct = true;
    wrong.back().correct = false;
    ModelEvaluation::ExerciseResult a, b;
    ModelEvaluation::replay(stream(right), prior(), {}, a);
    ModelEvaluation::replay(stream(wrong), prior(), {}, b);
    const auto &ma = a.scores[ModelEvaluation::Model], &mb = b.scores[ModelEvaluation::Model];
    QVERIFY(std::abs(30 * (*ma.calibration() - *mb.calibration()) + 1.0) < 1e-9);
    const double p = (1.0 - 30 * (*ma.brier() - *mb.brier())) / 2.0;
    QVERIFY(p > 0.0 && p < 1.0);
}

void TestModelEvaluation::realSartDataAreEvaluatedOnTheirNoGoTrials()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("real.sqlite")));
    QVERIFY(db);
    QFile file(QStringLiteral(ATTEND_TEST_DATA "/sart_pcbs/sart_pcbs.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto rows = testing::parseCsv(file.readAll());
    std::map<QString, qint64> sessions; // "participant/session" → id
    int nogo = 0;
    double constantSum = 0.0; // independent: Σ (0.85 − correct)² over no-go rows, from the CSV
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows[i];
        if (r.size() < 9)
            continue;
        const QString key = r[0] + u'/' + r[2];
        if (!sessions.count(key)) {
            const QString code = QStringLiteral("PCBS") + r[0];
            auto person = ParticipantRepository(*db).byCode(code);
            const qint64 pid =
                person ? person.value().id : ParticipantRepository(*db).add(code, {}).value().id;
            sessions[key] =
                SessionRepository(*db)
                    .start({pid, QStringLiteral("sart"), SessionMode::Assessment, {}, {}, 1, {}})
                    .value();
        }
        TrialRecord t;
        t.block = 1;
        t.index = r[1].toInt() - 1;
        t.condition = r[4].toStdString();
        t.correct = r[7] == u"1";
        t.onsetNs = qint64(t.index) * 1'150'000'000;
        if (r[6] == u"1") {
            t.response = "space";
            t.responseNs = *t.onsetNs + qint64(r[8].toDouble() * 1e6);
        }
        QVERIFY(TrialRepository(*db).insert(sessions[key], t));
        if (r[4] == u"nogo") {
            ++nogo;
            constantSum += std::pow(0.85 - (t.correct ? 1.0 : 0.0), 2);
        }
    }
    QCOMPARE(nogo, 88);
    const auto results = ModelEvaluation::run(*db, m_exercises, {}, {});
    QVERIFY2(results, results ? "" : qPrintable(results.error().message()));
    QCOMPARE(results.value().size(), std::size_t(1));
    const auto &r = results.value().front();
    QCOMPARE(r.exercise, QStringLiteral("sart"));
    // Replayed as SART training runs the model: its no-go trials recalibrate at 0.16 a trial.
    QCOMPARE(AdaptiveTraining::modelOptions(
                 m_exercises.find(QStringLiteral("sart"))->defaultParameters(SessionMode::Training))
                 .recalibration,
             0.16);
    QCOMPARE(r.people, 2);
    QCOMPARE(r.scores[ModelEvaluation::Model].n(), nogo);
    QVERIFY(std::abs(*r.scores[ModelEvaluation::Constant].brier() - constantSum / nogo) < 1e-12);
    QString figures; // the figures docs/model.md quotes
    for (int k = 0; k < ModelEvaluation::Count; ++k) {
        const auto &s = r.scores[std::size_t(k)];
        QVERIFY(s.brier() && *s.brier() >= 0.0 && *s.brier() <= 1.0);
        figures += QStringLiteral(" %1 %2")
                       .arg(ModelEvaluation::name(ModelEvaluation::Predictor(k)))
                       .arg(*s.brier(), 0, 'f', 4);
    }
    qInfo("Brier on the real SART no-go trials:%s", qPrintable(figures));

    // The same file through attend-cli import's code (docs/import.md) is evaluated alike.
    auto imported = testing::openOrFail(dir.filePath(QStringLiteral("imported.sqlite")));
    QVERIFY(imported);
    auto plan =
        TrialImport::read({file.fileName(),
                           QStringLiteral("sart"),
                           QStringLiteral(SOURCE_ROOT "/docs/examples/sart_pcbs.mapping.json"),
                           {}},
                          m_exercises);
    QVERIFY(plan && TrialImport::store(*imported, m_exercises, plan.value()));
    const auto again = ModelEvaluation::run(*imported, m_exercises, {}, {});
    QVERIFY(again && again.value().size() == 1);
    for (int k = 0; k < ModelEvaluation::Count; ++k) {
        const auto &a = r.scores[std::size_t(k)], &b = again.value().front().scores[std::size_t(k)];
        QCOMPARE(b.n(), a.n());
        QVERIFY(std::abs(*b.brier() - *a.brier()) < 1e-12);
        QVERIFY(std::abs(*b.logLoss() - *a.logLoss()) < 1e-12);
    }
}

void TestModelEvaluation::nothingToEvaluateIsAnError()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(db);
    const auto none = ModelEvaluation::run(*db, m_exercises, {}, {});
    QVERIFY(!none);
    QVERIFY(none.error().message().contains(QStringLiteral("no trials")));
}

QTEST_GUILESS_MAIN(TestModelEvaluation)
#include "tst_modelevaluation.moc"
