#include "measurelookup.h"
#include "session/headlessrun.h"
#include "storage/participantrepository.h"
#include "taskswitching/taskswitchingexercise.h"
#include "taskswitching/taskswitchingscene.h"
#include "testdatabase.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <random>

using namespace attend;
using testing::measure;
using Step = TaskSwitchingExercise::Step;

class TestTaskSwitchingExercise : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conditionsReadAsWords_data();
    void conditionsReadAsWords();
    void mixedBlocksKeepTheirBalanceOverManySeeds();
    void theSandwichIsCounterbalanced();
    void theStimulusFollowsTheRuleAndTheMapping();
    void everyResponseKindIsScored_data();
    void everyResponseKindIsScored();
    void trainingSwitchesHalfTheTimeAtEveryLevel();
    void aVersionOneSessionKeepsItsProtocol();
    void aKnownSwitchCostIsRecovered();
    void theSceneShowsCueFrameAndTarget();
};

void TestTaskSwitchingExercise::mixedBlocksKeepTheirBalanceOverManySeeds()
{
    TaskSwitchingExercise e;
    const auto p = e.defaultParameters(SessionMode::Assessment);
    for (quint64 seed = 1; seed <= 300; ++seed) {
        const auto steps = e.assessmentBlock(p, QStringLiteral("mixed"), 40, seed);
        QCOMPARE(steps.size(), std::size_t(40));
        int switches = 0, run = 0, longest = 0, shortCti = 0, congruent = 0, onF = 0,
            cueSwitches = 0;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const Step &s = steps[i];
            QCOMPARE(s.first, i == 0);
            if (i > 0) {
                QCOMPARE(s.isSwitch, s.rule != steps[i - 1].rule);
                // Two cues per rule: a cue switch keeps the rule and changes the cue.
                QCOMPARE(s.cueSwitch, !s.isSwitch && s.cue != steps[i - 1].cue);
                cueSwitches += s.cueSwitch;
                switches += s.isSwitch;
                run = s.isSwitch ? 0 : run + 1;
                longest = std::max(longest, run);
            }
            shortCti += s.ctiMs == 200;
            congruent += s.congruent;
            onF += s.key == u"f";
        }
        QCOMPARE(switches, 20);                         // of 39 transitions: switch probability 0.5
        QVERIFY(cueSwitches == 9 || cueSwitches == 10); // half of the 19 rule repeats
        QVERIFY2(longest <= 4, qPrintable(QString::number(seed)));
        QCOMPARE(shortCti, 20);
        QCOMPARE(congruent, 20);
        QCOMPARE(onF, 20);
    }
    const auto pure = e.assessmentBlock(p, QStringLiteral("shape"), 24, 5);
    for (const Step &s : pure) {
        QCOMPARE(s.rule, QStringLiteral("shape"));
        QVERIFY(!s.isSwitch);
    }
}

void TestTaskSwitchingExercise::theSandwichIsCounterbalanced()
{
    TaskSwitchingExercise e;
    const auto p = e.defaultParameters(SessionMode::Assessment);
    QCOMPARE(e.plan(SessionMode::Assessment, p).blockSizes,
             (std::vector<int>{24, 24, 40, 40, 40, 40, 24, 24}));
    QStringList even, odd;
    for (int b = 1; b <= 8; ++b) {
        even << e.blockKind(p, b, 2);
        odd << e.blockKind(p, b, 3);
    }
    const QString c = QStringLiteral("colour"), s = QStringLiteral("shape"),
                  m = QStringLiteral("mixed");
    QCOMPARE(even, (QStringList{c, s, m, m, m, m, s, c}));
    QCOMPARE(odd, (QStringList{s, c, m, m, m, m, c, s}));
}

void TestTaskSwitchingExercise::theStimulusFollowsTheRuleAndTheMapping()
{
    TaskSwitchingExercise e;
    for (qint64 participant = 1; participant <= 4; ++participant) {
        // Participant 1: orange and square on F… the four groups cover every mapping.
        TrialContext c;
        c.parameters = e.defaultParameters(SessionMode::Assessment);
        c.participantId = participant;
        c.block = 3;
        c.blockSeed = 77;
        for (int i = 0; i < 40; ++i) {
            c.index = i;
            const TrialSpec t = e.nextTrial(c);
            const auto &st = t.stimulus;
            const QString key = st.value(QStringLiteral("key")).toString();
            const bool colourF =
                st.value(QStringLiteral("colour")) == st.value(QStringLiteral("colour_on_f"));
            const bool shapeF =
                st.value(QStringLiteral("shape")) == st.value(QStringLiteral("shape_on_f"));
            const bool colourRule = st.value(QStringLiteral("rule")).toString() == u"colour";
            QCOMPARE((colourRule ? colourF : shapeF) ? QStringLiteral("f") : QStringLiteral("j"),
                     key);
            QCOMPARE(st.value(QStringLiteral("congruent")).toBool(), colourF == shapeF);
            // Blank, cue (CTI), then the target until a response or 3 s; blank + cue is the
            // constant 1500 ms response–stimulus interval (90 frames), whatever the CTI.
            const int cti = st.value(QStringLiteral("cti_ms")).toInt();
            QCOMPARE(t.phases[1].frames, cti * 60 / 1000);
            QCOMPARE(t.phases[0].frames + t.phases[1].frames, 90);
            QCOMPARE(st.value(QStringLiteral("rci_ms")).toInt(), 1500 - cti);
            QCOMPARE(t.deadlineFrames, 180);
        }
    }
}

void TestTaskSwitchingExercise::everyResponseKindIsScored_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("correct");
    QTest::newRow("the key the rule asks for is correct") << "f"
                                                          << "f" << true;
    QTest::newRow("the other key is an error") << "f"
                                               << "j" << false;
    QTest::newRow("no answer before the deadline is an error") << "j"
                                                               << "" << false;
}

void TestTaskSwitchingExercise::everyResponseKindIsScored()
{
    QFETCH(QString, key);
    QFETCH(QString, response);
    QFETCH(bool, correct);
    TaskSwitchingExercise e;
    TrialSpec t;
    t.stimulus = {{QStringLiteral("key"), key}};
    QCOMPARE(e.score(t, response), correct);
    QVERIFY(e.score(t, e.simulatedResponse(t, true)));
    QVERIFY(!e.score(t, e.simulatedResponse(t, false)));
}

void TestTaskSwitchingExercise::trainingSwitchesHalfTheTimeAtEveryLevel()
{
    TaskSwitchingExercise e;
    for (double level : {0.0, 1.0}) {
        TrialContext c;
        c.mode = SessionMode::Training;
        c.parameters = e.defaultParameters(SessionMode::Training);
        c.block = 1;
        c.difficulty = level;
        int switches = 0, run = 0, longest = 0, incongruent = 0;
        const int n = 3000;
        for (int i = 0; i < n; ++i) {
            c.index = i;
            c.trialSeed = quint64(i) * 7919 + 1;
            const TrialSpec t = e.nextTrial(c);
            const QString transition = t.stimulus.value(QStringLiteral("transition")).toString();
            QCOMPARE(transition == u"first", i == 0);
            switches += transition == u"switch";
            run = transition == u"repeat" ? run + 1 : 0;
            longest = std::max(longest, run);
            incongruent += !t.stimulus.value(QStringLiteral("congruent")).toBool();
            c.previousStimulus = t.stimulus;
            QCOMPARE(t.stimulus.value(QStringLiteral("cti_ms")).toInt(), level == 0 ? 1000 : 100);
            QCOMPARE(t.deadlineFrames, level == 0 ? 180 : 60);
        }
        QVERIFY(longest <= 4);
        // Switch probability 0.5 at every level (Monsell & Mizon 2006), raised a little by the
        // forced switch after four repeats: a run of k repeats has P = 0.5^(k+1) for k < 4 and
        // 0.5^4 for k = 4, E[k] = 0.9375, so switches are 1 / 1.9375 = 0.516 of transitions.
        const double rate = switches / double(n - 1);
        QVERIFY2(std::abs(rate - 0.516) < 0.03, qPrintable(QString::number(rate)));
        QVERIFY(std::abs(incongruent / double(n) - (level == 0 ? 0.3 : 0.8)) < 0.04);
    }
}

void TestTaskSwitchingExercise::aVersionOneSessionKeepsItsProtocol()
{
    // Parameters stored by protocol version 1 (a fixed 500 ms response–cue interval, a training
    // switch probability of 0.2–0.6): a resumed session runs as it began.
    TaskSwitchingExercise e;
    TrialContext c;
    c.mode = SessionMode::Training;
    c.parameters = e.defaultParameters(SessionMode::Training);
    c.parameters.remove(QStringLiteral("rsi_ms"));
    c.parameters.remove(QStringLiteral("switch_probability"));
    c.parameters.insert(QStringLiteral("rci_ms"), 500);
    c.parameters.insert(QStringLiteral("switch_probability_easy"), 0.2);
    c.parameters.insert(QStringLiteral("switch_probability_hard"), 0.6);
    c.block = 1;
    c.difficulty = 0.0;
    int switches = 0;
    const int n = 2000;
    for (int i = 0; i < n; ++i) {
        c.index = i;
        c.trialSeed = quint64(i) * 7919 + 1;
        const TrialSpec t = e.nextTrial(c);
        QCOMPARE(t.phases[0].frames, 30);
        switches += t.stimulus.value(QStringLiteral("transition")).toString() == u"switch";
        c.previousStimulus = t.stimulus;
    }
    // 0.2 with the forced switch after four repeats: about 0.26.
    QVERIFY(switches / double(n - 1) > 0.2 && switches / double(n - 1) < 0.32);
}

void TestTaskSwitchingExercise::aKnownSwitchCostIsRecovered()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db);
    const qint64 participant = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    TaskSwitchingExercise e;
    // 120 ms to switch the rule (its cue changes too), 50 ms when only the cue changes, 60 ms for
    // keeping two rules ready, 40 ms when the rules disagree.
    auto rng = std::make_shared<std::mt19937_64>(4);
    const Responder person = [&e, rng](const TrialSpec &t) {
        std::normal_distribution<double> noise(0.0, 80.0);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        const QString transition = t.stimulus.value(QStringLiteral("transition")).toString();
        const bool mixed = t.condition.startsWith(u"mixed");
        double rt = 550.0 + noise(*rng);
        rt += transition == u"switch" ? 120.0 : (transition == u"cueswitch" ? 50.0 : 0.0);
        rt += mixed ? 60.0 : 0.0;
        rt += t.stimulus.value(QStringLiteral("congruent")).toBool() ? 0.0 : 40.0;
        return SimulatedAnswer{e.simulatedResponse(t, u(*rng) < 0.95), std::max(200.0, rt)};
    };
    SessionRunner::Options options;
    options.seed = 8;
    const auto id = HeadlessRun(*db, e).run(participant, SessionMode::Assessment, options, person);
    QVERIFY(id);
    const auto trials = testing::scoredTrials(*db, id.value());
    QCOMPARE(trials.size(), std::size_t(256));
    const auto s = e.summarise(trials);
    const double cost = measure(s, QStringLiteral("switch_cost_rt_ms"));
    // Recomputed independently from the stored rows: mixed blocks, not a block's first trial,
    // not after an error, correct, RT ≥ 100 ms.
    std::vector<double> switches, repeats;
    for (std::size_t i = 1; i < trials.size(); ++i) {
        const TrialRecord &t = trials[i], &before = trials[i - 1];
        const QString c = QString::fromStdString(t.condition);
        if (!c.startsWith(u"mixed") || c.contains(u"first") || t.block != before.block ||
            !before.correct || !t.correct || t.rtMs().value_or(0.0) < 100.0)
            continue;
        (c.contains(u"-switch-") ? switches : repeats).push_back(*t.rtMs()); // cue switches too
    }
    const auto meanVar = [](const std::vector<double> &x) {
        double m = 0, v = 0;
        for (double r : x)
            m += r / double(x.size());
        for (double r : x)
            v += (r - m) * (r - m) / double(x.size() - 1);
        return std::pair{m, v};
    };
    const auto [ms, vs] = meanVar(switches);
    const auto [mr, vr] = meanVar(repeats);
    QCOMPARE(cost, ms - mr);
    const double se = std::sqrt(vs / double(switches.size()) + vr / double(repeats.size()));
    // Against every rule repeat, half of them cue switches: 120 − 50 / 2 = 95 ms, within two
    // standard errors of the estimate.
    QVERIFY2(std::abs(cost - 95.0) < 2 * se,
             qPrintable(QStringLiteral("%1 ± %2").arg(cost).arg(se)));
    // Apart: the rule's own 70 ms and the cue's 50 ms. About 70 switches, 35 cue switches and 35
    // cue repeats with RT SD 80: SEs about 17 ms, so 2.5 SE ≈ 42 ms.
    const double task = measure(s, QStringLiteral("task_switch_cost_rt_ms"));
    const double cue = measure(s, QStringLiteral("cue_switch_cost_rt_ms"));
    QVERIFY2(std::abs(task - 70.0) < 42.0, qPrintable(QString::number(task)));
    QVERIFY2(std::abs(cue - 50.0) < 42.0, qPrintable(QString::number(cue)));
    // Mixing cost: ~70 mixed repeats against ~85 pure trials: SE ≈ 13 ms.
    const double mixing = measure(s, QStringLiteral("mixing_cost_rt_ms"));
    QVERIFY2(std::abs(mixing - 60.0) < 27.0, qPrintable(QString::number(mixing)));
    // Congruency: all ~215 usable trials split in two halves, plus the switch and mixing
    // effects as extra noise: SE ≈ 13 ms.
    const double congruency = measure(s, QStringLiteral("congruency_effect_rt_ms"));
    QVERIFY2(std::abs(congruency - 40.0) < 27.0, qPrintable(QString::number(congruency)));
    QVERIFY(!std::isnan(measure(s, QStringLiteral("switch_cost_rt_cti_200_ms"))));
    QVERIFY(std::abs(measure(s, QStringLiteral("accuracy")) - 0.95) < 0.04);
}

void TestTaskSwitchingExercise::theSceneShowsCueFrameAndTarget()
{
    TaskSwitchingExercise e;
    TaskSwitchingScene scene;
    TrialContext c;
    c.parameters = e.defaultParameters(SessionMode::Assessment);
    c.participantId = 2; // blue on F
    c.block = 1;         // colour, pure
    c.blockSeed = 3;
    TrialSpec t = e.nextTrial(c);
    QCOMPARE(t.stimulus.value(QStringLiteral("rule")).toString(), QStringLiteral("colour"));
    const auto render = [&](const Phase &phase) {
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        scene.paint(painter, image.rect(), t, phase);
        return image;
    };
    const QImage cue = render(t.phases[1]);
    // The colour rule's solid frame: 0.36 × 600 = 216 px wide around the centre.
    QVERIFY(qGray(cue.pixel(400, 300 - 108)) > 128);
    QVERIFY(qGray(cue.pixel(400 - 108, 330)) > 128);
    QCOMPARE(cue.pixel(400, 300), qRgb(0, 0, 0)); // no target yet
    const QImage target = render(t.phases[2]);
    const QColor centre = target.pixelColor(400, 300);
    if (t.stimulus.value(QStringLiteral("colour")).toString() == u"blue")
        QVERIFY(centre.blue() > 200 && centre.red() < 120);
    else
        QVERIFY(centre.red() > 200 && centre.blue() < 50);
    // The square fills its corner, the circle does not.
    const bool square = t.stimulus.value(QStringLiteral("shape")).toString() == u"square";
    QCOMPARE(target.pixel(400 - 45, 300 - 45) != qRgb(0, 0, 0), square);
}

void TestTaskSwitchingExercise::conditionsReadAsWords_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("words");
    QTest::newRow("a cue switch in a mixed block")
        << QStringLiteral("mixed-cueswitch-congruent-200")
        << QStringLiteral("Mixed block, cue switch, congruent, cue 200 ms before");
    QTest::newRow("a single-task block")
        << QStringLiteral("pure-first-incongruent-1000")
        << QStringLiteral("Single-task block, first of its block, incongruent, cue 1000 ms before");
    QTest::newRow("an id it does not know stays as it is")
        << QStringLiteral("mixed-jump-congruent-200") << QStringLiteral("mixed-jump-congruent-200");
}

// Issue "clinician's workspace": conditions on screen by name, never by stored id.
void TestTaskSwitchingExercise::conditionsReadAsWords()
{
    QFETCH(QString, condition);
    QFETCH(QString, words);
    TaskSwitchingExercise e;
    QCOMPARE(e.conditionName(condition), words);
}

QTEST_MAIN(TestTaskSwitchingExercise)
#include "tst_taskswitchingexercise.moc"
