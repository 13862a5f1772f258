#pragma once

// A person answering the TestExercise's trials on a virtual clock, for tests that drive a
// SessionRunner trial by trial.

#include "session/trialspec.h"
#include "session/trialtiming.h"

namespace attend::testing {

// A virtual clock: each trial's onset 1 s after the previous one, the response `rtMs` later.
struct VirtualParticipant
{
    qint64 now = 0;
    TrialTiming answer(const TrialSpec &trial, bool correct, double rtMs = 450.0)
    {
        now += 1'000'000'000;
        TrialTiming timing;
        timing.requestedOnsetNs = now;
        timing.onsetNs = now + 200'000; // 0.2 ms after it was due
        timing.framesShown = int(rtMs / 16.7) + 1;
        const QString target = trial.stimulus.value(QStringLiteral("target")).toString();
        timing.response =
            correct ? target : (target == u"f" ? QStringLiteral("j") : QStringLiteral("f"));
        timing.responseNs = *timing.onsetNs + qint64(rtMs * 1e6);
        return timing;
    }
};

} // namespace attend::testing
