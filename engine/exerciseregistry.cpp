#include "exerciseregistry.h"

namespace attend {

bool ExerciseRegistry::add(std::unique_ptr<Exercise> exercise)
{
    if (!exercise || find(exercise->id()))
        return false;
    m_exercises.push_back(std::move(exercise));
    return true;
}

const Exercise *ExerciseRegistry::find(const QString &id) const
{
    for (const auto &exercise : m_exercises)
        if (exercise->id() == id)
            return exercise.get();
    return nullptr;
}

} // namespace attend
