#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "measuredefinitions.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace attend;

class TestMeasureDefinitions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStoredMeasureIsDefined();
    void aKeyMadeFromAValueNamesIt();
    void anUnknownKeyHasNone();
    void everyChartedAssessmentMeasureSaysWhichWayIsBetter();
};

void TestMeasureDefinitions::everyStoredMeasureIsDefined()
{
    // An assessment and a training session of every exercise, as the product stores them.
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("defs.sqlite")));
    ExerciseRegistry exercises;
    SceneRegistry scenes;
    registerBuiltInExercises(exercises, scenes);
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 2;
    for (const auto &e : exercises.all())
        if (e->id() != u"timing-check")
            plan.exercises << e->id();
    plan.resamples = 0;
    QVERIFY(TraineeSimulation(*db, exercises).run(plan, {}));
    const qint64 who = ParticipantRepository(*db).byCode(QStringLiteral("SIM001")).value().id;
    const auto sessions = SessionRepository(*db).forParticipant(who);
    QCOMPARE(sessions.value().size(), 2 * plan.exercises.size());
    QStringList missing;
    int keys = 0;
    for (const SessionInfo &s : sessions.value()) {
        const auto stored = SessionRepository(*db).load(s.id);
        for (const QString &key : stored.value().summary.keys()) {
            ++keys;
            const auto d = MeasureDefinitions::of(key);
            if (!d || d->text.isEmpty() || d->source.isEmpty() || d->text.contains(u'\\'))
                missing << s.exercise + u':' + key;
        }
    }
    QVERIFY(keys > 100);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
}

void TestMeasureDefinitions::aKeyMadeFromAValueNamesIt()
{
    const auto d = MeasureDefinitions::of(QStringLiteral("conjunction_absent_slope_ms_per_item"));
    QVERIFY(d);
    QVERIFY2(d->text.contains(u"conjunction search, target absent trials"), qPrintable(d->text));
    QCOMPARE(d->source, QStringLiteral("Treisman & Gelade 1980; Wolfe 1998"));
    QVERIFY(MeasureDefinitions::of(QStringLiteral("rt_isi_2000_ms"))->text.contains(u"2000 ms"));
    // "accuracy" and "accuracy_16" are different measures.
    QVERIFY(MeasureDefinitions::of(QStringLiteral("accuracy_16"))->text.contains(u"set size 16"));
    QVERIFY(!MeasureDefinitions::of(QStringLiteral("accuracy"))->text.contains(u"set size"));
}

void TestMeasureDefinitions::anUnknownKeyHasNone()
{
    QVERIFY(!MeasureDefinitions::of(QStringLiteral("no_such_measure")));
    QVERIFY(!MeasureDefinitions::of(QStringLiteral("accuracy_x")));
    QVERIFY(!MeasureDefinitions::of(QStringLiteral("xaccuracy")));
}

// Issue "clinician's workspace": each progress chart of an assessment says "lower is better"
// where it is; the training level has no "better" (it is a level, not a score).
void TestMeasureDefinitions::everyChartedAssessmentMeasureSaysWhichWayIsBetter()
{
    ExerciseRegistry exercises;
    SceneRegistry scenes;
    registerBuiltInExercises(exercises, scenes);
    for (const auto &e : exercises.all()) {
        if (e->id() == u"timing-check") // measures the computer, charted nowhere
            continue;
        const QString key = e->keyMeasure(SessionMode::Assessment);
        QVERIFY2(MeasureDefinitions::lowerIsBetter(key), qPrintable(key));
        QVERIFY(!MeasureDefinitions::lowerIsBetter(e->keyMeasure(SessionMode::Training)));
    }
}

QTEST_GUILESS_MAIN(TestMeasureDefinitions)
#include "tst_measuredefinitions.moc"
