#pragma once

#include "adaptive/difficultycontroller.h"
#include "exercise.h"
#include "result.h"
#include "storage/sessionrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>
#include <limits>
#include <optional>

namespace attend {

class Database;

// One participant's progress in one exercise, a row per completed session (DESIGN.md §2: chart
// data is prepared here and drawn in app/): the exercise's key measure with the 95 % bootstrap
// interval stored with it when the session ended (measureintervals.h), and for training
// sessions the level reached (levelMeasures: the mean level over the second half of the trials
// the level adapts on).
class ProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Date, Mode, Value, Low, High, Level, ColumnCount };

    struct Point
    {
        bool partial = false; // shorter than its protocol (a trial limit)
        qint64 sessionId = 0;
        int number = 0; // 1 = the first session
        QDateTime startedAt;
        SessionMode mode = SessionMode::Assessment;
        bool ok = false; // false: the measure could not be computed (see note)
        double value = 0.0, low = 0.0, high = 0.0;
        double level = -1.0;    // training only
        double accuracy = -1.0; // share of correct trials; -1 without trials
        // Training: the conditions the level adapts on, which `accuracy` counts (empty: all).
        QStringList adaptedOn;
        double target = adaptive::kTargetAccuracy; // training: what it aimed for (stored)
        // The values the key measure can take.
        double lowest = -std::numeric_limits<double>::infinity();
        double highest = std::numeric_limits<double>::infinity();
        QString note;
        QString key, label, unit; // the key measure of this session's mode
        QString importedFrom;     // the source file of an imported session; empty: recorded
    };

    ProgressModel(Database &db, const Exercise &exercise, QObject *parent = nullptr);

    struct Forecast
    {
        bool ok = false;
        double value = 0.0, low = 0.0, high = 0.0; // 95 % prediction interval
        QString reason;
    };

    // Reads the participant's completed sessions; on failure the previous rows stay.
    Result<void> load(qint64 participantId);
    const std::vector<Point> &points() const { return m_points; }
    const Exercise &exercise() const { return m_exercise; }
    // The latest session's key measure: the one the chart shows. Sessions of the other mode
    // count only when their key measure is the same (assessment and training may differ).
    // Partial sessions (shorter than their protocol) are never charted.
    QString chartedKey() const;
    // The latest session that ran its whole protocol; none without one.
    const Point *lastComplete() const;
    bool charted(const Point &point) const { return !point.partial && point.key == chartedKey(); }
    // The next session's key measure from the trend of the last (up to 6) charted sessions: a
    // least-squares line with its prediction interval, kept within the values the measure can
    // take (a rate stays between 0 and 1); none where the interval holds all of them.
    Forecast forecast() const;

    // A measure's value for people to read: whole numbers from 100, then one, two or three
    // decimals as the value gets smaller (no exponents).
    static QString text(double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: text; Qt::UserRole: the number (a QVariant of double), or invalid.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // One completed session's point.
    Result<Point> pointOf(const SessionInfo &session, int number) const;
    Database &m_db;
    const Exercise &m_exercise;
    std::vector<Point> m_points;
};

} // namespace attend
