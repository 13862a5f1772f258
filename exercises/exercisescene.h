#pragma once

#include "session/trialspec.h"

#include <QRectF>
#include <QString>
#include <algorithm>

class QPainter;

namespace attend {

// Paints an exercise's trials. Sizes are fractions of the short side of `area` (or degrees of
// visual angle converted by the caller), never raw pixels (DESIGN.md §6). Painting must be quick
// and must not allocate much: it runs between a frame's deadline and its onset time stamp.
class ExerciseScene
{
public:
    virtual ~ExerciseScene() = default;
    // The unit every scene's sizes are fractions of.
    static double shortSide(const QRectF &area) { return std::min(area.width(), area.height()); }
    virtual void paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
                       const Phase &phase) const = 0;
    // The part of `area` that paint() draws on in `phase`. The canvas repaints only what changes
    // between two phases, which keeps the onset frame quick to hand to the display.
    virtual QRectF bounds(const QRectF &area, const TrialSpec &, const Phase &) const
    {
        return area;
    }
    // The response key a mouse click at `point` stands for in `phase` (e.g. a spoke of a
    // direction question), or none: pointing is optional where it is natural (DESIGN.md §6).
    virtual QString keyAt(const QRectF &, const TrialSpec &, const Phase &, QPointF) const
    {
        return {};
    }
    // Whether a click answers in `phase`: the canvas then shows the pointer, even in a full-screen
    // run that hides it everywhere else.
    virtual bool pointable(const Phase &) const { return false; }
};

} // namespace attend
