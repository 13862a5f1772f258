#pragma once

#include "trialspec.h"
#include "trialtiming.h"

#include <optional>

namespace attend {

// The one state machine of a trial on screen (DESIGN.md §2, §4): which phase each frame shows,
// when the response window closes, what a key means and what the trial's timing record holds.
// It is pure logic on times it is given: the stimulus canvas drives it on the real clock, the
// headless run on a virtual one, so that simulations run the code people meet.
class TrialPlayback
{
public:
    // Practice feedback is shown as a preface before the next trial, for about this long.
    static constexpr double kPrefaceMs = 600.0;
    // Frame 0 of a trial is due this long after the trial is started, so that it can be
    // scheduled like every other frame.
    static constexpr qint64 kLeadNs = 2'000'000;
    // Blank paced frames before the first trial of a run and after every text screen (a break,
    // a pause): a window just mapped or repainted from a screen of text shows its first frames
    // late, so no stimulus is stamped until two frames have been paced (DESIGN.md §4).
    static constexpr int kWarmupFrames = 2;

    // The preface's length in frames at `refreshHz`.
    static int prefaceFrames(double refreshHz);

    TrialPlayback() = default;
    // `warmupFrames` > 0 puts that many blank frames first; `prefaceFrames` > 0 a preface of that
    // many frames before the trial's phases.
    TrialPlayback(const TrialSpec &trial, int prefaceFrames, int warmupFrames = 0);

    const TrialSpec &trial() const { return m_trial; }
    int phaseCount() const { return int(m_phases.size()); }
    const Phase &phase(int index) const { return m_phases[std::size_t(index)]; }
    bool isPreface(int index) const { return m_hasPreface && index == m_firstShown; }
    bool isWarmup(int index) const { return index < m_firstShown; }

    // The phase frame `frame` (from 0) shows, or none when the trial is over by then: its
    // response window has closed or its timed phases have run out.
    std::optional<int> phaseAt(int frame) const;
    // Records that `frame` has been presented showing `phase`: `changed` when it differs from
    // the frame before (then `shownNs` is when it was handed to the display and `late` whether
    // it came later than half a frame after `dueNs`).
    void framePresented(int frame, int phase, bool changed, qint64 dueNs, qint64 shownNs,
                        bool late);
    bool onsetShown() const { return m_onsetFrame >= 0; }
    std::optional<qint64> onsetNs() const { return m_timing.onsetNs; }

    // Whether `key` answers this trial at all (other keys belong to the screen around it).
    bool accepts(const QString &key) const;
    // A response key delivered at `atNs`; returns true when it ends the trial.
    bool key(const QString &key, qint64 atNs);
    void autoRepeatIgnored() { m_timing.autoRepeatIgnored = true; }
    // Whether the trial waits for an answer that nothing else will end (an open phase without
    // a deadline).
    bool waitsForAnswer(int phase) const;

    // The trial's timing record, once it has ended.
    TrialTiming finish();

private:
    TrialSpec m_trial;
    std::vector<Phase> m_phases; // the preface, if any, then the trial's phases
    bool m_hasPreface = false;
    int m_firstShown = 0; // the phase after the warm-up
    int m_onsetPhase = -1;
    int m_onsetFrame = -1;
    int m_phaseFloor = 0; // after a first answer, the question for the second
    QString m_firstKey;
    TrialTiming m_timing;
};

} // namespace attend
