#include "builtinexercises.h"

#include "exerciseregistry.h"
#include "sceneregistry.h"

namespace attend {

void registerBuiltInExercises(ExerciseRegistry &exercises, SceneRegistry &scenes)
{
    // Each exercise folder adds its exercise and scene here. None is installed yet; the home
    // page says so. (The timing check is not a training exercise: the shell runs it from the
    // Tools menu.)
    (void)exercises;
    (void)scenes;
}

} // namespace attend
