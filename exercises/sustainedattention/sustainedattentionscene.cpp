#include "sustainedattentionscene.h"

#include <QPainter>

namespace attend {

namespace {

constexpr double kMaskDiameter = 0.2; // of the short side, about the largest digit's height

QRectF centred(const QRectF &area, double side)
{
    return {area.center().x() - side / 2, area.center().y() - side / 2, side, side};
}

} // namespace

void SustainedAttentionScene::paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
                                    const Phase &phase) const
{
    const double side = shortSide(area);
    if (phase.name == u"symbol") {
        QFont font = painter.font();
        font.setPixelSize(
            std::max(8, int(side * trial.stimulus.value(QStringLiteral("height")).toDouble(0.12))));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(bounds(area, trial, phase), Qt::AlignCenter,
                         trial.stimulus.value(QStringLiteral("symbol")).toString());
    } else if (phase.name == u"mask") {
        const QRectF ring = centred(area, side * kMaskDiameter);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, std::max(2.0, side * 0.012)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(ring);
        const double inset = ring.width() * (1.0 - 1.0 / std::sqrt(2.0)) / 2.0;
        const QRectF cross = ring.adjusted(inset, inset, -inset, -inset);
        painter.drawLine(cross.topLeft(), cross.bottomRight());
        painter.drawLine(cross.topRight(), cross.bottomLeft());
    }
}

QRectF SustainedAttentionScene::bounds(const QRectF &area, const TrialSpec &trial,
                                       const Phase &phase) const
{
    if (phase.name != u"symbol" && phase.name != u"mask")
        return {};
    // Room for the widest glyph and for the mask's pen.
    const double height = trial.stimulus.value(QStringLiteral("height")).toDouble(0.12);
    return centred(area, shortSide(area) * std::max(kMaskDiameter + 0.04, height * 1.6));
}

} // namespace attend
