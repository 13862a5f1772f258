#include "visualsearchscene.h"

#include "palette.h"

#include <QJsonArray>
#include <QPainter>

namespace attend {

namespace {

constexpr double kField = 0.6;     // the search square, as in the parameters
constexpr double kFixation = 0.03; // arm span of the fixation cross

} // namespace

void VisualSearchScene::paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
                              const Phase &phase) const
{
    const double side = shortSide(area);
    const QPointF centre = area.center();
    painter.setRenderHint(QPainter::Antialiasing);
    if (phase.name == u"fixation") {
        const double arm = side * kFixation / 2;
        painter.setPen(QPen(Qt::white, std::max(2.0, side * 0.004)));
        painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0));
        painter.drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm));
        return;
    }
    if (phase.name != u"display" && phase.name != u"mask")
        return;
    const double length = side * trial.stimulus.value(QStringLiteral("item_size")).toDouble(0.045);
    const double half = length / 2, width = std::max(2.0, length / 4);
    for (const auto &value : trial.stimulus.value(QStringLiteral("items")).toArray()) {
        const QJsonArray it = value.toArray();
        painter.save();
        painter.translate(centre + QPointF(it[0].toDouble(), it[1].toDouble()) * side);
        if (phase.name == u"mask") {
            painter.setPen(QPen(QColor(160, 160, 160), width, Qt::SolidLine, Qt::FlatCap));
            for (int angle : {0, 45, 90, 135}) {
                painter.drawLine(QPointF(0, -half), QPointF(0, half));
                painter.rotate(angle == 135 ? 0 : 45);
            }
            painter.restore();
            continue;
        }
        painter.rotate(it[4].toDouble());
        painter.setPen(QPen(paletteColour(it[3].toString()), width, Qt::SolidLine, Qt::FlatCap));
        const QString shape = it[2].toString();
        if (shape == u"T") {
            painter.drawLine(QPointF(-half, -half), QPointF(half, -half));
            painter.drawLine(QPointF(0, -half), QPointF(0, half));
        } else if (shape == u"L") {
            painter.drawLine(QPointF(-half, -half), QPointF(-half, half));
            painter.drawLine(QPointF(-half, half), QPointF(half, half));
        } else {
            painter.drawLine(QPointF(0, -half), QPointF(0, half));
        }
        painter.restore();
    }
}

QRectF VisualSearchScene::bounds(const QRectF &area, const TrialSpec &trial,
                                 const Phase &phase) const
{
    const double side = shortSide(area);
    double extent = 0.0;
    if (phase.name == u"fixation")
        extent = kFixation + 0.01;
    else if (phase.name == u"display" || phase.name == u"mask")
        extent = kField + 2 * trial.stimulus.value(QStringLiteral("item_size")).toDouble(0.045);
    if (extent == 0.0)
        return {};
    const double e = extent * side;
    return {area.center().x() - e / 2, area.center().y() - e / 2, e, e};
}

} // namespace attend
