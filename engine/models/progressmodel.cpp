#include "progressmodel.h"

#include "datetext.h"
#include "metricreasons.h"

#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include "metrics/linearfit.h"
#include "session/adaptivetraining.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>

namespace attend {

namespace {

const Measure *find(const std::vector<Measure> &measures, const QString &key)
{
    const auto it = std::find_if(measures.begin(), measures.end(),
                                 [&](const Measure &m) { return m.key == key; });
    return it == measures.end() ? nullptr : &*it;
}

} // namespace

ProgressModel::ProgressModel(Database &db, const Exercise &exercise, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_exercise(exercise)
{}

Result<void> ProgressModel::load(qint64 participantId)
{
    auto sessions = SessionRepository(m_db).forParticipant(participantId);
    if (!sessions)
        return sessions.error();
    std::vector<Point> points;
    for (const SessionInfo &s : sessions.value()) {
        if (s.exercise != m_exercise.id() || s.status != SessionStatus::Completed)
            continue;
        auto p = pointOf(s, int(points.size()) + 1);
        if (!p)
            return p.error();
        points.push_back(std::move(p.value()));
    }
    beginResetModel();
    m_points = std::move(points);
    endResetModel();
    return {};
}

Result<ProgressModel::Point> ProgressModel::pointOf(const SessionInfo &s, int number) const
{
    auto loaded = TrialRepository(m_db).forSession(s.id);
    auto stored = SessionRepository(m_db).load(s.id);
    if (!loaded || !stored)
        return !loaded ? loaded.error() : stored.error();
    const QJsonObject &parameters = stored.value().parameters;
    // A level stored before the training range changed charts as the task it set.
    const auto rescaled = m_exercise.levelsToday(s.mode, parameters);
    std::vector<TrialRecord> trials;
    for (TrialRecord &t : loaded.value())
        if (countsTowardsResults(t.flags, t.practice)) {
            t.difficulty = rescaled(t.difficulty);
            trials.push_back(std::move(t));
        }
    Point p;
    p.sessionId = s.id;
    p.number = number;
    p.startedAt = s.startedAt;
    p.mode = s.mode;
    if (stored.value().source)
        p.importedFrom = stored.value().source->file;
    // The value is the one stored when the session ended, under the rules and protocol
    // it ran with: an old session is never silently recomputed under new rules. Label,
    // unit and bounds come from the exercise.
    const QString key = m_exercise.keyMeasure(s.mode);
    const auto measures = measuresOf(m_exercise, trials, s.mode, parameters);
    const Measure *m = find(measures, key);
    const QJsonObject kept = stored.value().summary.value(key).toObject();
    p.ok = kept.value(QStringLiteral("ok")).toBool();
    p.note = kept.isEmpty()
                 ? tr("not measured by the version that recorded this session")
                 : MetricReasons::translated(kept.value(QStringLiteral("note")).toString());
    p.key = key;
    p.label = m ? m->label : QString(); // none: this session's trials gave no such measure
    p.unit = kept.value(QStringLiteral("unit")).toString(m ? m->unit : QString());
    if (m) {
        p.lowest = m->lowest;
        p.highest = m->highest;
    }
    if (p.ok) {
        // The level reached is on the training scale: read on today's, like the trials.
        const auto value = [&](const char *name, double missing) {
            return measureToday(key, kept.value(QLatin1String(name)).toDouble(missing), rescaled);
        };
        p.value = value("value", 0.0);
        // The interval stored with it (measureintervals.h); none from a version before.
        p.low = value("ci_low", std::nan(""));
        p.high = value("ci_high", std::nan(""));
    }
    p.partial = parameters.value(QStringLiteral("partial")).toBool();
    if (s.mode == SessionMode::Training) {
        p.adaptedOn = AdaptiveTraining::adaptingConditions(parameters);
        p.target = AdaptiveTraining::targetAccuracy(parameters);
    }
    int counted = 0, correct = 0;
    for (const TrialRecord &t : trials)
        if (AdaptiveTraining::informs(p.adaptedOn, t)) {
            ++counted;
            correct += t.correct;
        }
    if (counted > 0)
        p.accuracy = double(correct) / counted;
    if (const Measure *level = find(measures, QStringLiteral("level_reached")); level && level->ok)
        p.level = level->value; // the one definition: levelMeasures
    return p;
}

const ProgressModel::Point *ProgressModel::lastComplete() const
{
    const auto last =
        std::find_if(m_points.rbegin(), m_points.rend(), [](const Point &p) { return !p.partial; });
    return last == m_points.rend() ? nullptr : &*last;
}

QString ProgressModel::chartedKey() const
{
    const Point *last = lastComplete();
    return last ? last->key : QString();
}

ProgressModel::Forecast ProgressModel::forecast() const
{
    Forecast f;
    const Point *latest = lastComplete();
    if (!latest) {
        f.reason = tr("no complete session yet");
        return f;
    }
    // One mode only: training moves the task, an assessment does not; a line through both
    // would mix two measurements.
    std::vector<double> x, y;
    for (auto it = m_points.rbegin(); it != m_points.rend() && x.size() < 6; ++it)
        if (charted(*it) && it->ok && it->mode == latest->mode) {
            x.insert(x.begin(), it->number);
            y.insert(y.begin(), it->value);
        }
    const auto p = metrics::predictLine(x, y, m_points.back().number + 1.0);
    if (!p.ok()) {
        f.reason = tr("needs three sessions of the same mode with a result");
        return f;
    }
    const Point &last = *latest;
    // An interval beyond both ends of the scale says nothing of the next session; drawn clamped,
    // it reads as a box over the whole chart.
    if (p.low <= last.lowest && p.high >= last.highest) {
        f.reason = tr("the trend is too uncertain (its 95 % interval holds every possible value)");
        return f;
    }
    f.ok = true;
    f.value = std::clamp(p.value, last.lowest, last.highest);
    f.low = std::clamp(p.low, last.lowest, last.highest);
    f.high = std::clamp(p.high, last.lowest, last.highest);
    return f;
}

QString ProgressModel::text(double value)
{
    const double size = std::abs(value);
    const int decimals = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
    QString out = QLocale().toString(value, 'f', decimals);
    if (QLocale().toDouble(out) == 0.0)
        out = QLocale().toString(0.0, 'f', decimals); // no "-0.000"
    return out;
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_points.size()) ||
        (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const Point &p = m_points[std::size_t(index.row())];
    const bool text = role == Qt::DisplayRole;
    const auto number = [&](bool present, double v) -> QVariant {
        if (!present)
            return text ? QVariant(tr("not enough trials")) : QVariant();
        return text ? QVariant(ProgressModel::text(v)) : QVariant(v);
    };
    switch (index.column()) {
    case Number:
        return p.number;
    case Date:
        return text ? QVariant(dateText(p.startedAt)) : QVariant(p.startedAt);
    case Mode:
        return p.mode == SessionMode::Assessment ? tr("assessment") : tr("training");
    case Value:
        return number(p.ok, p.value);
    case Low:
        return number(p.ok && std::isfinite(p.low), p.low);
    case High:
        return number(p.ok && std::isfinite(p.high), p.high);
    case Level:
        return p.level < 0 ? (text ? QVariant(QString()) : QVariant()) : number(true, p.level);
    default:
        return {};
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Session");
    case Date:
        return tr("Date");
    case Mode:
        return tr("Mode");
    case Value:
        return tr("Result");
    case Low:
        return tr("95 % interval from");
    case High:
        return tr("to");
    case Level:
        return tr("Level reached");
    default:
        return {};
    }
}

} // namespace attend
