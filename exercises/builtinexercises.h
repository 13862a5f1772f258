#pragma once

namespace attend {

class ExerciseRegistry;

// Adds every exercise built into this version of Attend to `registry`.
void registerBuiltInExercises(ExerciseRegistry &registry);

} // namespace attend
