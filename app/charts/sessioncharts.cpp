#include "sessioncharts.h"

#include "exercise.h"

#include "chartcolours.h"
#include "models/sessiondetailmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCollator>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace attend {

// The RT distribution of answered trials.
QChart *SessionCharts::rtHistogram(const SessionDetailModel &detail)
{
    auto *rt = new QChart;
    rt->setTitle(tr("Reaction times (answered trials)"));
    auto *counts = new QBarSet(tr("Trials"));
    QStringList bins;
    for (const auto &b : detail.rtHistogram(15)) {
        *counts << b.count;
        bins << QString::number(std::lround(b.from));
    }
    auto *histogram = new QBarSeries;
    histogram->setBarWidth(1.0);
    histogram->append(counts);
    rt->addSeries(histogram);
    auto *rtAxis = new QBarCategoryAxis;
    rtAxis->append(bins);
    rtAxis->setTitleText(tr("Reaction time from (ms)"));
    rt->addAxis(rtAxis, Qt::AlignBottom);
    histogram->attachAxis(rtAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Trials"));
    rt->addAxis(countAxis, Qt::AlignLeft);
    histogram->attachAxis(countAxis);
    rt->legend()->hide();
    return rt;
}

// Mean correct RT by condition, with each condition's accuracy in its name; for an unspeeded
// task (Exercise::speeded) the accuracy itself, its times meaning nothing.
QChart *SessionCharts::byCondition(const SessionDetailModel &detail, const Exercise &exercise)
{
    const bool speeded = exercise.speeded();
    auto *byCondition = new QChart;
    byCondition->setTitle(speeded ? tr("Mean correct reaction time by condition (accuracy in "
                                       "brackets)")
                                  : tr("Accuracy by condition"));
    auto *values = new QBarSet(speeded ? tr("Mean correct RT (ms)") : tr("Correct (%)"));
    QStringList names;
    auto conditions = detail.byCondition();
    QCollator collator;
    collator.setNumericMode(true); // "…-present-9" before "…-present-10"
    std::sort(conditions.begin(), conditions.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.condition, b.condition) > 0; // the axis draws upwards
    });
    for (const auto &c : conditions) {
        const QString name = exercise.conditionName(c.condition);
        if (speeded) {
            *values << (std::isnan(c.meanCorrectRtMs) ? 0.0 : c.meanCorrectRtMs);
            names << tr("%1 (%2 %)").arg(name).arg(std::lround(100.0 * c.accuracy));
        } else {
            *values << 100.0 * c.accuracy;
            names << name;
        }
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(values);
    byCondition->addSeries(bars);
    auto *conditionAxis = new QBarCategoryAxis;
    conditionAxis->append(names);
    // Many conditions (training varies set size, intervals, …): small labels keep them legible.
    QFont small = conditionAxis->labelsFont();
    small.setPointSizeF(
        std::max(6.0, std::min(small.pointSizeF(), 220.0 / std::max<qsizetype>(1, names.size()))));
    conditionAxis->setLabelsFont(small);
    conditionAxis->setTruncateLabels(false);
    byCondition->addAxis(conditionAxis, Qt::AlignLeft);
    bars->attachAxis(conditionAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(speeded ? tr("ms") : tr("% correct"));
    if (!speeded)
        valueAxis->setRange(0.0, 100.0);
    byCondition->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(valueAxis);
    byCondition->legend()->hide();
    return byCondition;
}

// The level trial by trial, the predicted P(correct) and the outcomes (1 right, 0 wrong).
QChart *SessionCharts::difficultyTrack(const SessionDetailModel &detail)
{
    auto *track = new QChart;
    track->setTitle(tr("Difficulty track"));
    auto *level = new QLineSeries;
    level->setName(tr("Level"));
    auto *predicted = new QScatterSeries;
    predicted->setName(tr("Predicted P(correct)"));
    predicted->setMarkerSize(5);
    auto *right = new QScatterSeries, *wrong = new QScatterSeries;
    right->setName(tr("Correct"));
    wrong->setName(tr("Error"));
    right->setMarkerSize(6);
    wrong->setMarkerSize(6);
    right->setColor(chartcolours::kCorrect);
    wrong->setColor(chartcolours::kError);
    const auto &trials = detail.trials();
    for (std::size_t i = 0; i < trials.size(); ++i) {
        const double x = double(i + 1);
        level->append(x, trials[i].difficulty);
        if (trials[i].predictedCorrect)
            predicted->append(x, *trials[i].predictedCorrect);
        (trials[i].correct ? right : wrong)->append(x, trials[i].correct ? 1.0 : 0.0);
    }
    for (QXYSeries *s : {static_cast<QXYSeries *>(level), static_cast<QXYSeries *>(predicted),
                         static_cast<QXYSeries *>(right), static_cast<QXYSeries *>(wrong)})
        track->addSeries(s);
    track->createDefaultAxes();
    if (auto *x = qobject_cast<QValueAxis *>(track->axes(Qt::Horizontal).value(0))) {
        x->setLabelFormat(QStringLiteral("%d"));
        x->setTitleText(tr("Trial"));
    }
    if (auto *y = qobject_cast<QValueAxis *>(track->axes(Qt::Vertical).value(0)))
        y->setRange(-0.05, 1.05);
    return track;
}

} // namespace attend
