#include "sceneregistry.h"

namespace attend {

bool SceneRegistry::add(const QString &exerciseId, std::unique_ptr<ExerciseScene> scene)
{
    if (!scene || m_scenes.count(exerciseId))
        return false;
    m_scenes.emplace(exerciseId, std::move(scene));
    return true;
}

const ExerciseScene *SceneRegistry::find(const QString &exerciseId) const
{
    const auto it = m_scenes.find(exerciseId);
    return it == m_scenes.end() ? nullptr : it->second.get();
}

} // namespace attend
