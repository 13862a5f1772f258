#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "metrics/linearfit.h"
#include "models/progressmodel.h"
#include "models/sessiondetailmodel.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "simulatedtrainee.h"
#include "storage/participantrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace attend;

class TestProgressModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesTheItemModelTester();
    void valuesEqualTheStoredSummaries_data();
    void valuesEqualTheStoredSummaries();
    void aParticipantWithoutSessionsHasNoRows();
    void trainingAccuracyCountsTheTrialsTheLevelAdaptsOn_data();
    void trainingAccuracyCountsTheTrialsTheLevelAdaptsOn();
    void aRateIsForecastBetweenZeroAndOne();
    void aTrendUncertainOverTheWholeScaleIsNoForecast();
    void sessionDetailSummarisesTheTrials();
    void anOldSessionKeepsItsStoredValue();
    void aLevelOfAnEarlierTrainingRangeChartsOnTodaysScale();

private:
    // A copy of the database whose SART training sessions reached `levels`, in order.
    std::unique_ptr<Database> withSartLevels(const QString &name,
                                             const std::vector<double> &levels);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
    qint64 m_participant = 0;
};

void TestProgressModel::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("p.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 4;
    plan.exercises = {QStringLiteral("sart"), QStringLiteral("task-switching")};
    plan.seed = 5;
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
    m_participant = ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value().id;
}

void TestProgressModel::passesTheItemModelTester()
{
    ProgressModel model(*m_db, *m_exercises.find(QStringLiteral("sart")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_participant));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ProgressModel::ColumnCount));
    QVERIFY(model.load(m_participant)); // reloading resets cleanly
}

void TestProgressModel::valuesEqualTheStoredSummaries_data()
{
    QTest::addColumn<QString>("exercise");
    QTest::newRow("SART commission rate") << QStringLiteral("sart");
    QTest::newRow("task-switching switch cost") << QStringLiteral("task-switching");
}

void TestProgressModel::valuesEqualTheStoredSummaries()
{
    QFETCH(QString, exercise);
    const Exercise &e = *m_exercises.find(exercise);
    ProgressModel model(*m_db, e);
    QVERIFY(model.load(m_participant));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("SELECT id, mode, summary_json FROM sessions WHERE "
                                     "exercise = ? AND participant_id = ? ORDER BY started_at")));
    q.addBindValue(exercise);
    q.addBindValue(m_participant);
    QVERIFY(q.exec());
    int row = 0;
    while (q.next()) {
        const ProgressModel::Point &p = model.points().at(std::size_t(row));
        QCOMPARE(p.sessionId, q.value(0).toLongLong());
        QCOMPARE(p.number, row + 1);
        QCOMPARE(p.mode == SessionMode::Assessment, q.value(1).toString() == u"assessment");
        QCOMPARE(p.mode == SessionMode::Assessment, row == 0); // an assessment, then training
        // What the session runner stored at the end equals what the model recomputes.
        const QJsonObject stored = QJsonDocument::fromJson(q.value(2).toByteArray())
                                       .object()
                                       .value(e.keyMeasure(p.mode))
                                       .toObject();
        QCOMPARE(p.ok, stored.value(QStringLiteral("ok")).toBool());
        if (p.ok) {
            QCOMPARE(p.value, stored.value(QStringLiteral("value")).toDouble());
            QVERIFY2(p.low <= p.value && p.value <= p.high,
                     qPrintable(QStringLiteral("%1 %2 %3 row %4")
                                    .arg(p.low)
                                    .arg(p.value)
                                    .arg(p.high)
                                    .arg(row)));
            QVERIFY(p.high > p.low); // a resampled measure varies
            QCOMPARE(model.data(model.index(row, ProgressModel::Value), Qt::UserRole).toDouble(),
                     p.value);
        }
        QCOMPARE(p.level >= 0.0, p.mode == SessionMode::Training);
        ++row;
    }
    QCOMPARE(row, 4);
}

void TestProgressModel::trainingAccuracyCountsTheTrialsTheLevelAdaptsOn_data()
{
    QTest::addColumn<QString>("exercise");
    QTest::addColumn<QString>("condition"); // empty: every trial
    QTest::newRow("SART training adapts on its no-go trials")
        << QStringLiteral("sart") << QStringLiteral("nogo");
    QTest::newRow("task switching adapts on every trial")
        << QStringLiteral("task-switching") << QString();
}

void TestProgressModel::trainingAccuracyCountsTheTrialsTheLevelAdaptsOn()
{
    QFETCH(QString, exercise);
    QFETCH(QString, condition);
    ProgressModel model(*m_db, *m_exercises.find(exercise));
    QVERIFY(model.load(m_participant));
    int training = 0;
    for (const ProgressModel::Point &p : model.points()) {
        if (p.mode != SessionMode::Training)
            continue;
        ++training;
        QCOMPARE(p.adaptedOn, condition.isEmpty() ? QStringList() : QStringList{condition});
        int n = 0, correct = 0;
        const std::vector<TrialRecord> trials =
            TrialRepository(*m_db).forSession(p.sessionId).value();
        for (const TrialRecord &t : trials)
            if (countsTowardsResults(t.flags, t.practice) &&
                (condition.isEmpty() || t.condition == condition.toStdString())) {
                ++n;
                correct += t.correct;
            }
        QVERIFY2(n >= 5, qPrintable(QString::number(n)));
        QCOMPARE(p.accuracy, double(correct) / n);
    }
    QCOMPARE(training, 3);
}

std::unique_ptr<Database> TestProgressModel::withSartLevels(const QString &name,
                                                            const std::vector<double> &levels)
{
    const QString copy = m_dir.filePath(name);
    QSqlQuery vacuum(m_db->connection());
    if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)))
        return nullptr;
    auto db = testing::openOrFail(copy);
    ProgressModel model(*db, *m_exercises.find(QStringLiteral("sart")));
    if (!model.load(m_participant))
        return nullptr;
    QSqlQuery update(db->connection());
    update.prepare(QStringLiteral("UPDATE sessions SET summary_json = json_set(summary_json, "
                                  "'$.level_reached.value', ?) WHERE id = ?"));
    std::size_t next = 0;
    for (const ProgressModel::Point &p : model.points())
        if (p.mode == SessionMode::Training && next < levels.size()) {
            update.addBindValue(levels[next++]);
            update.addBindValue(p.sessionId);
            if (!update.exec())
                return nullptr;
        }
    return next == levels.size() ? std::move(db) : nullptr;
}

// Three rising training levels (0.80, 0.90, 0.97): the line's 95 % prediction interval for the
// next session reaches beyond 1 (1.06 ± 0.28, by hand); the forecast keeps to what a level can be.
void TestProgressModel::aRateIsForecastBetweenZeroAndOne()
{
    auto db = withSartLevels(QStringLiteral("rising.sqlite"), {0.80, 0.90, 0.97});
    QVERIFY(db);
    ProgressModel model(*db, *m_exercises.find(QStringLiteral("sart")));
    QVERIFY(model.load(m_participant));
    // The line runs through the sessions of the latest one's mode only (training here): a
    // forecast never mixes an assessment into a training trend.
    std::vector<double> x, y;
    for (const ProgressModel::Point &p : model.points()) {
        QVERIFY(p.ok);
        QCOMPARE(p.lowest, 0.0);
        QCOMPARE(p.highest, 1.0);
        if (p.mode != model.points().back().mode)
            continue;
        x.push_back(p.number);
        y.push_back(p.value);
    }
    QCOMPARE(int(x.size()), 3);
    const auto line = metrics::predictLine(x, y, 5.0);
    QVERIFY(line.ok());
    QVERIFY(std::abs(line.value - 1.06) < 1e-9 && std::abs(line.high - line.value - 0.284) < 1e-3);
    QVERIFY2(line.low > 0.0 && line.high > 1.0,
             qPrintable(QStringLiteral("%1 – %2").arg(line.low).arg(line.high)));
    const auto f = model.forecast();
    QVERIFY(f.ok);
    QCOMPARE(f.low, std::clamp(line.low, 0.0, 1.0));
    QCOMPARE(f.high, std::clamp(line.high, 0.0, 1.0));
    QCOMPARE(f.value, std::clamp(line.value, 0.0, 1.0));
}

// Three training levels far apart (0.2, 0.8, 0.3): the line's 95 % prediction interval for the
// next session, with one degree of freedom, is 0.533 ± 12.71 · 0.449 · √(10/3) = ± 10.4 (by
// hand) — beyond both ends of the scale, so there is no forecast to draw, and the reason says so.
void TestProgressModel::aTrendUncertainOverTheWholeScaleIsNoForecast()
{
    const std::vector<double> levels{0.2, 0.8, 0.3};
    auto db = withSartLevels(QStringLiteral("scattered.sqlite"), levels);
    QVERIFY(db);
    ProgressModel model(*db, *m_exercises.find(QStringLiteral("sart")));
    QVERIFY(model.load(m_participant));
    const auto line = metrics::predictLine({2.0, 3.0, 4.0}, levels, 5.0);
    QVERIFY(std::abs(line.value - 1.6 / 3.0) < 1e-12);
    QVERIFY(line.low < -9.0 && line.high > 10.0);
    const auto f = model.forecast();
    QVERIFY(!f.ok);
    QVERIFY2(f.reason.contains(QStringLiteral("too uncertain")), qPrintable(f.reason));
}

void TestProgressModel::aParticipantWithoutSessionsHasNoRows()
{
    const qint64 other = ParticipantRepository(*m_db).add(QStringLiteral("EMPTY1"), {}).value().id;
    ProgressModel model(*m_db, *m_exercises.find(QStringLiteral("sart")));
    QVERIFY(model.load(other));
    QCOMPARE(model.rowCount(), 0);
}

void TestProgressModel::sessionDetailSummarisesTheTrials()
{
    ProgressModel progress(*m_db, *m_exercises.find(QStringLiteral("task-switching")));
    QVERIFY(progress.load(m_participant));
    SessionDetailModel detail(*m_db, progress.exercise());
    QAbstractItemModelTester tester(&detail,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 training = progress.points().at(1).sessionId;
    QVERIFY(detail.load(training));
    const auto trials = testing::scoredTrials(*m_db, training);
    QCOMPARE(detail.rowCount(), int(trials.size()));
    // Every answered trial is in exactly one bin, and the bins span fastest to slowest.
    int answered = 0;
    double fastest = 1e9, slowest = 0;
    for (const TrialRecord &t : trials)
        if (t.responded()) {
            ++answered;
            fastest = std::min(fastest, *t.rtMs());
            slowest = std::max(slowest, *t.rtMs());
        }
    const auto bins = detail.rtHistogram(12);
    QCOMPARE(bins.size(), std::size_t(12));
    int binned = 0;
    for (const auto &b : bins)
        binned += b.count;
    QCOMPARE(binned, answered);
    QCOMPARE(bins.front().from, fastest);
    QVERIFY(std::abs(bins.back().to - slowest) < 1e-6);
    // Accuracy by condition, counted again by hand.
    for (const auto &c : detail.byCondition()) {
        int n = 0, right = 0;
        for (const TrialRecord &t : trials)
            if (QString::fromStdString(t.condition) == c.condition) {
                ++n;
                right += t.correct;
            }
        QCOMPARE(c.trials, n);
        QCOMPARE(c.accuracy, double(right) / n);
    }
    // Training trials carry the controller's prediction.
    QVERIFY(detail.data(detail.index(0, SessionDetailModel::Predicted), Qt::UserRole).isValid());
}

void TestProgressModel::anOldSessionKeepsItsStoredValue()
{
    // A session whose stored summary says 0.5 (as an earlier version computed it) shows 0.5,
    // whatever today's rules would compute from its trials; a key measure an earlier version
    // did not store is no value, with the reason.
    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    ProgressModel before(*m_db, sart);
    QVERIFY(before.load(m_participant));
    const qint64 first = before.points().front().sessionId;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("UPDATE sessions SET summary_json = ? WHERE id = ?")));
    q.addBindValue(
        QStringLiteral(R"({"commission_rate": {"ok": true, "value": 0.5, "unit": ""}})"));
    q.addBindValue(first);
    QVERIFY(q.exec());
    ProgressModel after(*m_db, sart);
    QVERIFY(after.load(m_participant));
    QVERIFY(before.points().front().value != 0.5);
    QCOMPARE(after.points().front().value, 0.5);
    const ProgressModel::Point &second = after.points().at(1);
    QVERIFY(q.prepare(QStringLiteral("UPDATE sessions SET summary_json = '{}' WHERE id = ?")));
    q.addBindValue(second.sessionId);
    QVERIFY(q.exec());
    QVERIFY(after.load(m_participant));
    QVERIFY(!after.points().at(1).ok);
    QVERIFY(after.points().at(1).note.contains(QStringLiteral("not measured")));
}

void TestProgressModel::aLevelOfAnEarlierTrainingRangeChartsOnTodaysScale()
{
    // The SART's first training session as the range before 2 December 2026 stored it: its level
    // reached, interval, the level from its trials and each trial's level in the session's
    // details read on today's scale; the next session's are read as they were.
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("old.sqlite")));
    QVERIFY(db);
    const auto who = testing::simulateTrainee(*db, m_exercises, QStringLiteral("sart"), 2,
                                              SessionMode::Training);
    QVERIFY(who);
    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    ProgressModel before(*db, sart);
    QVERIFY(before.load(*who));
    QCOMPARE(before.points().size(), std::size_t(2));
    SessionDetailModel detailBefore(*db, sart), detailAfter(*db, sart);
    const qint64 first = before.points().front().sessionId;
    QVERIFY(detailBefore.load(first));
    QVERIFY(testing::storeUnderEarlierNoGoRange(*db, first,
                                                sart.defaultParameters(SessionMode::Training)));
    ProgressModel after(*db, sart);
    QVERIFY(after.load(*who));
    QVERIFY(detailAfter.load(first));
    const auto today = testing::earlierNoGoLevelToday;
    const ProgressModel::Point &was = before.points().front(), &is = after.points().front();
    QVERIFY(was.ok && is.ok && std::isfinite(was.low) && std::isfinite(was.high));
    QVERIFY(std::abs(is.value - today(was.value)) < 1e-12);
    QVERIFY(std::abs(is.low - today(was.low)) < 1e-12);
    QVERIFY(std::abs(is.high - today(was.high)) < 1e-12);
    QVERIFY(std::abs(is.level - today(was.level)) < 1e-12);
    QCOMPARE(is.accuracy, was.accuracy);
    QCOMPARE(after.points().back().value, before.points().back().value);
    QCOMPARE(detailAfter.trials().size(), detailBefore.trials().size());
    for (std::size_t i = 0; i < detailAfter.trials().size(); ++i)
        QVERIFY(std::abs(detailAfter.trials()[i].difficulty -
                         today(detailBefore.trials()[i].difficulty)) < 1e-12);
}

QTEST_GUILESS_MAIN(TestProgressModel)
#include "tst_progressmodel.moc"
