#pragma once

#include "exercisescene.h"

#include <QCoreApplication>
#include <QJsonObject>

class QPainterPath;

namespace attend {

// The useful-field-of-view display: a box in the centre with a car or truck silhouette, the
// outer target (a car in a circle) and triangle distractors, a full-screen noise mask, and the
// two answer screens (the two figures with their keys; eight spokes with theirs).
class DividedAttentionScene : public ExerciseScene
{
    Q_DECLARE_TR_FUNCTIONS(DividedAttentionScene)

public:
    void paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
               const Phase &phase) const override;
    QRectF bounds(const QRectF &area, const TrialSpec &trial, const Phase &phase) const override;
    // A click on a figure answers the first question; one near a spoke, the second.
    QString keyAt(const QRectF &area, const TrialSpec &trial, const Phase &phase,
                  QPointF point) const override;
    bool pointable(const Phase &phase) const override;

    // A side-view silhouette in `box`: a car, or a truck whose cargo box shrinks towards the
    // car's cabin as `morph` goes from 0 to 1.
    static QPainterPath vehicle(bool truck, double morph, const QRectF &box);

private:
    static void paintDisplay(QPainter &painter, const QRectF &area, const QJsonObject &stimulus);
};

} // namespace attend
