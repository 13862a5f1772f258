#include "timingcheckscene.h"

#include <QPainter>

namespace attend {

namespace {

QRectF disc(const QRectF &area, const TrialSpec &trial)
{
    const double side = ExerciseScene::shortSide(area);
    const double d = side * trial.stimulus.value(QStringLiteral("target_diameter")).toDouble(0.2);
    return {area.center().x() - d / 2, area.center().y() - d / 2, d, d};
}

} // namespace

void TimingCheckScene::paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
                             const Phase &phase) const
{
    if (!phase.stimulus)
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(disc(area, trial));
}

QRectF TimingCheckScene::bounds(const QRectF &area, const TrialSpec &trial,
                                const Phase &phase) const
{
    return phase.stimulus ? disc(area, trial) : QRectF();
}

} // namespace attend
