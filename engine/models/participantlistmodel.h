#pragma once

#include "result.h"
#include "storage/participant.h"
#include "storage/sessioninfo.h"

#include <QAbstractTableModel>
#include <QDate>

namespace attend {

class Database;
class ExerciseRegistry;

// The participant overview (a clinician's first screen): one row per participant, archived ones
// only on request, with their programme and where they are in it, their last session, the days
// since, and flags for sessions that need a look (interrupted, dropped frames, a key measure
// without a value). Sorts by the raw values (SortRole); roles on every column name the row.
class ParticipantListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        ArchivedRole,
        SortRole,
        SearchRole // the code and the name where shown: what the find box looks in
    };
    enum Column { Code, Name, Programme, LastSession, DaysSince, Flags, ColumnCount };

    ParticipantListModel(Database &db, const ExerciseRegistry &registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // Display names are shown only while the clinician lock is open (or there is none): a
    // locked screen shows codes alone, and its search finds codes alone.
    void setShowNames(bool show);
    bool showNames() const { return m_showNames; }
    // The day "days since" counts to; tests set it. Unset: today.
    void setToday(QDate day) { m_today = day; }
    // Re-reads the participants; on failure the previous rows stay.
    Result<void> reload();
    // Row of the participant with this id, or -1.
    int rowOf(qint64 id) const;
    const Participant &at(int row) const { return m_rows.at(row).participant; }

private:
    struct Row
    {
        Participant participant;
        ParticipantActivity activity;
        QString programme;       // its name and progress; empty without one
        int programmeOrder = -1; // training days done, for sorting
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    std::optional<qint64> daysSince(const Row &row) const;
    QString flagText(const ParticipantActivity &a) const;
    Row rowFor(const Participant &p, const QHash<qint64, ParticipantActivity> &all) const;

    Database &m_db;
    const ExerciseRegistry &m_registry;
    QList<Row> m_rows;
    bool m_showArchived = false;
    bool m_showNames = true;
    QDate m_today;
};

} // namespace attend
