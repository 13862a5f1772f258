#include "headlessrun.h"

#include "timing/framepacer.h"
#include "timing/virtualclock.h"
#include "trialplayback.h"

#include <cmath>

namespace attend {

namespace {

// The keys an answer presses, in order.
QStringList keysOf(const TrialSpec &trial, const SimulatedAnswer &answer)
{
    if (answer.response.isEmpty() || answer.rtMs < 0.0)
        return {};
    return trial.secondKeys.isEmpty() ? QStringList{answer.response} : answer.response.split(u'+');
}

// Plays one trial from the clock's present time, frame by frame as the canvas does; false when
// it waits for an answer that never comes.
bool play(TrialPlayback &playback, const SimulatedAnswer &answer, FramePacer &pacer,
          VirtualClock &clock)
{
    QStringList keys = keysOf(playback.trial(), answer);
    const qint64 rtNs = std::llround(answer.rtMs * 1e6);
    pacer.startAt(clock.now() + TrialPlayback::kLeadNs);
    int shown = -1;
    for (int frame = 0;; ++frame) {
        const qint64 due = pacer.due(frame);
        // A key pressed before this frame is delivered before it, as the event loop would.
        if (!keys.isEmpty() && playback.onsetShown() && *playback.onsetNs() + rtNs < due) {
            clock.setNow(*playback.onsetNs() + rtNs);
            bool ended = false;
            for (const QString &key : std::exchange(keys, {}))
                ended = ended || playback.key(key, clock.now());
            if (ended)
                return true;
        }
        clock.waitUntil(due);
        const std::optional<int> phase = playback.phaseAt(frame);
        if (!phase)
            return true;
        if (keys.isEmpty() && playback.waitsForAnswer(*phase))
            return false;
        playback.framePresented(frame, *phase, *phase != shown, due, due, false);
        shown = *phase;
    }
}

} // namespace

Result<qint64> HeadlessRun::run(qint64 participantId, SessionMode mode,
                                SessionRunner::Options options, const Responder &respond)
{
    options.instructions = false;
    SessionRunner runner(m_db, m_exercise);
    bool feedback = false;   // shown before the next trial, as the run window does
    bool afterScreen = true; // the first trial, and the first after a text screen, warm up
    QObject::connect(&runner, &SessionRunner::feedback, &runner,
                     [&feedback](bool, bool) { feedback = true; });
    if (auto started = runner.start(participantId, mode, options); !started)
        return started.error();
    FramePacer pacer(options.refreshHz);
    VirtualClock clock;
    while (runner.state() != SessionRunner::State::Finished) {
        if (!runner.inTrial()) {
            feedback = false; // a text screen shows it instead
            afterScreen = true;
            if (auto moved = runner.proceed(); !moved)
                return moved.error();
            continue;
        }
        const TrialSpec &trial = runner.currentTrial();
        const int prefaceFrames =
            std::exchange(feedback, false) ? TrialPlayback::prefaceFrames(pacer.refreshHz()) : 0;
        TrialPlayback playback(trial, prefaceFrames,
                               std::exchange(afterScreen, false) ? TrialPlayback::kWarmupFrames
                                                                 : 0);
        if (!play(playback, respond(trial), pacer, clock))
            return Error(Error::Kind::InvalidInput,
                         Error::tr("The simulated participant gave no answer to "
                                   "trial %1 of block %2, which waits for one.")
                             .arg(trial.index + 1)
                             .arg(trial.block));
        if (auto done = runner.completeTrial(playback.finish()); !done)
            return done.error();
    }
    return runner.sessionId();
}

} // namespace attend
