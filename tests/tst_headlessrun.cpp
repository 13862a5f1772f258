#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "fakescheduling.h"
#include "runwindow.h"
#include "sceneregistry.h"
#include "session/headlessrun.h"
#include "stimuluscanvas.h"
#include "storage/participantrepository.h"
#include "testdatabase.h"
#include "timing/virtualclock.h"

#include <QTest>
#include <cmath>

using namespace attend;

namespace {

// A fixed, varied person: mostly right, sometimes wrong, with reaction times from quick to later
// than most response windows, so that deadlines, no-go trials and second answers all occur.
SimulatedAnswer answer(const Exercise &exercise, const TrialSpec &trial)
{
    const int k = trial.block * 37 + trial.index;
    const bool correct = k % 5 != 2;
    const double rtMs = 180.0 + double((k * 263) % 5300);
    return {exercise.simulatedResponse(trial, correct), rtMs};
}

void press(QWidget *canvas, const QString &key)
{
    if (key == u"space")
        QTest::keyClick(canvas, Qt::Key_Space);
    else
        QTest::keyClick(canvas, key.at(0).toLatin1());
}

// Drives the run window on `clock`: text screens are passed with Space at once; each trial's
// answer is pressed when the clock passes its time, as a person's key would arrive.
class VirtualPerson
{
public:
    VirtualPerson(RunWindow &window, VirtualClock &clock, const Exercise &exercise)
        : m_window(window), m_clock(clock)
    {
        QObject::connect(&window.runner(), &SessionRunner::trialReady, &window,
                         [this, &exercise](const TrialSpec &trial) {
                             m_pending = answer(exercise, trial);
                             m_trial = trial;
                         });
        clock.setBeforeMove([this](qint64, qint64 to) { return pressIfDue(to); });
    }

    bool runToEnd()
    {
        SessionRunner &runner = m_window.runner();
        for (int spins = 0; runner.state() != SessionRunner::State::Finished; ++spins) {
            if (spins > 2'000'000)
                return false;
            if (!runner.inTrial())
                press(&m_window.canvas(), QStringLiteral("space"));
            QCoreApplication::processEvents();
        }
        return true;
    }

private:
    // Presses the trial's answer if it is due before `to`; true if it did.
    bool pressIfDue(qint64 to)
    {
        const TrialPlayback &playback = m_window.canvas().playback();
        if (!m_pending || !playback.onsetShown() || m_pending->response.isEmpty())
            return false;
        const qint64 at = *playback.onsetNs() + std::llround(m_pending->rtMs * 1e6);
        if (at >= to)
            return false;
        const SimulatedAnswer a = *std::exchange(m_pending, std::nullopt);
        m_clock.setNow(at);
        const QStringList keys =
            m_trial.secondKeys.isEmpty() ? QStringList{a.response} : a.response.split(u'+');
        for (const QString &key : keys)
            if (m_window.canvas().trialRunning())
                press(&m_window.canvas(), key);
        return true;
    }

    RunWindow &m_window;
    VirtualClock &m_clock;
    std::optional<SimulatedAnswer> m_pending;
    TrialSpec m_trial;
};

} // namespace

// The headless run (simulate, tests, benchmarks) must give exactly what the GUI gives a person
// who answers the same way at the same times: both drive the one TrialPlayback.
class TestHeadlessRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theHeadlessRunStoresWhatTheGuiStores_data();
    void theHeadlessRunStoresWhatTheGuiStores();
    void aTrialThatWaitsForAnAnswerThatNeverComesIsAnError();

private:
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestHeadlessRun::initTestCase()
{
    registerBuiltInExercises(m_exercises, m_scenes);
}

void TestHeadlessRun::theHeadlessRunStoresWhatTheGuiStores_data()
{
    QTest::addColumn<QString>("exercise");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("trials");
    const int assessment = int(SessionMode::Assessment), training = int(SessionMode::Training);
    QTest::newRow("visual search assessment, with deadlines")
        << "visual-search" << assessment << 30;
    QTest::newRow("divided attention assessment, two answers a trial")
        << "divided-attention" << assessment << 24;
    QTest::newRow("task switching assessment") << "task-switching" << assessment << 30;
    QTest::newRow("SART assessment, go and no-go") << "sart" << assessment << 40;
    QTest::newRow("CPT training, with the model's predictions") << "cpt" << training << 40;
    QTest::newRow("visual search training") << "visual-search" << training << 30;
}

void TestHeadlessRun::theHeadlessRunStoresWhatTheGuiStores()
{
    QFETCH(QString, exercise);
    QFETCH(int, mode);
    QFETCH(int, trials);
    const Exercise *e = m_exercises.find(exercise);
    QVERIFY(e);
    constexpr quint32 kSeed = 20261129;
    QTemporaryDir dir;
    auto guiDb = testing::openOrFail(dir.filePath(QStringLiteral("gui.sqlite")));
    auto headlessDb = testing::openOrFail(dir.filePath(QStringLiteral("headless.sqlite")));
    QVERIFY(guiDb && headlessDb);
    const qint64 p1 = ParticipantRepository(*guiDb).add(QStringLiteral("P1"), {}).value().id;
    const qint64 p2 = ParticipantRepository(*headlessDb).add(QStringLiteral("P1"), {}).value().id;

    RunWindow::Options options;
    options.fullScreen = false;
    options.instructions = false;
    options.trialLimit = trials;
    options.seed = kSeed;
    testing::FakeScheduling scheduling;
    RunWindow window(*guiDb, *e, *m_scenes.find(exercise), scheduling, options);
    VirtualClock clock;
    window.canvas().setClock(&clock);
    VirtualPerson person(window, clock, *e);
    window.present();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.start(p1, SessionMode(mode)));
    QVERIFY(person.runToEnd());

    SessionRunner::Options headless;
    headless.trialLimit = trials;
    headless.seed = kSeed;
    const auto id =
        HeadlessRun(*headlessDb, *e).run(p2, SessionMode(mode), headless, [e](const TrialSpec &t) {
            return answer(*e, t);
        });
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));

    const auto gui = TrialRepository(*guiDb).forSession(window.runner().sessionId()).value();
    const auto sim = TrialRepository(*headlessDb).forSession(id.value()).value();
    QCOMPARE(sim.size(), gui.size());
    QVERIFY(gui.size() >= std::size_t(trials));
    int responses = 0;
    for (std::size_t i = 0; i < gui.size(); ++i) {
        const TrialRecord &g = gui[i], &s = sim[i];
        const QByteArray where =
            QStringLiteral("trial %1/%2: GUI %3 at %4 (%5), headless %6 at %7 (%8)")
                .arg(g.block)
                .arg(g.index)
                .arg(QString::fromStdString(g.response))
                .arg(g.responseNs.value_or(-1))
                .arg(g.flags)
                .arg(QString::fromStdString(s.response))
                .arg(s.responseNs.value_or(-1))
                .arg(s.flags)
                .toUtf8();
        QVERIFY2(g.task == s.task && g.block == s.block && g.index == s.index &&
                     g.practice == s.practice && g.condition == s.condition &&
                     g.difficulty == s.difficulty && g.stimulus == s.stimulus,
                 where);
        QVERIFY2(g.requestedOnsetNs == s.requestedOnsetNs && g.onsetNs == s.onsetNs &&
                     g.framesShown == s.framesShown,
                 where);
        QVERIFY2(g.response == s.response && g.responseNs == s.responseNs &&
                     g.correct == s.correct && g.flags == s.flags,
                 where);
        QVERIFY2(g.predictedCorrect == s.predictedCorrect && g.predictedRtMs == s.predictedRtMs &&
                     g.controllerRule == s.controllerRule,
                 where);
        responses += g.responded();
    }
    // The comparison means something only if people answered and also missed some windows.
    QVERIFY(responses > 0);
    QVERIFY(responses < int(gui.size()) || exercise == u"divided-attention");
}

void TestHeadlessRun::aTrialThatWaitsForAnAnswerThatNeverComesIsAnError()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db);
    const qint64 p = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    const Exercise *e = m_exercises.find(QStringLiteral("divided-attention"));
    SessionRunner::Options options;
    options.trialLimit = 4;
    const auto silent = [](const TrialSpec &) { return SimulatedAnswer{}; };
    const auto id = HeadlessRun(*db, *e).run(p, SessionMode::Assessment, options, silent);
    QVERIFY(!id);
    QVERIFY(id.error().message().contains(QStringLiteral("no answer")));
}

QTEST_MAIN(TestHeadlessRun)
#include "tst_headlessrun.moc"
