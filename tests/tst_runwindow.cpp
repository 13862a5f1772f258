#include "fakescheduling.h"
#include "models/sessiondetailmodel.h"
#include "runwindow.h"
#include "stimuluscanvas.h"
#include "storage/participantrepository.h"
#include "storage/trialrepository.h"
#include "stringlist.h"
#include "testdatabase.h"
#include "testexercise.h"
#include "testscene.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace attend;
using State = SessionRunner::State;
using testing::strings;

class TestRunWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aSessionRunsByKeyboardFromInstructionsToSummary();
    void escapePausesAndQStopsTheSessionKeepingTrials();
    void theSummaryNamesLastTimesResult();
    void thePriorityIsRaisedForTheSessionAndGivenBack();
    void aSessionWithoutPermissionToRaiseRunsAsBeforeAndSaysSo();
    void theServerLineStandsAboveTheKeyToPress();

private:
    std::unique_ptr<RunWindow> makeWindow();
    bool answerCurrentTrial(RunWindow &window, bool right = true);
    void runToSummary(RunWindow &window, bool right = true);
    QJsonObject storedScheduling();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    testing::TestExercise m_exercise;
    testing::TestScene m_scene;
    testing::FakeScheduling m_scheduling;
    qint64 m_participant = 0;
};

void TestRunWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testing::openOrFail(m_dir->filePath(QStringLiteral("w.sqlite")));
    QVERIFY(m_db);
    m_participant = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
    m_scheduling = {};
}

void TestRunWindow::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<RunWindow> TestRunWindow::makeWindow()
{
    RunWindow::Options options;
    options.fullScreen = false;
    options.photodiodeMarker = true;
    options.parameterOverrides = {{QStringLiteral("fixation_frames"), 1},
                                  {QStringLiteral("practice"), 1},
                                  {QStringLiteral("blocks"), QJsonArray{2, 1}}};
    auto window = std::make_unique<RunWindow>(*m_db, m_exercise, m_scene, m_scheduling, options);
    window->present();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the run window was not exposed");
    return window;
}

// Waits for the stimulus (the marker turns white) and presses the key it asks for (or the
// other one).
bool TestRunWindow::answerCurrentTrial(RunWindow &window, bool right)
{
    StimulusCanvas &canvas = window.canvas();
    const bool shown = QTest::qWaitFor([&] {
        return canvas.trialRunning() &&
               canvas.grab().toImage().pixelColor(5, 5) == QColor(Qt::white);
    });
    if (!shown)
        return false;
    const QString target =
        window.runner().currentTrial().stimulus.value(QStringLiteral("target")).toString();
    QTest::keyClick(&canvas, (target == u"f") == right ? Qt::Key_F : Qt::Key_J);
    return true;
}

void TestRunWindow::aSessionRunsByKeyboardFromInstructionsToSummary()
{
    auto window = makeWindow();
    QSignalSpy finished(window.get(), &RunWindow::finished);
    QVERIFY(window->start(m_participant, SessionMode::Assessment));
    SessionRunner &runner = window->runner();
    QCOMPARE(runner.state(), State::Instructions);
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QCOMPARE(runner.state(), State::Practice);
    QVERIFY(answerCurrentTrial(*window));
    QCOMPARE(runner.state(), State::PracticeDone);
    // An assessment gives no feedback after the practice, and says so.
    QVERIFY2(window->canvas().message().contains(QStringLiteral("there is no feedback")),
             qPrintable(window->canvas().message()));
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QVERIFY(answerCurrentTrial(*window));
    QVERIFY(answerCurrentTrial(*window));
    QCOMPARE(runner.state(), State::Break);
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QSignalSpy computing(&runner, &SessionRunner::computingResults);
    QVERIFY(answerCurrentTrial(*window));
    QCOMPARE(computing.count(), 1); // said on screen while the measures are computed
    QCOMPARE(runner.state(), State::Summary);
    QCOMPARE(runner.summary().front().value, 1.0);
    // The person's summary: a share as a percentage, no frame figures.
    QVERIFY2(window->canvas().message().contains(QStringLiteral("Accuracy: 100 %")),
             qPrintable(window->canvas().message()));
    QVERIFY(!window->canvas().message().contains(QStringLiteral("Frame interval")));
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QCOMPARE(finished.count(), 1);

    const auto trials = TrialRepository(*m_db).forSession(runner.sessionId()).value();
    QCOMPARE(trials.size(), std::size_t(4));
    for (const TrialRecord &t : trials) {
        QVERIFY(t.correct);
        QVERIFY(t.rtMs() && *t.rtMs() > 0.0);
        QVERIFY(t.onsetNs && t.requestedOnsetNs && *t.onsetNs >= *t.requestedOnsetNs);
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT status, presentation_path, refresh_mean_ms, "
                                  "platform_json FROM sessions")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
    QVERIFY(q.value(1).toString().startsWith(QStringLiteral("qwidget-repaint-paced/")));
    QVERIFY(q.value(2).toDouble() > 0.0);
    QVERIFY(q.value(3).toString().contains(QStringLiteral("monotonic_origin_ns")));
}

void TestRunWindow::escapePausesAndQStopsTheSessionKeepingTrials()
{
    auto window = makeWindow();
    QSignalSpy finished(window.get(), &RunWindow::finished);
    QVERIFY(window->start(m_participant, SessionMode::Training));
    SessionRunner &runner = window->runner();
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QVERIFY(answerCurrentTrial(*window));
    QTest::keyClick(&window->canvas(), Qt::Key_Space); // past the practice
    QVERIFY(answerCurrentTrial(*window));
    QTest::keyClick(&window->canvas(), Qt::Key_Escape);
    QVERIFY(runner.paused());
    QVERIFY(!window->canvas().trialRunning()); // the trial in flight was dropped
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QVERIFY(!runner.paused());
    QVERIFY(window->canvas().trialRunning()); // and is shown again
    QTest::keyClick(&window->canvas(), Qt::Key_Escape);
    QTest::keyClick(&window->canvas(), Qt::Key_Q);
    QCOMPARE(runner.state(), State::Finished);
    QCOMPARE(finished.count(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT status FROM sessions")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("aborted"));
    QCOMPARE(TrialRepository(*m_db).count().value(), 2);
}

void TestRunWindow::theSummaryNamesLastTimesResult()
{
    // Two assessments, all right the first time and all wrong the second: the second summary
    // names the first's value as a fact, with no figure of change.
    for (const bool right : {true, false}) {
        auto window = makeWindow();
        QVERIFY(window->start(m_participant, SessionMode::Assessment));
        runToSummary(*window, right);
        const QString summary = window->canvas().message();
        QVERIFY2(summary.contains(QStringLiteral("Last assessment")) == !right,
                 qPrintable(summary));
        if (!right)
            QVERIFY2(summary.contains(QStringLiteral("Last assessment: 100 %")) &&
                         !summary.contains(QStringLiteral("change")),
                     qPrintable(summary));
    }
}

void TestRunWindow::runToSummary(RunWindow &window, bool right)
{
    SessionRunner &runner = window.runner();
    while (runner.state() != State::Summary) {
        if (runner.inTrial()) {
            QVERIFY(answerCurrentTrial(window, right));
        } else {
            QTest::keyClick(&window.canvas(), Qt::Key_Space);
        }
    }
}

QJsonObject TestRunWindow::storedScheduling()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT platform_json FROM sessions")) || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray())
        .object()
        .value(QStringLiteral("scheduling"))
        .toObject();
}

// Raised at the start, given back while paused and once the last trial is done (before the
// results are worked out), raised again on continuing; what was obtained is in the record.
void TestRunWindow::thePriorityIsRaisedForTheSessionAndGivenBack()
{
    auto window = makeWindow();
    QVERIFY(window->start(m_participant, SessionMode::Assessment));
    QCOMPARE(m_scheduling.calls, strings({"guard 1000 2000", "realtime 10"}));
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QVERIFY(answerCurrentTrial(*window));
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QTest::keyClick(&window->canvas(), Qt::Key_Escape);
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QCOMPARE(m_scheduling.calls, strings({"guard 1000 2000", "realtime 10", "normal",
                                          "guard 1000 2000", "realtime 10"}));
    QSignalSpy computing(&window->runner(), &SessionRunner::computingResults);
    connect(&window->runner(), &SessionRunner::computingResults, this,
            [this] { QCOMPARE(m_scheduling.calls.constLast(), QStringLiteral("normal")); });
    runToSummary(*window);
    QCOMPARE(computing.count(), 1);
    QCOMPARE(m_scheduling.calls.size(), 6);
    QTest::keyClick(&window->canvas(), Qt::Key_Space); // the summary closes: nothing more
    QCOMPARE(m_scheduling.calls.size(), 6);
    QCOMPARE(storedScheduling(),
             (QJsonObject{{QStringLiteral("level"), QStringLiteral("realtime")},
                          {QStringLiteral("policy"), QStringLiteral("SCHED_FIFO")},
                          {QStringLiteral("value"), 10}}));
    // The clinician's session details say what the session obtained.
    SessionDetailModel detail(*m_db, m_exercise);
    QVERIFY(detail.load(window->runner().sessionId()));
    QVERIFY2(detail.timing().contains(QStringLiteral("Scheduling: real-time priority 10")),
             qPrintable(detail.timing()));
}

void TestRunWindow::aSessionWithoutPermissionToRaiseRunsAsBeforeAndSaysSo()
{
    m_scheduling.allowRealtime = false;
    m_scheduling.allowNice = false;
    auto window = makeWindow();
    QVERIFY(window->start(m_participant, SessionMode::Assessment));
    runToSummary(*window);
    QTest::keyClick(&window->canvas(), Qt::Key_Space);
    QCOMPARE(window->runner().state(), State::Finished);
    QCOMPARE(TrialRepository(*m_db).count().value(), 4);
    const QJsonObject scheduling = storedScheduling();
    QCOMPARE(scheduling.value(QStringLiteral("level")).toString(), QStringLiteral("normal"));
    QVERIFY(scheduling.value(QStringLiteral("refused")).toString().startsWith(u"SCHED_FIFO: "));
    // Nothing was obtained, so nothing was given back.
    QVERIFY(!m_scheduling.calls.contains(QStringLiteral("normal")));
    SessionDetailModel detail(*m_db, m_exercise);
    QVERIFY(detail.load(window->runner().sessionId()));
    QVERIFY2(detail.timing().contains(QStringLiteral("Scheduling: normal priority")),
             qPrintable(detail.timing()));
}

// While a session spools, its message screens say so before the key that moves on, so that
// pressing it is the last thing read (the line used to come after "Press Space…").
void TestRunWindow::theServerLineStandsAboveTheKeyToPress()
{
    const QString server = RunWindow::spoolingText();
    QCOMPARE(RunWindow::spooledScreen(RunWindow::breakScreen(2, 3)),
             QStringLiteral("Block 2 of 3 is done. Take a short break.\n\n") + server +
                 QStringLiteral("\n\nPress Space when you are ready."));
    QCOMPARE(RunWindow::spooledScreen(RunWindow::practiceDoneScreen(QStringLiteral("Correct"),
                                                                    QStringLiteral("Well done."))),
             QStringLiteral("Correct\n\nWell done.\n\n") + server +
                 QStringLiteral("\n\nPress Space to continue."));
    QCOMPARE(RunWindow::spooledScreen(QStringLiteral("One paragraph.")),
             server + QStringLiteral("\n\nOne paragraph."));
}

QTEST_MAIN(TestRunWindow)
#include "tst_runwindow.moc"
