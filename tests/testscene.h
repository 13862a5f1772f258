#pragma once

// The test exercise's scene: a white square in the middle while the stimulus is shown.

#include "exercisescene.h"

#include <QPainter>

namespace attend::testing {

class TestScene : public ExerciseScene
{
public:
    void paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
               const Phase &phase) const override
    {
        if (phase.stimulus)
            painter.fillRect(bounds(area, trial, phase), Qt::white);
    }
    QRectF bounds(const QRectF &area, const TrialSpec &, const Phase &phase) const override
    {
        if (!phase.stimulus)
            return {};
        const double side = std::min(area.width(), area.height()) * 0.2;
        return {area.center().x() - side / 2, area.center().y() - side / 2, side, side};
    }
    bool pointable(const Phase &phase) const override { return phase.name == u"answer"; }
};

} // namespace attend::testing
