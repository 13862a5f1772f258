#include "participantlistmodel.h"

#include "datetext.h"
#include "exerciseregistry.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "todaypresenter.h"

#include <QLocale>

namespace attend {

ParticipantListModel::ParticipantListModel(Database &db, const ExerciseRegistry &registry,
                                           QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_registry(registry)
{}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Participant &p = row.participant;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return tr("Created %1").arg(dateText(p.createdAt));
    case IdRole:
        return p.id;
    case CodeRole:
        return p.code;
    case NameRole:
        return m_showNames ? p.displayName : QString();
    case ArchivedRole:
        return p.archived;
    case SortRole:
        return sortValue(row, index.column());
    case SearchRole:
        return m_showNames ? p.code + u' ' + p.displayName : p.code;
    default:
        return {};
    }
}

QVariant ParticipantListModel::display(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case Code:
        return p.archived ? tr("%1 (archived)").arg(p.code) : p.code;
    case Name:
        return m_showNames ? p.displayName : QString();
    case Programme:
        return row.programme;
    case LastSession:
        return row.activity.lastStartedAt.isValid()
                   ? row.activity.lastStartedAt.toLocalTime().date().toString(Qt::ISODate)
                   : tr("none yet");
    case DaysSince: {
        const auto days = daysSince(row);
        return days ? QVariant(*days) : QVariant(QString());
    }
    case Flags:
        return flagText(row.activity);
    default:
        return {};
    }
}

QVariant ParticipantListModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Programme:
        return row.programmeOrder;
    case LastSession:
        return row.activity.lastStartedAt;
    case DaysSince:
        return QVariant::fromValue(daysSince(row).value_or(-1));
    case Flags:
        return row.activity.interrupted + row.activity.timingProblems +
               row.activity.failedEstimates;
    default:
        return display(row, column).toString().toLower();
    }
}

std::optional<qint64> ParticipantListModel::daysSince(const Row &row) const
{
    if (!row.activity.lastStartedAt.isValid())
        return std::nullopt;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    return row.activity.lastStartedAt.toLocalTime().date().daysTo(today);
}

QString ParticipantListModel::flagText(const ParticipantActivity &a) const
{
    QStringList out;
    if (a.interrupted > 0)
        out << tr("%n interrupted", nullptr, a.interrupted);
    if (a.timingProblems > 0)
        out << tr("%n with dropped frames", nullptr, a.timingProblems);
    if (a.failedEstimates > 0)
        out << tr("%n without a result", nullptr, a.failedEstimates);
    return out.join(QStringLiteral("; "));
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Programme:
        return tr("Programme");
    case LastSession:
        return tr("Last session");
    case DaysSince:
        return tr("Days since");
    case Flags:
        return tr("Needs a look");
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipantListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    names.insert(ArchivedRole, "archived");
    names.insert(SortRole, "sort");
    names.insert(SearchRole, "search");
    return names;
}

void ParticipantListModel::setShowNames(bool show)
{
    if (show == m_showNames)
        return;
    m_showNames = show;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, NameRole, SortRole});
}

void ParticipantListModel::setShowArchived(bool show)
{
    m_showArchived = show;
}

ParticipantListModel::Row
ParticipantListModel::rowFor(const Participant &p,
                             const QHash<qint64, ParticipantActivity> &all) const
{
    Row row{p, all.value(p.id), {}, -1};
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto view = TodayPresenter::present(m_db, m_registry, p.id, today);
    if (!view) {
        row.programme = tr("(a programme this version lacks)");
        return row;
    }
    if (!view.value())
        return row;
    const TodayPlan &plan = view.value()->plan;
    row.programme = plan.stage == ProgrammeStage::Finished
                        ? tr("%1: complete").arg(view.value()->programmeName)
                        : tr("%1: %2 of %3 days")
                              .arg(view.value()->programmeName)
                              .arg(plan.trainingDaysDone)
                              .arg(plan.trainingDays);
    row.programmeOrder = plan.trainingDaysDone;
    return row;
}

Result<void> ParticipantListModel::reload()
{
    auto participants = ParticipantRepository(m_db).list(
        m_showArchived ? ParticipantRepository::Which::All : ParticipantRepository::Which::Active);
    if (!participants)
        return participants.error();
    QList<SessionRepository::KeyMeasure> keys;
    for (const auto &e : m_registry.all())
        for (SessionMode mode : {SessionMode::Assessment, SessionMode::Training})
            keys.append({e->id(), mode, e->keyMeasure(mode)});
    auto activity = SessionRepository(m_db).activity(keys);
    if (!activity)
        return activity.error();
    QList<Row> rows;
    for (const Participant &p : participants.value())
        rows << rowFor(p, activity.value());
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

int ParticipantListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).participant.id == id)
            return row;
    return -1;
}

} // namespace attend
