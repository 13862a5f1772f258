#include "stimuluscanvas.h"
#include "testscene.h"

#include <QSignalSpy>
#include <QTest>

using namespace attend;

namespace {

TrialSpec trial(int fixationFrames, int deadlineFrames)
{
    TrialSpec t;
    t.phases = {{QStringLiteral("fixation"), fixationFrames, false},
                {QStringLiteral("stimulus"), 0, true}};
    t.deadlineFrames = deadlineFrames;
    t.keys = {QStringLiteral("f"), QStringLiteral("j")};
    return t;
}

QColor markerPixel(StimulusCanvas &canvas)
{
    return canvas.grab().toImage().pixelColor(5, 5);
}

} // namespace

// The canvas is tested on the offscreen platform for its logic (frames, keys, marker); its
// timing precision is measured by the benchmark tests/bench/timing.sh, not asserted here.
class TestStimulusCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aResponseAfterOnsetEndsTheTrial();
    void keysBeforeOnsetRepeatsAndOthersAreNotResponses();
    void theDeadlineEndsATrialWithoutResponse();
    void timedPhasesRunTheirFramesAndEnd();
    void textScreensPassKeysOn();
    void thePointerShowsOnlyWhileAClickAnswers();
    void noStimulusIsShownBeforeTheWindowIsExposed();

private:
    std::unique_ptr<StimulusCanvas> m_canvas;
    testing::TestScene m_scene;
};

void TestStimulusCanvas::init()
{
    m_canvas = std::make_unique<StimulusCanvas>();
    m_canvas->setScene(&m_scene);
    m_canvas->setPhotodiodeMarker(true);
    m_canvas->resize(400, 300);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
}

void TestStimulusCanvas::cleanup()
{
    m_canvas.reset();
}

void TestStimulusCanvas::aResponseAfterOnsetEndsTheTrial()
{
    QSignalSpy finished(m_canvas.get(), &StimulusCanvas::trialFinished);
    m_canvas->runTrial(trial(2, 0), {}, {});
    QCOMPARE(markerPixel(*m_canvas), QColor(Qt::black));
    QTRY_VERIFY(m_canvas->trialRunning() && markerPixel(*m_canvas) == QColor(Qt::white));
    const qint64 before = m_canvas->now();
    QTest::keyClick(m_canvas.get(), Qt::Key_J);
    const qint64 after = m_canvas->now();
    QCOMPARE(finished.count(), 1);
    const auto timing = finished.at(0).at(0).value<TrialTiming>();
    QCOMPARE(timing.response, QStringLiteral("j"));
    QVERIFY(timing.responseNs && timing.onsetNs && timing.requestedOnsetNs);
    QVERIFY(*timing.responseNs >= before && *timing.responseNs <= after); // stamped on delivery
    QVERIFY(*timing.onsetNs >= *timing.requestedOnsetNs);
    QVERIFY(*timing.onsetNs < *timing.responseNs);
    QVERIFY(timing.framesShown >= 1);
    QVERIFY(!timing.autoRepeatIgnored);
    QVERIFY(!m_canvas->trialRunning());
    QCOMPARE(markerPixel(*m_canvas), QColor(Qt::black)); // dark as soon as the trial ends
}

void TestStimulusCanvas::keysBeforeOnsetRepeatsAndOthersAreNotResponses()
{
    QSignalSpy finished(m_canvas.get(), &StimulusCanvas::trialFinished);
    QSignalSpy others(m_canvas.get(), &StimulusCanvas::keyPressed);
    m_canvas->runTrial(trial(20, 0), {}, {});
    QTest::keyClick(m_canvas.get(), Qt::Key_F); // before the onset: nothing to answer yet
    QCOMPARE(finished.count(), 0);
    QTRY_VERIFY(markerPixel(*m_canvas) == QColor(Qt::white));
    QTest::keyClick(m_canvas.get(), Qt::Key_X); // not a response key
    QCOMPARE(others.count(), 1);
    QCOMPARE(others.at(0).at(0).toString(), QStringLiteral("x"));
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_F, Qt::NoModifier, QStringLiteral("f"), true);
    QApplication::sendEvent(m_canvas.get(), &repeat);
    QCOMPARE(finished.count(), 0);
    QTest::keyClick(m_canvas.get(), Qt::Key_F);
    QCOMPARE(finished.count(), 1);
    const auto timing = finished.at(0).at(0).value<TrialTiming>();
    QCOMPARE(timing.response, QStringLiteral("f"));
    QVERIFY(timing.autoRepeatIgnored);
}

void TestStimulusCanvas::theDeadlineEndsATrialWithoutResponse()
{
    QSignalSpy finished(m_canvas.get(), &StimulusCanvas::trialFinished);
    m_canvas->runTrial(trial(1, 6), {}, {});
    QTRY_COMPARE(finished.count(), 1);
    const auto timing = finished.at(0).at(0).value<TrialTiming>();
    QVERIFY(timing.response.isEmpty());
    QVERIFY(!timing.responseNs);
    QCOMPARE(timing.framesShown, 6); // counted in frames: the onset frame and five more
}

void TestStimulusCanvas::timedPhasesRunTheirFramesAndEnd()
{
    TrialSpec t;
    t.phases = {{QStringLiteral("digit"), 4, true}, {QStringLiteral("mask"), 5, false}};
    t.endOnResponse = false;
    t.keys = {QStringLiteral("space")};
    QSignalSpy finished(m_canvas.get(), &StimulusCanvas::trialFinished);
    m_canvas->runTrial(t, {}, {});
    QTRY_VERIFY(m_canvas->trialRunning() && markerPixel(*m_canvas) == QColor(Qt::white));
    QTest::keyClick(m_canvas.get(), Qt::Key_Space); // recorded, but the mask still runs
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    const auto timing = finished.at(0).at(0).value<TrialTiming>();
    QCOMPARE(timing.response, QStringLiteral("space"));
    QCOMPARE(timing.framesShown, 4);
}

// As in a full-screen run: the window hides the pointer, the canvas shows it on answer screens.
void TestStimulusCanvas::thePointerShowsOnlyWhileAClickAnswers()
{
    QWidget window;
    window.setCursor(Qt::BlankCursor);
    auto *canvas = new StimulusCanvas(&window);
    canvas->setScene(&m_scene);
    canvas->setPhotodiodeMarker(true);
    canvas->resize(400, 300);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrialSpec t;
    t.phases = {{QStringLiteral("display"), 30, true}, {QStringLiteral("answer"), 0, false}};
    t.keys = {QStringLiteral("f")};
    QSignalSpy finished(canvas, &StimulusCanvas::trialFinished);
    canvas->runTrial(t, {}, {});
    QTRY_VERIFY(canvas->trialRunning() && markerPixel(*canvas) == QColor(Qt::white));
    QCOMPARE(canvas->cursor().shape(), Qt::BlankCursor);     // the display
    QTRY_COMPARE(canvas->cursor().shape(), Qt::ArrowCursor); // the answer screen
    QTest::keyClick(canvas, Qt::Key_F);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(canvas->cursor().shape(), Qt::BlankCursor);
}

void TestStimulusCanvas::textScreensPassKeysOn()
{
    QSignalSpy keys(m_canvas.get(), &StimulusCanvas::keyPressed);
    m_canvas->showMessage(QStringLiteral("Press Space"));
    QTest::keyClick(m_canvas.get(), Qt::Key_Space);
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QCOMPARE(keys.count(), 2);
    QCOMPARE(keys.at(0).at(0).toString(), QStringLiteral("space"));
    QCOMPARE(keys.at(1).at(0).toString(), QStringLiteral("escape"));
}

void TestStimulusCanvas::noStimulusIsShownBeforeTheWindowIsExposed()
{
    StimulusCanvas canvas; // a window not yet on screen, as a kiosk run's first moments
    canvas.setScene(&m_scene);
    canvas.setPhotodiodeMarker(true);
    canvas.resize(400, 300);
    canvas.runTrial(trial(1, 0), {}, {});
    QTest::qWait(150); // some nine frames' worth of time
    QVERIFY(canvas.trialRunning());
    QVERIFY(!canvas.playback().onsetShown());
    const qint64 beforeShown = canvas.now();
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QTRY_VERIFY(canvas.playback().onsetShown());
    // The onset comes after the warm-up's two frames and the fixation frame, all paced after the
    // window was on screen.
    const qint64 period = canvas.pacer().periodNs();
    QVERIFY(*canvas.playback().onsetNs() >= beforeShown + 3 * period);
    QTest::keyClick(&canvas, Qt::Key_F);
    QVERIFY(!canvas.trialRunning());
}

QTEST_MAIN(TestStimulusCanvas)
#include "tst_stimuluscanvas.moc"
