#pragma once

#include "result.h"
#include "trialrecord.h"

#include <QAbstractTableModel>
#include <vector>

namespace attend {

class Database;
class Exercise;
struct StoredSession;

// The trials of one session that count towards its results, a row each, for the session-detail
// charts: the RT distribution, accuracy and RT by condition, and the difficulty track with the
// controller's predicted P(correct) against the outcome.
class SessionDetailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Condition, Difficulty, Predicted, Correct, Rt, ColumnCount };

    struct Bin
    {
        double from = 0.0, to = 0.0; // ms
        int count = 0;
    };
    struct ConditionSummary
    {
        QString condition;
        int trials = 0;
        double accuracy = 0.0;
        double meanCorrectRtMs = 0.0; // NaN without a correct response
    };

    // Levels are shown on today's training scale (Exercise::levelsToday).
    SessionDetailModel(Database &db, const Exercise &exercise, QObject *parent = nullptr);

    Result<void> load(qint64 sessionId);
    const std::vector<TrialRecord> &trials() const { return m_trials; }
    // How the session's stimuli were shown and timed, for the clinician: the presentation path,
    // the frames, the scheduling priority obtained (DESIGN.md §4, docs/timing.md).
    const QString &timing() const { return m_timing; }
    // RTs of answered trials in `bins` equal bins from the fastest to the slowest.
    std::vector<Bin> rtHistogram(int bins) const;
    // In the order the conditions first appear.
    std::vector<ConditionSummary> byCondition() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString timingText(const StoredSession &session, int lateTrials);

    Database &m_db;
    const Exercise &m_exercise;
    std::vector<TrialRecord> m_trials;
    QString m_timing;
};

} // namespace attend
