#pragma once

#include "exercise.h"
#include "headlessrun.h"
#include "populationfile.h"
#include "result.h"
#include "simulation/simulatedparticipant.h"

#include <QDateTime>
#include <QStringList>
#include <functional>
#include <optional>

namespace attend {

class Database;
class ExerciseRegistry;
class Programme;

// What `attend-cli simulate` runs: simulated trainees through real sessions (DESIGN.md §2).
struct SimulationPlan
{
    int participants = 3;
    int sessions = 10;               // per participant and exercise
    QStringList exercises;           // ids
    std::optional<SessionMode> mode; // none: an assessment first, then training sessions
    quint64 seed = 1;
    int trialLimit = 0;        // caps each session's non-practice trials; 0 = the full protocol
    QDateTime firstSession;    // UTC; sessions follow one day apart
    PopulationFile population; // whom to draw; the standard population unless a file says
    // Resamples for each session's stored intervals; 0 only for benchmarks that read none.
    int resamples = kBootstrapResamples;
};

// How `person` answers the trials of `exercise` in a HeadlessRun: the exercise's cue for the
// trial (difficulty, extra RT, guess rate, a mask's exposure) through the person's
// psychometric function. `person` must outlive the responder.
Responder simulatedResponder(simulation::SimulatedParticipant &person, const Exercise &exercise);

// Creates participants SIM001, SIM002, … (the next free codes) and runs each through
// `sessions` sessions of every exercise with HeadlessRun, as a SimulatedParticipant drawn from
// the seed who learns across sessions; each session is dated one day after the one before.
class TraineeSimulation
{
public:
    // Called after each session with (sessions done, sessions in all, what was just done);
    // returning false stops the simulation after that session.
    using Progress = std::function<bool(int done, int total, const QString &what)>;

    TraineeSimulation(Database &db, const ExerciseRegistry &exercises)
        : m_db(db), m_exercises(exercises)
    {}

    // The codes of the participants created; sessions already written stay on an error.
    Result<QStringList> run(const SimulationPlan &plan, const Progress &progress);
    // The same people through a whole programme instead (`simulate --programme`): assigned on
    // the first day, each follows today's plan on the programme's weekdays (days_per_week of
    // them, spread over the week) from baseline to final assessment. `plan.sessions`,
    // `exercises` and `mode` are not used: the programme decides.
    Result<QStringList> runProgramme(const SimulationPlan &plan, const Programme &programme,
                                     const Progress &progress);

private:
    Database &m_db;
    const ExerciseRegistry &m_exercises;
};

} // namespace attend
