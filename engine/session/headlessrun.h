#pragma once

#include "sessionrunner.h"

#include <functional>

namespace attend {

// What a simulated participant does on one trial: a key (empty: no response) `rtMs` after the
// onset. A trial that asks for two answers takes them as "first+second", both at that time.
struct SimulatedAnswer
{
    QString response;
    double rtMs = 0.0;
};
using Responder = std::function<SimulatedAnswer(const TrialSpec &trial)>;

// Runs a whole session through the real SessionRunner and the real trial state machine
// (TrialPlayback) without a screen, on a virtual clock: frames come exactly when due, the
// answer's keys arrive at their reaction time, and everything else — phases, deadlines, what a
// key means, practice feedback before the next trial — is the code the stimulus canvas runs.
// Text screens are passed at once. Used by tests, by `attend-cli simulate` and by anything that
// needs realistic data without a person.
class HeadlessRun
{
public:
    HeadlessRun(Database &db, const Exercise &exercise) : m_db(db), m_exercise(exercise) {}

    // The session's id once it has finished (instructions are skipped; practice runs unless the
    // options say otherwise).
    Result<qint64> run(qint64 participantId, SessionMode mode, SessionRunner::Options options,
                       const Responder &respond);

private:
    Database &m_db;
    const Exercise &m_exercise;
};

} // namespace attend
