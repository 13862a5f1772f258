#pragma once

#include "exercisescene.h"

#include <QString>
#include <map>
#include <memory>

namespace attend {

// The scene of each registered exercise, by exercise id.
class SceneRegistry
{
public:
    bool add(const QString &exerciseId, std::unique_ptr<ExerciseScene> scene);
    const ExerciseScene *find(const QString &exerciseId) const;

private:
    std::map<QString, std::unique_ptr<ExerciseScene>> m_scenes;
};

} // namespace attend
