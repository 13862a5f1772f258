#pragma once

#include "exercise.h"
#include "storage/result.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace attend {

class Database;

// One participant's progress in one exercise, a row per completed session (DESIGN.md §2: chart
// data is prepared here and drawn in app/): the exercise's key measure with a 95 % bootstrap
// interval (the session's trials resampled 100 times; Efron & Tibshirani 1993), and for training
// sessions the level reached (mean difficulty of the last 20 trials).
class ProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Date, Mode, Value, Low, High, Level, ColumnCount };

    struct Point
    {
        qint64 sessionId = 0;
        int number = 0; // 1 = the first session
        QDateTime startedAt;
        SessionMode mode = SessionMode::Assessment;
        bool ok = false; // false: the measure could not be computed (see note)
        double value = 0.0, low = 0.0, high = 0.0;
        double level = -1.0; // training only
        QString note;
    };

    ProgressModel(Database &db, const Exercise &exercise, QObject *parent = nullptr);

    // Reads the participant's completed sessions; on failure the previous rows stay.
    Result<void> load(qint64 participantId);
    const std::vector<Point> &points() const { return m_points; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: text; Qt::UserRole: the number (a QVariant of double), or invalid.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    const Exercise &m_exercise;
    std::vector<Point> m_points;
};

} // namespace attend
