#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace attend {

// What the presentation measured for one trial, on the session's monotonic clock (ns since the
// session started). Filled by TrialPlayback (for the canvas and the headless run), handed to
// SessionRunner::completeTrial, which makes the trial's one TrialRecord of it and the spec.
struct TrialTiming
{
    std::optional<qint64> requestedOnsetNs; // when the onset frame was due
    std::optional<qint64> onsetNs;          // when the onset frame had been handed to the display
    int framesShown = 0;                    // frames on which the stimulus was visible
    bool lateFrame = false;                 // some frame of the trial came later than due
    QString response;                       // key name; empty when there was none
    std::optional<qint64> responseNs;       // key press delivery (the first, of two answers)
    bool autoRepeatIgnored = false;
};

} // namespace attend
