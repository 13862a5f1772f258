#pragma once

#include <QCoreApplication>

class QChart;

namespace attend {

class Exercise;

class SessionDetailModel;

// The charts of one session in detail (Qt Charts): the RT distribution, mean correct RT and
// accuracy by condition, and the difficulty track with the controller's predicted P(correct)
// against the outcomes. The caller owns each chart.
class SessionCharts
{
    Q_DECLARE_TR_FUNCTIONS(SessionCharts)

public:
    static QChart *rtHistogram(const SessionDetailModel &detail);
    // Conditions by the exercise's words for them (Exercise::conditionName).
    static QChart *byCondition(const SessionDetailModel &detail, const Exercise &exercise);
    static QChart *difficultyTrack(const SessionDetailModel &detail);
};

} // namespace attend
