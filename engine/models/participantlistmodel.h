#pragma once

#include "result.h"
#include "storage/participant.h"

#include <QAbstractListModel>

namespace attend {

class Database;

// The participants of a database for the picker: one row each, archived ones only on request.
class ParticipantListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, CodeRole, NameRole, ArchivedRole };

    ParticipantListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // Display names are shown only while the clinician lock is open (or there is none): a
    // locked screen shows codes alone, and its search finds codes alone.
    void setShowNames(bool show);
    bool showNames() const { return m_showNames; }
    // Re-reads the participants; on failure the previous rows stay.
    Result<void> reload();
    // Row of the participant with this id, or -1.
    int rowOf(qint64 id) const;
    const Participant &at(int row) const { return m_participants.at(row); }

private:
    Database &m_db;
    QList<Participant> m_participants;
    bool m_showArchived = false;
    bool m_showNames = true;
};

} // namespace attend
