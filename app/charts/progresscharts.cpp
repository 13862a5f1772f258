#include "progresscharts.h"

#include "chartcolours.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace attend {

namespace {

using namespace chartcolours;

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// A vertical bar from `low` to `high` at `x`, outside the legend.
void errorBar(QChart *chart, double x, double low, double high, const QColor &colour, qreal width)
{
    auto *bar = new QLineSeries;
    bar->append(x, low);
    bar->append(x, high);
    bar->setPen(QPen(colour, width));
    chart->addSeries(bar);
    hideFromLegend(chart, bar);
}

// A horizontal band from `low` to `high` across the chart's sessions.
QAreaSeries *band(double fromX, double toX, double low, double high)
{
    auto *top = new QLineSeries, *bottom = new QLineSeries;
    top->append(fromX, high);
    top->append(toX, high);
    bottom->append(fromX, low);
    bottom->append(toX, low);
    auto *area = new QAreaSeries(top, bottom);
    // The area does not own its edges (LeakSanitizer found them lost with every report).
    top->setParent(area);
    bottom->setParent(area);
    return area;
}

QScatterSeries *points(const QColor &colour, qreal size)
{
    auto *series = new QScatterSeries;
    series->setColor(colour);
    series->setMarkerSize(size);
    return series;
}

// Ticks at round values — multiples of 1, 2 or 5 × 10^k, about four across the axis — on the
// range as it is (padded data, a rate within 0–1), instead of the range divided evenly
// (ticks at 9.8, 46.5, 83.2 ms).
void roundTicks(QValueAxis *axis)
{
    const double raw = (axis->max() - axis->min()) / 4.0;
    if (!(raw > 0.0))
        return;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (double factor : {5.0, 2.0, 1.0})
        if (factor * magnitude >= raw)
            step = factor * magnitude;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

// Whole session numbers from 1 to one past the last (the forecast).
void sessionAxis(QChart *chart, int sessions)
{
    auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    if (!axis)
        return;
    axis->setRange(0.5, sessions + 1.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(1);
    axis->setTickInterval(std::max(1, (sessions + 1) / 10));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(ProgressCharts::tr("Session"));
    axis->setTruncateLabels(false); // short charts would otherwise show "…" for numbers
}

} // namespace

QChart *ProgressCharts::measureChart(const ProgressPresenter::View &view)
{
    auto *chart = new QChart;
    chart->setTitle(view.title.isEmpty() ? tr("No completed session of this exercise yet")
                                         : view.title);
    auto *assessment = points(kAssessment, 11);
    assessment->setName(tr("Assessment"));
    auto *training = points(kTraining, 10);
    training->setName(tr("Training"));
    training->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    chart->addSeries(assessment);
    chart->addSeries(training);
    for (const auto &e : view.estimates) {
        (e.assessment ? assessment : training)->append(e.session, e.value);
        if (e.interval)
            errorBar(chart, e.session, e.interval->first, e.interval->second,
                     e.assessment ? kAssessment : kTraining, 2);
    }
    if (view.baseline) {
        auto *line = new QLineSeries;
        line->setName(tr("First session"));
        line->setPen(QPen(kBaseline, 1.5, Qt::DashLine));
        line->append(0.5, *view.baseline);
        line->append(view.lastSession + 1.5, *view.baseline);
        chart->addSeries(line);
    }
    addForecast(chart, view);
    chart->createDefaultAxes();
    sessionAxis(chart, view.lastSession);
    if (auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0))) {
        if (view.range)
            y->setRange(view.range->first, view.range->second);
        roundTicks(y);
        y->setTitleText(view.unit);
    }
    return chart;
}

void ProgressCharts::addForecast(QChart *chart, const ProgressPresenter::View &view)
{
    if (!view.forecast)
        return;
    const int next = view.lastSession + 1;
    auto *area = band(next - 0.3, next + 0.3, view.forecast->low, view.forecast->high);
    area->setName(tr("Forecast for the next session (95 %)"));
    area->setColor(translucent(kForecast, 70));
    area->setBorderColor(kForecast);
    chart->addSeries(area);
    auto *point = points(kForecast, 9);
    point->append(next, view.forecast->value);
    chart->addSeries(point);
    hideFromLegend(chart, point);
}

QChart *ProgressCharts::levelChart(const ProgressPresenter::View &view)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Training: level reached (0 easiest, 1 hardest) and accuracy"));
    addTargetBand(chart, view);
    auto *level = new QLineSeries;
    level->setName(tr("Level reached"));
    level->setPointsVisible(true);
    level->setColor(kTraining);
    for (const QPointF &p : view.levels)
        level->append(p);
    auto *accuracy = new QLineSeries;
    accuracy->setName(view.accuracyName);
    accuracy->setPointsVisible(true);
    accuracy->setColor(kAssessment);
    for (const QPointF &p : view.accuracy)
        accuracy->append(p);
    chart->addSeries(level);
    chart->addSeries(accuracy);
    chart->createDefaultAxes();
    sessionAxis(chart, view.lastSession);
    if (auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0))) {
        y->setRange(0.0, 1.0);
        y->setTruncateLabels(false);
        y->setTitleText(tr("Level, accuracy"));
    }
    addExpectation(chart, view);
    return chart;
}

void ProgressCharts::addTargetBand(QChart *chart, const ProgressPresenter::View &view)
{
    auto *area = band(0.5, view.lastSession + 1.5, view.target - 0.05, view.target + 0.05);
    area->setName(tr("Target accuracy %1 ± 5 %").arg(std::lround(100 * view.target)));
    area->setColor(translucent(kForecast, 50));
    area->setBorderColor(translucent(kForecast, 120));
    chart->addSeries(area);
}

void ProgressCharts::addExpectation(QChart *chart, const ProgressPresenter::View &view)
{
    if (!view.expectation)
        return;
    const int next = view.lastSession + 1;
    auto *point = points(kForecast, 9);
    point->setName(tr("Model forecast of accuracy"));
    point->append(next, view.expectation->accuracy);
    chart->addSeries(point);
    errorBar(chart, next, view.expectation->low, view.expectation->high, kForecast, 3);
    for (QAbstractSeries *series : chart->series().mid(chart->series().size() - 2)) {
        series->attachAxis(chart->axes(Qt::Horizontal).value(0));
        series->attachAxis(chart->axes(Qt::Vertical).value(0));
    }
}

} // namespace attend
