#include "sessionmeasuresmodel.h"

#include "measuredefinitions.h"
#include "metricreasons.h"

#include "exercise.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace attend {

SessionMeasuresModel::SessionMeasuresModel(Database &db, const Exercise &exercise, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_exercise(exercise)
{}

Result<void> SessionMeasuresModel::load(qint64 sessionId)
{
    auto session = SessionRepository(m_db).load(sessionId);
    if (!session)
        return session.error();
    auto trials = TrialRepository(m_db).forSession(sessionId);
    if (!trials)
        return trials.error();
    // Today's summary only names the measures; the values are the stored ones.
    const StoredSession &stored = session.value();
    const std::vector<Measure> today =
        measuresOf(m_exercise, std::move(trials.value()), stored.mode, stored.parameters);
    std::vector<Row> rows;
    const QJsonObject &summary = session.value().summary;
    std::vector<std::pair<QString, QString>> named; // key, label: today's, then any others
    for (const Measure &m : today)
        if (summary.contains(m.key))
            named.emplace_back(m.key, m.label);
    for (const QString &key : summary.keys())
        if (std::none_of(named.begin(), named.end(), [&](const auto &n) { return n.first == key; }))
            named.emplace_back(key, key); // stored by another version: its key is its name
    // The level reached reads on today's training scale, as on the progress chart.
    const auto level = m_exercise.levelsToday(stored.mode, stored.parameters);
    for (const auto &[key, label] : named) {
        const QJsonObject s = summary.value(key).toObject();
        const auto value = [&](const char *name) {
            return measureToday(key, s.value(QLatin1String(name)).toDouble(), level);
        };
        Row r{key,
              label,
              s.value(QStringLiteral("unit")).toString(),
              MetricReasons::translated(s.value(QStringLiteral("note")).toString()),
              std::nullopt,
              std::nullopt,
              std::nullopt,
              std::nullopt};
        if (s.value(QStringLiteral("ok")).toBool())
            r.value = value("value");
        if (s.contains(QStringLiteral("ci_low")))
            r.interval = std::pair{value("ci_low"), value("ci_high")};
        if (s.contains(QStringLiteral("n_used"))) {
            r.used = s.value(QStringLiteral("n_used")).toInt();
            r.excluded = s.value(QStringLiteral("n_excluded")).toInt();
        }
        rows.push_back(std::move(r));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

std::optional<int> SessionMeasuresModel::rowOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return int(i);
    return std::nullopt;
}

int SessionMeasuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionMeasuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Four significant digits and never an exponent ("4.102E-05" reads as noise): 0.00004102; what
// rounds to zero at eight decimals is 0.
QString SessionMeasuresModel::significant(double value)
{
    const QLocale locale;
    if (!std::isfinite(value) || std::abs(value) < 5e-9)
        return locale.toString(std::isfinite(value) ? 0.0 : value);
    const int decimals = std::clamp(3 - int(std::floor(std::log10(std::abs(value)))), 0, 8);
    QString out = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0) {
        while (out.endsWith(u'0'))
            out.chop(1);
        if (out.endsWith(point))
            out.chop(point.size());
    }
    return out;
}

QVariant SessionMeasuresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    if (role == Qt::UserRole && index.column() == Value)
        return r.value ? QVariant(*r.value) : QVariant();
    if (role == DefinitionRole) {
        const auto definition = MeasureDefinitions::translated(r.key);
        return definition ? tr("%1 (%2).").arg(definition->text, definition->source) : QString();
    }
    if (role == Qt::ToolTipRole) // the whole text where the column cuts it short
        return index.column() == Note ? r.note : (index.column() == Label ? r.label : QVariant());
    if (role != Qt::DisplayRole)
        return {};
    const QString unitSuffix =
        r.unit.isEmpty() ? QString() : u' ' + MeasureDefinitions::unitName(r.unit);
    switch (Column(index.column())) {
    case Label:
        return r.label;
    case Value:
        return r.value ? significant(*r.value) + unitSuffix : tr("no value");
    case Interval:
        return r.interval ? tr("%1 – %2").arg(significant(r.interval->first),
                                              significant(r.interval->second)) +
                                unitSuffix
                          : QVariant();
    case Used:
        return r.used ? QVariant(*r.used) : QVariant();
    case Excluded:
        return r.excluded ? QVariant(*r.excluded) : QVariant();
    case Note:
        return r.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionMeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Label:
        return tr("Measure");
    case Value:
        return tr("Value");
    case Interval:
        return tr("95 % interval");
    case Used:
        return tr("Trials used");
    case Excluded:
        return tr("Trials excluded");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attend
