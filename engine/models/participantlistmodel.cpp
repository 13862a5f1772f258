#include "participantlistmodel.h"

#include "storage/participantrepository.h"

namespace attend {

ParticipantListModel::ParticipantListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db)
{}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_participants.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = p.displayName.isEmpty() || !m_showNames
                           ? p.code
                           : tr("%1 — %2").arg(p.code, p.displayName);
        return p.archived ? tr("%1 (archived)").arg(text) : text;
    }
    case Qt::ToolTipRole:
        return tr("Created %1")
            .arg(QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat));
    case IdRole:
        return p.id;
    case CodeRole:
        return p.code;
    case NameRole:
        return m_showNames ? p.displayName : QString();
    case ArchivedRole:
        return p.archived;
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipantListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    names.insert(ArchivedRole, "archived");
    return names;
}

void ParticipantListModel::setShowNames(bool show)
{
    if (show == m_showNames)
        return;
    m_showNames = show;
    if (!m_participants.empty())
        Q_EMIT dataChanged(index(0), index(int(m_participants.size()) - 1),
                           {Qt::DisplayRole, NameRole});
}

void ParticipantListModel::setShowArchived(bool show)
{
    m_showArchived = show;
}

Result<void> ParticipantListModel::reload()
{
    auto participants = ParticipantRepository(m_db).list(
        m_showArchived ? ParticipantRepository::Which::All : ParticipantRepository::Which::Active);
    if (!participants)
        return participants.error();
    beginResetModel();
    m_participants = std::move(participants).value();
    endResetModel();
    return {};
}

int ParticipantListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_participants.size(); ++row)
        if (m_participants.at(row).id == id)
            return row;
    return -1;
}

} // namespace attend
