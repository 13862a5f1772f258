#pragma once

#include "models/progresspresenter.h"

#include <QCoreApplication>

class QChart;

namespace attend {

// The progress charts (Qt Charts), built in one place for the progress page and the PDF report
// from what ProgressPresenter gives: the key measure per session with its 95 % intervals,
// baseline and forecast; and the training level and accuracy against the target band with the
// attention model's expectation. The caller owns the chart.
class ProgressCharts
{
    Q_DECLARE_TR_FUNCTIONS(ProgressCharts)

public:
    static QChart *measureChart(const ProgressPresenter::View &view);
    static QChart *levelChart(const ProgressPresenter::View &view);

private:
    static void addForecast(QChart *chart, const ProgressPresenter::View &view);
    static void addTargetBand(QChart *chart, const ProgressPresenter::View &view);
    static void addExpectation(QChart *chart, const ProgressPresenter::View &view);
};

} // namespace attend
