#include "dividedattentionscene.h"

#include "dividedattentionexercise.h"

#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <numbers>

namespace attend {

namespace {

constexpr double kBox = 0.12;       // the central box's side, of the short screen side
constexpr double kNoiseCell = 0.02; // the mask's squares
constexpr double kSpoke = 0.3;      // answer screen: length of the spokes
const char *const kKeyLabels[8] = {"W / 8", "E / 9", "D / 6", "C / 3",
                                   "X / 2", "Z / 1", "A / 4", "Q / 7"};

QRectF square(QPointF centre, double side)
{
    return {centre.x() - side / 2, centre.y() - side / 2, side, side};
}

void drawText(QPainter &painter, const QRectF &area, double y, double size, const QString &text)
{
    const double side = ExerciseScene::shortSide(area);
    QFont font = painter.font();
    font.setPixelSize(std::max(10, int(side * size)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(area.left(), area.center().y() + (y - size) * side, area.width(),
                            2 * size * side),
                     Qt::AlignCenter, text);
}

// The outlines' pen: white, a little thicker on larger screens.
QPen thinPen(double side)
{
    return QPen(Qt::white, std::max(1.5, side * 0.004));
}

} // namespace

QPainterPath DividedAttentionScene::vehicle(bool truck, double morph, const QRectF &box)
{
    // Unit coordinates: x and y in [0, 1] across the box, wheels at the bottom.
    const auto at = [&box](double x, double y) {
        return QPointF(box.left() + x * box.width(), box.top() + y * box.height());
    };
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addRect(QRectF(at(0.05, 0.5), at(0.95, 0.75))); // body
    if (truck) {
        // Cargo box from tall (0.15) down to the car's cabin height (0.3) as morph grows.
        const double top = 0.15 + 0.15 * std::clamp(morph, 0.0, 1.0);
        path.addRect(QRectF(at(0.05, top), at(0.62, 0.5)));
        path.addRect(QRectF(at(0.66, 0.3), at(0.95, 0.5))); // cab
    } else {
        QPolygonF cabin;
        cabin << at(0.2, 0.5) << at(0.32, 0.3) << at(0.68, 0.3) << at(0.82, 0.5);
        path.addPolygon(cabin);
        path.closeSubpath();
    }
    const double r = 0.1 * box.width();
    path.addEllipse(at(0.27, 0.78), r, r);
    path.addEllipse(at(0.73, 0.78), r, r);
    return path;
}

// The display: the central box with its figure, the distractor triangles, the edge target.
void DividedAttentionScene::paintDisplay(QPainter &painter, const QRectF &area,
                                         const QJsonObject &s)
{
    const double side = shortSide(area);
    const QPointF c = area.center();
    const double morph = s.value(QStringLiteral("morph")).toDouble();
    const QPen thin = thinPen(side);
    const QRectF box = square(c, kBox * side);
    painter.setPen(thin);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    if (s.contains(QStringLiteral("central")))
        painter.drawPath(
            vehicle(s.value(QStringLiteral("central")).toString() == u"truck", morph,
                    box.adjusted(side * 0.012, side * 0.012, -side * 0.012, -side * 0.012)));
    const double item = s.value(QStringLiteral("item_size")).toDouble(0.045) * side;
    for (const auto &v : s.value(QStringLiteral("distractors")).toArray()) {
        const QJsonArray d = v.toArray();
        const QPointF p = c + QPointF(d[0].toDouble(), d[1].toDouble()) * side;
        QPolygonF triangle;
        triangle << p + QPointF(0, -item / 2) << p + QPointF(item / 2, item / 2)
                 << p + QPointF(-item / 2, item / 2);
        painter.setPen(thin);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(triangle);
    }
    if (s.contains(QStringLiteral("direction"))) {
        const double angle = s.value(QStringLiteral("direction")).toInt() * std::numbers::pi / 4.0;
        const double e = s.value(QStringLiteral("eccentricity")).toDouble() * side;
        const QPointF p = c + QPointF(e * std::sin(angle), -e * std::cos(angle));
        const QRectF ring = square(p, item);
        painter.setPen(thin);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(ring);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPath(vehicle(false, 0.0, square(p, item * 0.62)));
    }
}

void DividedAttentionScene::paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
                                  const Phase &phase) const
{
    const double side = shortSide(area);
    const QPointF c = area.center();
    const QJsonObject &s = trial.stimulus;
    const double morph = s.value(QStringLiteral("morph")).toDouble();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPen thin = thinPen(side);

    if (phase.name == u"fixation") {
        const double arm = side * 0.015;
        painter.setPen(thin);
        painter.drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0));
        painter.drawLine(c - QPointF(0, arm), c + QPointF(0, arm));
    } else if (phase.name == u"display") {
        paintDisplay(painter, area, s);
    } else if (phase.name == u"mask") {
        // Black and white squares from the trial's seed: the same mask every time it is shown.
        QRandomGenerator noise(quint32(s.value(QStringLiteral("mask_seed")).toDouble()));
        const double cell = std::max(2.0, kNoiseCell * side);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        for (double y = area.top(); y < area.bottom(); y += cell)
            for (double x = area.left(); x < area.right(); x += cell)
                if (noise.generate() & 1u)
                    painter.drawRect(QRectF(x, y, cell, cell));
    } else if (phase.name == u"ask-central") {
        drawText(painter, area, -0.25, 0.045, tr("What was in the centre?"));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        const double w = 0.16 * side;
        painter.drawPath(vehicle(false, 0.0, square(c + QPointF(-0.15 * side, 0), w)));
        painter.drawPath(vehicle(true, morph, square(c + QPointF(0.15 * side, 0), w)));
        drawText(painter, area, 0.16, 0.04, tr("F = car          J = truck"));
    } else if (phase.name == u"ask-direction") {
        drawText(painter, area, -0.43, 0.035, tr("Where was the round target?"));
        painter.setPen(thin);
        QFont font = painter.font();
        font.setPixelSize(std::max(10, int(side * 0.03)));
        painter.setFont(font);
        for (int k = 0; k < 8; ++k) {
            const double angle = k * std::numbers::pi / 4.0;
            const QPointF dir(std::sin(angle), -std::cos(angle));
            painter.drawLine(c + dir * (0.06 * side), c + dir * (kSpoke * side));
            painter.drawText(square(c + dir * ((kSpoke + 0.05) * side), 0.1 * side),
                             Qt::AlignCenter, QString::fromLatin1(kKeyLabels[k]));
        }
    }
}

QString DividedAttentionScene::keyAt(const QRectF &area, const TrialSpec &, const Phase &phase,
                                     QPointF point) const
{
    const double side = shortSide(area);
    const QPointF d = point - area.center();
    if (phase.name == u"ask-central") {
        // The two figures, 0.16 wide, centred 0.15 to the left and right.
        if (std::abs(d.y()) > 0.1 * side || std::abs(d.x()) > 0.25 * side)
            return {};
        return d.x() < 0 ? QStringLiteral("f") : QStringLiteral("j");
    }
    if (phase.name != u"ask-direction" || std::hypot(d.x(), d.y()) < 0.06 * side)
        return {};
    // The nearest of the 8 spokes (0 = up, clockwise; y grows downwards).
    const double angle = std::atan2(d.x(), -d.y());
    return DividedAttentionExercise::keyForDirection(
        int(std::lround(angle / (std::numbers::pi / 4.0))));
}

bool DividedAttentionScene::pointable(const Phase &phase) const
{
    return phase.name == u"ask-central" || phase.name == u"ask-direction";
}

QRectF DividedAttentionScene::bounds(const QRectF &area, const TrialSpec &,
                                     const Phase &phase) const
{
    if (phase.name == u"fixation")
        return square(area.center(), 0.04 * shortSide(area));
    return area; // the display, the mask and the answer screens reach the edges
}

} // namespace attend
