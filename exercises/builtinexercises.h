#pragma once

namespace attend {

class ExerciseRegistry;
class SceneRegistry;

// Adds every exercise built into this version of Attend, with its scene.
void registerBuiltInExercises(ExerciseRegistry &exercises, SceneRegistry &scenes);

} // namespace attend
