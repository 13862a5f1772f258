#pragma once

#include "exercisescene.h"

namespace attend {

// A digit or letter in white at the centre, its height a fraction of the short screen side;
// the SART's mask is a ring with a diagonal cross (Robertson et al. 1997).
class SustainedAttentionScene : public ExerciseScene
{
public:
    void paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
               const Phase &phase) const override;
    QRectF bounds(const QRectF &area, const TrialSpec &trial, const Phase &phase) const override;
};

} // namespace attend
