#pragma once

#include "exercisescene.h"

namespace attend {

// The search display on black: bars, Ts and Ls at the positions stored with the trial, sized in
// fractions of the short screen side; a fixation cross before it and, when the display time is
// limited, a mask of crossed bars at every item's place after it.
class VisualSearchScene : public ExerciseScene
{
public:
    void paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
               const Phase &phase) const override;
    QRectF bounds(const QRectF &area, const TrialSpec &trial, const Phase &phase) const override;
};

} // namespace attend
