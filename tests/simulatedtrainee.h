#pragma once

// One simulated trainee's sessions of one exercise, through the product's own sessions
// (TraineeSimulation), for the tests of what screens read from them.

#include "session/traineesimulation.h"
#include "storage/participantrepository.h"

#include <optional>

namespace attend::testing {

// The participant's id, none when the simulation failed.
inline std::optional<qint64> simulateTrainee(Database &db, const ExerciseRegistry &exercises,
                                             const QString &exercise, int sessions,
                                             SessionMode mode)
{
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = sessions;
    plan.exercises = {exercise};
    plan.mode = mode;
    auto codes = TraineeSimulation(db, exercises).run(plan, {});
    if (!codes || codes.value().size() != 1)
        return std::nullopt;
    auto who = ParticipantRepository(db).byCode(codes.value().front());
    return who ? std::optional<qint64>(who.value().id) : std::nullopt;
}

} // namespace attend::testing
