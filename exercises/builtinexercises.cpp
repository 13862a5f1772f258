#include "builtinexercises.h"

#include "dividedattention/dividedattentionexercise.h"
#include "dividedattention/dividedattentionscene.h"
#include "exerciseregistry.h"
#include "sceneregistry.h"
#include "sustainedattention/sustainedattentionexercise.h"
#include "sustainedattention/sustainedattentionscene.h"
#include "taskswitching/taskswitchingexercise.h"
#include "taskswitching/taskswitchingscene.h"
#include "visualsearch/visualsearchexercise.h"
#include "visualsearch/visualsearchscene.h"

namespace attend {

void registerBuiltInExercises(ExerciseRegistry &exercises, SceneRegistry &scenes)
{
    // One line pair per exercise folder, in the order the home page shows them. (The timing
    // check is not a training exercise: the shell runs it from the Tools menu.)
    exercises.add(std::make_unique<VisualSearchExercise>());
    scenes.add(VisualSearchExercise::exerciseId(), std::make_unique<VisualSearchScene>());
    exercises.add(std::make_unique<DividedAttentionExercise>());
    scenes.add(DividedAttentionExercise::exerciseId(), std::make_unique<DividedAttentionScene>());
    exercises.add(std::make_unique<TaskSwitchingExercise>());
    scenes.add(TaskSwitchingExercise::exerciseId(), std::make_unique<TaskSwitchingScene>());
    using Sustained = SustainedAttentionExercise;
    exercises.add(std::make_unique<Sustained>(Sustained::Variant::Sart));
    scenes.add(QStringLiteral("sart"), std::make_unique<SustainedAttentionScene>());
    exercises.add(std::make_unique<Sustained>(Sustained::Variant::Cpt));
    scenes.add(QStringLiteral("cpt"), std::make_unique<SustainedAttentionScene>());
}

} // namespace attend
