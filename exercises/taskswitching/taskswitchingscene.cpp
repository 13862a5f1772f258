#include "taskswitchingscene.h"

#include "palette.h"

#include <QPainter>

namespace attend {

namespace {

constexpr double kFrame = 0.36;  // side of the frame, of the short screen side
constexpr double kTarget = 0.16; // the shape's size
constexpr double kWordY = -0.27; // the cue word's centre, from the screen centre
constexpr double kLegendY = 0.3;

QString valueName(const QString &value)
{
    if (value == u"blue")
        return TaskSwitchingScene::tr("blue");
    if (value == u"orange")
        return TaskSwitchingScene::tr("orange");
    if (value == u"circle")
        return TaskSwitchingScene::tr("circle");
    return TaskSwitchingScene::tr("square");
}

QString other(const QString &value)
{
    if (value == u"blue")
        return QStringLiteral("orange");
    if (value == u"orange")
        return QStringLiteral("blue");
    return value == u"circle" ? QStringLiteral("square") : QStringLiteral("circle");
}

} // namespace

void TaskSwitchingScene::paint(QPainter &painter, const QRectF &area, const TrialSpec &trial,
                               const Phase &phase) const
{
    if (phase.name != u"cue" && phase.name != u"target")
        return;
    const double side = shortSide(area);
    const QPointF c = area.center();
    const bool colourRule = trial.stimulus.value(QStringLiteral("rule")).toString() == u"colour";
    painter.setRenderHint(QPainter::Antialiasing);

    QFont font = painter.font();
    font.setPixelSize(std::max(10, int(side * 0.06)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QRectF word(area.left(), c.y() + (kWordY - 0.05) * side, area.width(), 0.1 * side);
    // Two cues per rule (protocol 2; docs/exercises.md): the word names the rule either way.
    const bool second = trial.stimulus.value(QStringLiteral("cue")).toInt() == 1;
    painter.drawText(word, Qt::AlignCenter,
                     colourRule ? (second ? tr("HUE") : tr("COLOUR"))
                                : (second ? tr("FORM") : tr("SHAPE")));

    const QRectF frame(c.x() - kFrame * side / 2, c.y() - kFrame * side / 2, kFrame * side,
                       kFrame * side);
    painter.setBrush(Qt::NoBrush);
    if (colourRule) {
        painter.setPen(QPen(Qt::white, std::max(2.0, side * 0.008)));
        painter.drawRect(frame);
    } else {
        painter.setPen(QPen(Qt::white, std::max(2.0, side * 0.008), Qt::DashLine));
        painter.drawRoundedRect(frame, side * 0.05, side * 0.05);
    }

    if (phase.name == u"target") {
        const double t = kTarget * side;
        const QRectF shape(c.x() - t / 2, c.y() - t / 2, t, t);
        painter.setPen(Qt::NoPen);
        painter.setBrush(paletteColour(trial.stimulus.value(QStringLiteral("colour")).toString()));
        if (trial.stimulus.value(QStringLiteral("shape")).toString() == u"circle")
            painter.drawEllipse(shape);
        else
            painter.drawRect(shape);
    }

    if (trial.practice) {
        const QString colourF = trial.stimulus.value(QStringLiteral("colour_on_f")).toString();
        const QString shapeF = trial.stimulus.value(QStringLiteral("shape_on_f")).toString();
        const QString legend = tr("COLOUR or HUE: %1 = F, %2 = J     SHAPE or FORM: %3 = F, %4 = J")
                                   .arg(valueName(colourF), valueName(other(colourF)),
                                        valueName(shapeF), valueName(other(shapeF)));
        font.setPixelSize(std::max(10, int(side * 0.03)));
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(
            QRectF(area.left(), c.y() + (kLegendY - 0.03) * side, area.width(), 0.06 * side),
            Qt::AlignCenter, legend);
    }
}

QRectF TaskSwitchingScene::bounds(const QRectF &area, const TrialSpec &, const Phase &phase) const
{
    if (phase.name != u"cue" && phase.name != u"target")
        return {};
    // A band across the screen: the word, the frame and the practice legend.
    const double side = shortSide(area);
    return {area.left(), area.center().y() + (kWordY - 0.06) * side, area.width(),
            (kLegendY - kWordY + 0.1) * side};
}

} // namespace attend
