#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace attend {

class Database;
class Exercise;

// The measures one session stored when it ended (DESIGN.md §3: computed once, read by every
// screen), a row each: what, the value with its unit and 95 % interval (measureintervals.h),
// the trials it rests on and those the
// stated cleaning rules removed, and the note (why there is no value, or how it was computed).
// Labels come from the exercise; the values are never recomputed.
class SessionMeasuresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Value, Interval, Used, Excluded, Note, ColumnCount };
    // Any column: what the measure is, in one sentence with its source (MeasureDefinitions,
    // the data dictionary's words); empty for a key no exercise stores.
    static constexpr int DefinitionRole = Qt::UserRole + 1;

    SessionMeasuresModel(Database &db, const Exercise &exercise, QObject *parent = nullptr);

    Result<void> load(qint64 sessionId);
    // The row of a measure's key; none when the session did not store it.
    std::optional<int> rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // A value for the table: four significant digits, no exponent, no trailing zeros.
    static QString significant(double value);

private:
    struct Row
    {
        QString key, label, unit, note;
        std::optional<double> value;
        std::optional<std::pair<double, double>> interval; // 95 %
        std::optional<int> used, excluded;
    };
    Database &m_db;
    const Exercise &m_exercise;
    std::vector<Row> m_rows;
};

} // namespace attend
