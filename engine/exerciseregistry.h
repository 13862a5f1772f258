#pragma once

#include "exercise.h"

#include <memory>
#include <vector>

namespace attend {

// The exercises this build offers, in the order the home page shows them. Owned by whoever
// starts the application and passed to the parts that need it.
class ExerciseRegistry
{
public:
    // Refuses (returns false) an exercise whose id is already registered.
    bool add(std::unique_ptr<Exercise> exercise);
    const std::vector<std::unique_ptr<Exercise>> &all() const { return m_exercises; }
    const Exercise *find(const QString &id) const;

private:
    std::vector<std::unique_ptr<Exercise>> m_exercises;
};

} // namespace attend
