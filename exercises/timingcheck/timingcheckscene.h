#pragma once

#include "exercisescene.h"

namespace attend {

// A white disc, 0.2 of the short screen side across, on black.
class TimingCheckScene : public ExerciseScene
{
public:
    void paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
               const Phase &phase) const override;
    QRectF bounds(const QRectF &area, const TrialSpec &trial, const Phase &phase) const override;
};

} // namespace attend
