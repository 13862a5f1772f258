#pragma once

#include "sessionrunner.h"

#include <functional>

namespace attend {

// What a simulated participant does on one trial: a key (empty: no response) after `rtMs`.
struct SimulatedAnswer
{
    QString response;
    double rtMs = 0.0;
};
using Responder = std::function<SimulatedAnswer(const TrialSpec &trial)>;

// Runs a whole session through the real SessionRunner without a screen, on a virtual clock: each
// phase lasts exactly its frames, a response later than the trial's deadline (or, for a trial
// that does not end on a response, than its last phase) counts as none. Used by tests, by
// `attend-cli simulate` and by anything that needs realistic data without a person.
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
