#include "session/trialplayback.h"

#include <QTest>

using namespace attend;

namespace {

// fixation for `fixation` frames, then the stimulus until an answer or the deadline.
TrialSpec searchTrial(int fixation, int deadline)
{
    TrialSpec t;
    t.phases = {{QStringLiteral("fixation"), fixation, false},
                {QStringLiteral("stimulus"), 0, true}};
    t.deadlineFrames = deadline;
    t.keys = {QStringLiteral("f"), QStringLiteral("j")};
    return t;
}

constexpr qint64 kFrame = 16'666'667; // ns at 60 Hz

// Presents frames 0, 1, … while phaseAt says the trial runs, each exactly on time; returns the
// number of frames presented.
int presentUntilOver(TrialPlayback &p, int from = 0, int limit = 1000)
{
    int frame = from;
    std::optional<int> last;
    for (; frame < limit; ++frame) {
        const auto phase = p.phaseAt(frame);
        if (!phase)
            break;
        p.framePresented(frame, *phase, *phase != last, frame * kFrame, frame * kFrame, false);
        last = phase;
    }
    return frame - from;
}

} // namespace

// TrialPlayback is the trial's state machine for both the canvas and the headless run; the
// expected frames and times here are counted by hand from the phases.
class TestTrialPlayback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDeadlineClosesTheWindowCountedFromTheOnset();
    void aPrefaceDelaysTheOnsetByItsFrames();
    void aWarmUpComesBeforeThePreface();
    void keysBeforeTheOnsetAndUnknownKeysAreNotResponses();
    void aSecondAnswerFollowsTheFirstOnTheLastPhase();
    void timedPhasesRunTheirFramesWhateverIsAnswered();
};

void TestTrialPlayback::theDeadlineClosesTheWindowCountedFromTheOnset()
{
    TrialPlayback p(searchTrial(30, 12), 0);
    QCOMPARE(presentUntilOver(p), 30 + 12); // frames 0–29 fixation, 30–41 stimulus
    const TrialTiming t = p.finish();
    QCOMPARE(t.onsetNs, 30 * kFrame);
    QCOMPARE(t.requestedOnsetNs, 30 * kFrame);
    QCOMPARE(t.framesShown, 12);
    QVERIFY(t.response.isEmpty());
    QVERIFY(!p.waitsForAnswer(1));
}

void TestTrialPlayback::aPrefaceDelaysTheOnsetByItsFrames()
{
    QCOMPARE(TrialPlayback::prefaceFrames(60.0), 36); // 600 ms at 60 Hz
    TrialPlayback p(searchTrial(30, 12), TrialPlayback::prefaceFrames(60.0));
    QVERIFY(p.isPreface(0));
    QCOMPARE(p.phaseCount(), 3);
    QCOMPARE(presentUntilOver(p), 36 + 30 + 12);
    QCOMPARE(p.finish().onsetNs, 66 * kFrame);
}

void TestTrialPlayback::aWarmUpComesBeforeThePreface()
{
    TrialPlayback p(searchTrial(30, 12), 36, TrialPlayback::kWarmupFrames);
    QCOMPARE(p.phaseCount(), 4);
    QVERIFY(p.isWarmup(0) && !p.isWarmup(1));
    QVERIFY(p.isPreface(1) && !p.isPreface(0));
    QCOMPARE(presentUntilOver(p), 2 + 36 + 30 + 12);
    QCOMPARE(p.finish().onsetNs, (2 + 36 + 30) * kFrame);
}

void TestTrialPlayback::keysBeforeTheOnsetAndUnknownKeysAreNotResponses()
{
    TrialPlayback p(searchTrial(2, 0), 0);
    QVERIFY(p.accepts(QStringLiteral("j")));
    QVERIFY(!p.accepts(QStringLiteral("space")));
    presentUntilOver(p, 0, 2);                    // fixation only
    QVERIFY(!p.key(QStringLiteral("j"), kFrame)); // before the onset: ignored
    presentUntilOver(p, 2, 3);                    // the onset frame
    QVERIFY(p.onsetShown());
    QVERIFY(!p.key(QStringLiteral("k"), 3 * kFrame)); // not a response key
    QVERIFY(p.key(QStringLiteral("f"), 2 * kFrame + 450'000'000));
    const TrialTiming t = p.finish();
    QCOMPARE(t.response, QStringLiteral("f"));
    QCOMPARE(*t.responseNs - *t.onsetNs, qint64(450'000'000));
    QVERIFY(!p.key(QStringLiteral("j"), 4 * kFrame)); // one response per trial
    QVERIFY(p.waitsForAnswer(1));
}

void TestTrialPlayback::aSecondAnswerFollowsTheFirstOnTheLastPhase()
{
    TrialSpec t;
    t.phases = {{QStringLiteral("target"), 3, true},
                {QStringLiteral("mask"), 6, false},
                {QStringLiteral("ask-central"), 0, false},
                {QStringLiteral("ask-direction"), 0, false}};
    t.keys = {QStringLiteral("f"), QStringLiteral("j")};
    t.secondKeys = {QStringLiteral("w"), QStringLiteral("x")};
    TrialPlayback p(t, 0);
    presentUntilOver(p, 0, 12);
    QCOMPARE(p.phaseAt(12), std::optional<int>(2));    // still asking the first question
    QVERIFY(!p.key(QStringLiteral("w"), 12 * kFrame)); // a second answer cannot come first
    QVERIFY(!p.key(QStringLiteral("j"), 12 * kFrame));
    QCOMPARE(p.phaseAt(13), std::optional<int>(3)); // now the second question
    QVERIFY(p.key(QStringLiteral("x"), 20 * kFrame));
    const TrialTiming timing = p.finish();
    QCOMPARE(timing.response, QStringLiteral("j+x"));
    QCOMPARE(timing.responseNs, 12 * kFrame); // the reaction time is the first answer's
    QCOMPARE(timing.framesShown, 3);
}

void TestTrialPlayback::timedPhasesRunTheirFramesWhateverIsAnswered()
{
    // SART: digit 15 frames, mask 54 frames; a press does not end the trial.
    TrialSpec t;
    t.phases = {{QStringLiteral("digit"), 15, true}, {QStringLiteral("mask"), 54, false}};
    t.keys = {QStringLiteral("space")};
    t.endOnResponse = false;
    TrialPlayback p(t, 0);
    presentUntilOver(p, 0, 20);
    QVERIFY(!p.key(QStringLiteral("space"), 19 * kFrame));
    QCOMPARE(presentUntilOver(p, 20), 69 - 20);
    const TrialTiming timing = p.finish();
    QCOMPARE(timing.response, QStringLiteral("space"));
    QCOMPARE(timing.framesShown, 15);
}

QTEST_GUILESS_MAIN(TestTrialPlayback)
#include "tst_trialplayback.moc"
