#include "dividedattention/dividedattentionexercise.h"
#include "dividedattention/dividedattentionscene.h"
#include "measurelookup.h"
#include "session/headlessrun.h"
#include "storage/participantrepository.h"
#include "testdatabase.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QTest>
#include <random>
#include <set>

using namespace attend;
using testing::measure;

namespace {

TrialContext contextFor(const DividedAttentionExercise &e, SessionMode mode, int block,
                        quint64 seed)
{
    TrialContext c;
    c.mode = mode;
    c.parameters = e.defaultParameters(mode);
    c.block = block;
    c.blockSeed = seed;
    c.trialSeed = seed;
    return c;
}

QPointF targetOf(const TrialSpec &t)
{
    const double angle = t.stimulus.value(QStringLiteral("direction")).toInt() * M_PI / 4.0;
    const double e = t.stimulus.value(QStringLiteral("eccentricity")).toDouble();
    return {e * std::sin(angle), -e * std::cos(angle)};
}

} // namespace

class TestDividedAttentionExercise : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conditionsReadAsWords_data();
    void conditionsReadAsWords();
    void eightDirectionsAtTheEccentricity();
    void distractorsNeverOverlapTheTarget();
    void theStaircaseStepsAsPublished();
    void bothAnswersAreScored_data();
    void bothAnswersAreScored();
    void knownThresholdsAreRecoveredWithinOneFrame();
    void theSceneDrawsBoxFigureTargetAndTriangles();
    void clicksAnswerLikeKeys();
    void simulatedDifficultyGrowsWithTasksAndTriangles();
    void theBaselineRunsBeforeAndAfterTheSubtests();
};

void TestDividedAttentionExercise::eightDirectionsAtTheEccentricity()
{
    DividedAttentionExercise e;
    std::set<int> seen;
    for (quint64 seed = 1; seed <= 200; ++seed) {
        const TrialSpec t = e.nextTrial(contextFor(e, SessionMode::Assessment, 3, seed));
        const QPointF at = targetOf(t);
        QCOMPARE(std::hypot(at.x(), at.y()), 0.35);
        seen.insert(t.stimulus.value(QStringLiteral("direction")).toInt());
        QCOMPARE(t.stimulus.value(QStringLiteral("distractors")).toArray().size(), 0);
    }
    QCOMPARE(seen, (std::set<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    // Key directions: W up, D right, X down, A left; the keypad alike.
    QCOMPARE(DividedAttentionExercise::directionOfKey(QStringLiteral("w")), 0);
    QCOMPARE(DividedAttentionExercise::directionOfKey(QStringLiteral("d")), 2);
    QCOMPARE(DividedAttentionExercise::directionOfKey(QStringLiteral("x")), 4);
    QCOMPARE(DividedAttentionExercise::directionOfKey(QStringLiteral("a")), 6);
    QCOMPARE(DividedAttentionExercise::directionOfKey(QStringLiteral("9")), 1);
    QCOMPARE(DividedAttentionExercise::directionOfKey(QStringLiteral("s")), -1);
}

void TestDividedAttentionExercise::distractorsNeverOverlapTheTarget()
{
    DividedAttentionExercise e;
    const double item = 0.045;
    for (quint64 seed = 1; seed <= 300; ++seed) {
        // The selective subtest (47 triangles), and training at every level.
        auto c = contextFor(e, SessionMode::Assessment, 4, seed);
        TrialSpec t = e.nextTrial(c);
        QCOMPARE(t.stimulus.value(QStringLiteral("distractors")).toArray().size(), 47);
        auto training = contextFor(e, SessionMode::Training, 1, seed);
        training.difficulty = (seed % 11) / 10.0;
        for (const TrialSpec &spec : {t, e.nextTrial(training)}) {
            const QPointF target = targetOf(spec);
            const QJsonArray places = spec.stimulus.value(QStringLiteral("distractors")).toArray();
            for (int i = 0; i < places.size(); ++i) {
                const QJsonArray a = places[i].toArray();
                QVERIFY(std::hypot(a[0].toDouble() - target.x(), a[1].toDouble() - target.y()) >
                        item);
                for (int j = i + 1; j < places.size(); ++j) {
                    const QJsonArray b = places[j].toArray();
                    QVERIFY(std::hypot(a[0].toDouble() - b[0].toDouble(),
                                       a[1].toDouble() - b[1].toDouble()) > item);
                }
            }
        }
    }
}

void TestDividedAttentionExercise::theStaircaseStepsAsPublished()
{
    const QJsonObject p{{QStringLiteral("staircase_starts"), QJsonArray{30, 12}},
                        {QStringLiteral("initial_step_frames"), 3},
                        {QStringLiteral("max_frames"), 30}};
    QJsonObject previous;
    QJsonArray stairs = DividedAttentionExercise::advanceStaircases(p, previous, false);
    QCOMPARE(stairs,
             (QJsonArray{QJsonArray{30, 3, 0, QJsonArray{}}, QJsonArray{12, 3, 0, QJsonArray{}}}));
    // Staircase 0: correct, correct (−3 each), error (+9, a reversal at 24: the step becomes
    // 1), correct (a reversal at 33 → clamped 30; −1).
    const auto step = [&](bool correct) {
        previous = {{QStringLiteral("stairs"), stairs}, {QStringLiteral("stair"), 0}};
        stairs = DividedAttentionExercise::advanceStaircases(p, previous, correct);
        return stairs.at(0).toArray();
    };
    QCOMPARE(step(true).at(0).toInt(), 27);
    QCOMPARE(step(true).at(0).toInt(), 24);
    const QJsonArray afterError = step(false);
    QCOMPARE(afterError.at(0).toInt(), 27); // +3 × 1: the reversal made the step one frame
    QCOMPARE(afterError.at(3).toArray(), (QJsonArray{24}));
    const QJsonArray afterCorrect = step(true);
    QCOMPARE(afterCorrect.at(0).toInt(), 26);
    QCOMPARE(afterCorrect.at(3).toArray(), (QJsonArray{24, 27}));
    QCOMPARE(stairs.at(1).toArray().at(0).toInt(), 12); // the other staircase untouched
}

void TestDividedAttentionExercise::bothAnswersAreScored_data()
{
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("correct");
    // The trial: a car in the centre, the target up and to the right (direction 1).
    QTest::newRow("car and up-right is correct") << "f+e" << true;
    QTest::newRow("car and keypad 9 is correct") << "f+9" << true;
    QTest::newRow("truck and up-right is wrong") << "j+e" << false;
    QTest::newRow("car and up is wrong") << "f+w" << false;
    QTest::newRow("only the first answer is wrong") << "f" << false;
    QTest::newRow("no answer is wrong") << "" << false;
}

void TestDividedAttentionExercise::bothAnswersAreScored()
{
    QFETCH(QString, response);
    QFETCH(bool, correct);
    DividedAttentionExercise e;
    TrialSpec t;
    t.stimulus = {{QStringLiteral("central"), QStringLiteral("car")},
                  {QStringLiteral("direction"), 1}};
    QCOMPARE(e.score(t, response), correct);
    QVERIFY(e.score(t, e.simulatedResponse(t, true)));
    QVERIFY(!e.score(t, e.simulatedResponse(t, false)));
    // Centre only and edge only.
    TrialSpec central;
    central.stimulus = {{QStringLiteral("central"), QStringLiteral("truck")}};
    QVERIFY(e.score(central, QStringLiteral("j")) && !e.score(central, QStringLiteral("f")));
    TrialSpec edge;
    edge.stimulus = {{QStringLiteral("direction"), 6}};
    QVERIFY(e.score(edge, QStringLiteral("a")) && e.score(edge, QStringLiteral("4")) &&
            !e.score(edge, QStringLiteral("d")));
}

void TestDividedAttentionExercise::knownThresholdsAreRecoveredWithinOneFrame()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("d.sqlite")));
    QVERIFY(db);
    const qint64 participant = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    DividedAttentionExercise e;
    // A Weibull observer (slope 3.5, no lapses) whose 75 % point is 6 frames (100 ms) in the
    // centre-only subtest, 10 frames (167 ms) with the edge task, 14 (233 ms) among triangles
    // and 7 frames for the edge alone.
    const std::map<QString, std::pair<double, double>> truth = {
        {QStringLiteral("central"), {6.0, 0.5}},
        {QStringLiteral("divided"), {10.0, 1.0 / 16}},
        {QStringLiteral("selective"), {14.0, 1.0 / 16}},
        {QStringLiteral("peripheral"), {7.0, 1.0 / 8}}};
    const double beta = 3.5;
    auto rng = std::make_shared<std::mt19937_64>(6);
    const Responder observer = [&](const TrialSpec &t) {
        const auto [threshold, guess] = truth.at(t.condition);
        // α such that P(threshold) = 0.75: 1 − exp(−(T/α)^β) = (0.75 − γ) / (1 − γ).
        const double alpha =
            threshold / std::pow(-std::log(1.0 - (0.75 - guess) / (1.0 - guess)), 1.0 / beta);
        const double frames = t.stimulus.value(QStringLiteral("display_frames")).toInt();
        const double p = guess + (1.0 - guess) * (1.0 - std::exp(-std::pow(frames / alpha, beta)));
        std::uniform_real_distribution<double> u(0.0, 1.0);
        return SimulatedAnswer{e.simulatedResponse(t, u(*rng) < p), 900.0};
    };
    SessionRunner::Options options;
    options.seed = 12;
    options.practice = false;
    // 200 trials per subtest (the baseline in two halves of 100): with 40 the estimate's own SE
    // is more than a frame.
    options.parameterOverrides = {{QStringLiteral("trials_per_subtest"), 200},
                                  {QStringLiteral("baseline_trials_per_half"), 100}};
    const auto id =
        HeadlessRun(*db, e).run(participant, SessionMode::Assessment, options, observer);
    QVERIFY(id);
    const auto trials = testing::scoredTrials(*db, id.value());
    QCOMPARE(trials.size(), std::size_t(800));
    for (const TrialRecord &t : trials) {
        const auto s = QJsonDocument::fromJson(QByteArray::fromStdString(t.stimulus)).object();
        QCOMPARE(t.framesShown, s.value(QStringLiteral("display_frames")).toInt());
    }
    const auto summary = e.summarise(trials);
    const double frame = 1000.0 / 60.0;
    for (const auto &[kind, value] : truth) {
        const double fitted = measure(summary, kind + QStringLiteral("_threshold_fit_ms"));
        const double stairs = measure(summary, kind + QStringLiteral("_threshold_staircase_ms"));
        QVERIFY2(std::abs(fitted - value.first * frame) < frame,
                 qPrintable(QStringLiteral("%1 fitted %2").arg(kind).arg(fitted)));
        QVERIFY2(std::abs(stairs - value.first * frame) < 1.5 * frame,
                 qPrintable(QStringLiteral("%1 staircase %2").arg(kind).arg(stairs)));
    }
    QVERIFY(!std::isnan(measure(summary, QStringLiteral("dual_task_cost_percent"))));
}

void TestDividedAttentionExercise::theSceneDrawsBoxFigureTargetAndTriangles()
{
    DividedAttentionExercise e;
    DividedAttentionScene scene;
    const TrialSpec t = e.nextTrial(contextFor(e, SessionMode::Assessment, 4, 4));
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    scene.paint(painter, image.rect(), t, t.phases[1]);
    painter.end();
    const auto litNear = [&](QPointF at, double radius) {
        int n = 0;
        for (int y = int(at.y() - radius); y <= int(at.y() + radius); ++y)
            for (int x = int(at.x() - radius); x <= int(at.x() + radius); ++x)
                n += qGray(image.pixel(x, y)) > 128;
        return n;
    };
    const QPointF centre(400, 300);
    // The box's edge (0.12 × 600 = 72 px wide) and the figure inside it.
    QVERIFY(litNear(centre + QPointF(0, -36), 2) > 0);
    QVERIFY(litNear(centre, 20) > 100);
    // The target ring and every triangle, each within half an item (13.5 px) of its place.
    QVERIFY(litNear(centre + targetOf(t) * 600, 13) > 20);
    const QJsonArray places = t.stimulus.value(QStringLiteral("distractors")).toArray();
    QCOMPARE(places.size(), 47);
    for (const auto &v : places) {
        const QJsonArray a = v.toArray();
        QVERIFY(litNear(centre + QPointF(a[0].toDouble(), a[1].toDouble()) * 600, 13) > 10);
    }
    // The mask covers about half the screen in white.
    QImage mask(800, 600, QImage::Format_RGB32);
    mask.fill(Qt::black);
    QPainter maskPainter(&mask);
    scene.paint(maskPainter, mask.rect(), t, t.phases[2]);
    maskPainter.end();
    int white = 0;
    for (int y = 0; y < 600; y += 3)
        for (int x = 0; x < 800; x += 3)
            white += qGray(mask.pixel(x, y)) > 128;
    QVERIFY(std::abs(white / (200.0 * 267.0) - 0.5) < 0.1);
}

void TestDividedAttentionExercise::clicksAnswerLikeKeys()
{
    DividedAttentionScene scene;
    const QRectF area(0, 0, 800, 600);
    const TrialSpec t;
    const Phase central{QStringLiteral("ask-central"), 0, false};
    const Phase where{QStringLiteral("ask-direction"), 0, false};
    QCOMPARE(scene.keyAt(area, t, central, {310, 300}), QStringLiteral("f")); // the car
    QCOMPARE(scene.keyAt(area, t, central, {490, 300}), QStringLiteral("j")); // the truck
    QCOMPARE(scene.keyAt(area, t, central, {400, 50}), QString());
    // Spokes of 0.3 × 600 = 180 px: up, up-right, right, …, up-left.
    const QStringList expected = {QStringLiteral("w"), QStringLiteral("e"), QStringLiteral("d"),
                                  QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("z"),
                                  QStringLiteral("a"), QStringLiteral("q")};
    for (int k = 0; k < 8; ++k) {
        const double angle = k * M_PI / 4.0 + 0.2; // a little off the spoke still counts
        const QPointF at(400 + 150 * std::sin(angle), 300 - 150 * std::cos(angle));
        QCOMPARE(scene.keyAt(area, t, where, at), expected[k]);
        QCOMPARE(DividedAttentionExercise::directionOfKey(expected[k]), k);
    }
    QCOMPARE(scene.keyAt(area, t, where, {405, 302}), QString()); // the centre is no answer
    // The pointer shows on the two answer screens only, never over the brief display.
    QVERIFY(scene.pointable(central) && scene.pointable(where));
    QVERIFY(!scene.pointable({QStringLiteral("display"), 3, true}));
    QVERIFY(!scene.pointable({QStringLiteral("mask"), 6, false}));
}

void TestDividedAttentionExercise::simulatedDifficultyGrowsWithTasksAndTriangles()
{
    // A display's simulated difficulty is 1 − ln(frames) / ln 30 plus its offset: centre alone
    // 0, edge alone 0.05, centre + edge 0.1, + 47 triangles 0.2. Training's easiest level shows
    // the centre alone for 60 frames (1 − ln 60 / ln 30, a guess right half the time); from
    // level 0.1 on both tasks, there 60^0.9 ≈ 39.8 → 40 frames with 0.1 · 47 ≈ 5 triangles; its
    // hardest level 1 frame with 47 (1 + 0.2).
    DividedAttentionExercise e;
    TrialContext c = contextFor(e, SessionMode::Training, 1, 3);
    c.difficulty = 0.0;
    const TrialSpec easiest = e.nextTrial(c);
    QCOMPARE(easiest.condition, QStringLiteral("central"));
    QCOMPARE(easiest.stimulus.value(QStringLiteral("display_frames")).toInt(), 60);
    QVERIFY(!easiest.stimulus.contains(QStringLiteral("direction")));
    QVERIFY(qAbs(e.simulationCue(easiest).difficulty - (1.0 - std::log(60.0) / std::log(30.0))) <
            1e-12);
    QCOMPARE(e.simulationCue(easiest).guess.value_or(0.0), 0.5);
    c.difficulty = 0.099;
    QCOMPARE(e.nextTrial(c).condition, QStringLiteral("central"));
    c.difficulty = 0.1;
    const TrialSpec both = e.nextTrial(c);
    QCOMPARE(both.condition, QStringLiteral("selective"));
    QCOMPARE(both.stimulus.value(QStringLiteral("display_frames")).toInt(), 40);
    QCOMPARE(both.stimulus.value(QStringLiteral("distractors")).toArray().size(), 5);
    QVERIFY(qAbs(e.simulationCue(both).difficulty -
                 (1.0 - std::log(40.0) / std::log(30.0) + 0.1 + 0.1 * 5.0 / 47.0)) < 1e-12);
    c.difficulty = 1.0;
    const TrialSpec hardest = e.nextTrial(c);
    QCOMPARE(hardest.stimulus.value(QStringLiteral("distractors")).toArray().size(), 47);
    QVERIFY(qAbs(e.simulationCue(hardest).difficulty - 1.2) < 1e-12);
    QCOMPARE(e.simulationCue(hardest).guess.value_or(0.0), 1.0 / 16.0);
}

void TestDividedAttentionExercise::theBaselineRunsBeforeAndAfterTheSubtests()
{
    // Protocol 2: A B B A — 20 edge-only trials, the three subtests of 40, 20 edge-only again.
    DividedAttentionExercise e;
    const QJsonObject p = e.defaultParameters(SessionMode::Assessment);
    QCOMPARE(e.plan(SessionMode::Assessment, p).blockSizes, (std::vector<int>{20, 40, 40, 40, 20}));
    QStringList order;
    for (int block = 1; block <= 5; ++block)
        order << e.nextTrial(contextFor(e, SessionMode::Assessment, block, 9)).condition;
    QCOMPARE(order, (QStringList{QStringLiteral("peripheral"), QStringLiteral("central"),
                                 QStringLiteral("divided"), QStringLiteral("selective"),
                                 QStringLiteral("peripheral")}));
    // A session stored by protocol 1 (no protocol_version) keeps its order on resume.
    QJsonObject old = p;
    old.remove(QStringLiteral("protocol_version"));
    QCOMPARE(e.plan(SessionMode::Assessment, old).blockSizes, (std::vector<int>{40, 40, 40, 40}));
    TrialContext c = contextFor(e, SessionMode::Assessment, 4, 9);
    c.parameters = old;
    QCOMPARE(QString(e.nextTrial(c).condition), QStringLiteral("peripheral"));
}

void TestDividedAttentionExercise::conditionsReadAsWords_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("words");
    QTest::newRow("the selective subtest")
        << QStringLiteral("selective") << QStringLiteral("Centre and edge among triangles");
    QTest::newRow("the edge alone") << QStringLiteral("peripheral") << QStringLiteral("Edge only");
    QTest::newRow("an id it does not know stays as it is")
        << QStringLiteral("dual") << QStringLiteral("dual");
}

// Issue "clinician's workspace": conditions on screen by name, never by stored id.
void TestDividedAttentionExercise::conditionsReadAsWords()
{
    QFETCH(QString, condition);
    QFETCH(QString, words);
    DividedAttentionExercise e;
    QCOMPARE(e.conditionName(condition), words);
}

QTEST_MAIN(TestDividedAttentionExercise)
#include "tst_dividedattentionexercise.moc"
