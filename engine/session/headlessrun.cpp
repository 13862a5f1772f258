#include "headlessrun.h"

#include <cmath>

namespace attend {

namespace {

constexpr qint64 kIntertrialNs = 500'000'000; // a nominal pause for saving between trials

// One trial on the virtual clock starting at `start`; returns when it ended.
qint64 simulate(const TrialSpec &trial, const SimulatedAnswer &answer, double frameNs, qint64 start,
                TrialTiming &timing)
{
    const int onset = trial.onsetPhase();
    int framesBefore = 0, framesAfter = 0, stimulusFrames = 0;
    bool open = false; // a phase that lasts until a response or the deadline
    bool openShowsStimulus = false;
    for (int i = 0; i < int(trial.phases.size()); ++i) {
        const int frames = trial.phases[std::size_t(i)].frames;
        if (onset < 0 || i < onset)
            framesBefore += frames;
        else if (frames == 0) {
            openShowsStimulus =
                openShowsStimulus || (!open && trial.phases[std::size_t(i)].stimulus);
            open = true;
        } else
            framesAfter += frames;
        if (i >= onset && trial.phases[std::size_t(i)].stimulus)
            stimulusFrames += frames;
    }
    timing.requestedOnsetNs = start + qint64(std::llround(framesBefore * frameNs));
    timing.onsetNs = timing.requestedOnsetNs;
    // Responses count until the deadline; without one, until the phases end (or forever when a
    // phase waits for the response).
    const int windowFrames = trial.deadlineFrames > 0 ? trial.deadlineFrames
                             : open                   ? 0
                                                      : framesAfter;
    const double windowMs = windowFrames * frameNs / 1e6;
    const bool responded = !answer.response.isEmpty() && answer.rtMs >= 0.0 &&
                           (windowFrames == 0 || answer.rtMs < windowMs);
    if (responded) {
        timing.response = answer.response;
        timing.responseNs = timing.onsetNs + qint64(std::llround(answer.rtMs * 1e6));
    }
    const double shownMs = responded && trial.endOnResponse ? answer.rtMs
                           : open                           ? windowMs
                                                            : framesAfter * frameNs / 1e6;
    const int shownFrames = int(std::ceil(shownMs * 1e6 / frameNs - 1e-9));
    timing.framesShown =
        std::max(1, openShowsStimulus ? shownFrames : std::min(stimulusFrames, shownFrames));
    return timing.onsetNs + qint64(std::llround(shownMs * 1e6));
}

} // namespace

Result<qint64> HeadlessRun::run(qint64 participantId, SessionMode mode,
                                SessionRunner::Options options, const Responder &respond)
{
    options.instructions = false;
    SessionRunner runner(m_db, m_exercise);
    if (auto started = runner.start(participantId, mode, options); !started)
        return started.error();
    const double frameNs = 1e9 / options.refreshHz;
    qint64 now = 0;
    while (runner.state() != SessionRunner::State::Finished) {
        if (runner.inTrial()) {
            TrialTiming timing;
            const TrialSpec &trial = runner.currentTrial();
            now = simulate(trial, respond(trial), frameNs, now, timing) + kIntertrialNs;
            if (auto done = runner.completeTrial(timing); !done)
                return done.error();
        } else if (auto moved = runner.proceed(); !moved) {
            return moved.error();
        }
    }
    return runner.sessionId();
}

} // namespace attend
