#pragma once

#include "exercisescene.h"

#include <QCoreApplication>

namespace attend {

// The cue (the rule's name above a frame drawn differently for each rule: solid and square for
// colour, dashed and rounded for shape) and the target (a filled circle or square inside it);
// during practice, the key mapping below.
class TaskSwitchingScene : public ExerciseScene
{
    Q_DECLARE_TR_FUNCTIONS(TaskSwitchingScene)

public:
    void paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
               const Phase &phase) const override;
    QRectF bounds(const QRectF &area, const TrialSpec &trial, const Phase &phase) const override;
};

} // namespace attend
