#include "exercise.h"
#include "testexercise.h"

#include <QJsonArray>
#include <QTest>

using namespace attend;

namespace {

TrialRecord trial(const char *condition, double difficulty, bool correct)
{
    TrialRecord t;
    t.block = 1;
    t.condition = condition;
    t.difficulty = difficulty;
    t.correct = correct;
    return t;
}

const Measure &find(const std::vector<Measure> &measures, const char *key)
{
    static const Measure none;
    for (const Measure &m : measures)
        if (m.key == QLatin1String(key))
            return m;
    return none;
}

} // namespace

// A session's measures as they are stored (engine/exercise.h): in training the level reached and
// the accuracy there are the key measures and the paradigm's own become details.
class TestExercise : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theLevelReachedByHand();
    void trainingMakesTheParadigmsMeasuresDetails();
};

void TestExercise::theLevelReachedByHand()
{
    // Adapted trials at 0.2, 0.3, 0.5, 0.6, right, wrong, right, right: the second half is 0.5
    // and 0.6 → level 0.55, accuracy 2 of 2. The go trials (not adapted on) do not count.
    testing::TestExercise e;
    const std::vector<TrialRecord> trials = {
        trial("nogo", 0.2, true), trial("go", 0.9, false), trial("nogo", 0.3, false),
        trial("nogo", 0.5, true), trial("go", 0.9, false), trial("nogo", 0.6, true)};
    const QJsonObject parameters{{QStringLiteral("adapt_on_conditions"),
                                  QJsonArray{QStringLiteral("nogo")}}};
    const auto m = measuresOf(e, trials, SessionMode::Training, parameters);
    QVERIFY(std::abs(find(m, "level_reached").value - 0.55) < 1e-12);
    QCOMPARE(find(m, "level_reached").used, 2);
    QCOMPARE(find(m, "accuracy_at_level").value, 1.0);
    QCOMPARE(e.keyMeasure(SessionMode::Training), QStringLiteral("level_reached"));
    QCOMPARE(e.keyMeasure(SessionMode::Assessment), QStringLiteral("accuracy"));
}

void TestExercise::trainingMakesTheParadigmsMeasuresDetails()
{
    testing::TestExercise e;
    const std::vector<TrialRecord> trials = {trial("a", 0.4, true), trial("a", 0.5, false)};
    for (const Measure &m : measuresOf(e, trials, SessionMode::Training, {}))
        QCOMPARE(m.detail, m.key != u"level_reached" && m.key != u"accuracy_at_level");
    const auto assessment = measuresOf(e, trials, SessionMode::Assessment, {});
    QVERIFY(find(assessment, "level_reached").key.isEmpty()); // assessments have no level
    QVERIFY(!find(assessment, "accuracy").detail);
}

QTEST_GUILESS_MAIN(TestExercise)
#include "tst_exercise.moc"
