#pragma once

#include <QString>
#include <QtGlobal>

namespace attend {

// What the presentation measured for one trial, on the session's monotonic clock (ns since the
// session started). Filled by the stimulus canvas, handed to SessionRunner::completeTrial.
struct TrialTiming
{
    qint64 requestedOnsetNs = -1; // when the onset frame was due
    qint64 onsetNs = -1;          // when the onset frame had been handed to the display
    int framesShown = 0;          // frames on which the stimulus was visible
    bool lateFrame = false;       // some frame of the trial came later than due
    QString response;             // key name; empty when there was none
    qint64 responseNs = -1;       // key press delivery
    bool autoRepeatIgnored = false;
};

} // namespace attend
