#include "sessiondetailmodel.h"

#include "exercise.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "timing/prioritygrant.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace attend {

SessionDetailModel::SessionDetailModel(Database &db, const Exercise &exercise, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_exercise(exercise)
{}

Result<void> SessionDetailModel::load(qint64 sessionId)
{
    auto loaded = TrialRepository(m_db).forSession(sessionId);
    if (!loaded)
        return loaded.error();
    auto session = SessionRepository(m_db).load(sessionId);
    if (!session)
        return session.error();
    const auto level = m_exercise.levelsToday(session.value().mode, session.value().parameters);
    std::vector<TrialRecord> trials;
    int late = 0;
    for (TrialRecord &t : loaded.value()) {
        late += (t.flags & LateFrame) != 0 ? 1 : 0;
        t.difficulty = level(t.difficulty);
        if (countsTowardsResults(t.flags, t.practice))
            trials.push_back(std::move(t));
    }
    beginResetModel();
    m_trials = std::move(trials);
    m_timing = timingText(session.value(), late);
    endResetModel();
    return {};
}

QString SessionDetailModel::timingText(const StoredSession &session, int lateTrials)
{
    if (session.source)
        return tr("Imported from %1: the other tool's reaction times, no onsets.")
            .arg(session.source->file);
    if (session.platform.value(QStringLiteral("simulated")).toBool())
        return tr("Simulated: no screen, no timing.");
    const QLocale locale;
    QString text = !session.presentation
                       ? tr("Frame timing not recorded (the session did not reach its end).")
                       : tr("Shown by %1; frame interval %2 ms (SD %3 ms), %4 frames dropped, %5 "
                            "trials with a late frame.")
                             .arg(session.presentation->path,
                                  locale.toString(session.presentation->refreshMeanMs, 'f', 3),
                                  locale.toString(session.presentation->refreshSdMs, 'f', 3))
                             .arg(session.presentation->droppedFrames)
                             .arg(lateTrials);
    if (const auto priority = PriorityGrant::fromPlatform(session.platform))
        text += u' ' + priority->describe();
    return text;
}

std::vector<SessionDetailModel::Bin> SessionDetailModel::rtHistogram(int bins) const
{
    std::vector<double> rts;
    for (const TrialRecord &t : m_trials)
        if (const auto rt = t.rtMs())
            rts.push_back(*rt);
    if (rts.empty() || bins < 1)
        return {};
    const auto [lo, hi] = std::minmax_element(rts.begin(), rts.end());
    const double from = *lo, width = std::max(1.0, (*hi - *lo) / bins);
    std::vector<Bin> out(static_cast<std::size_t>(bins));
    for (int b = 0; b < bins; ++b)
        out[std::size_t(b)] = {from + b * width, from + (b + 1) * width, 0};
    for (double rt : rts)
        ++out[std::size_t(std::min(bins - 1, int((rt - from) / width)))].count;
    return out;
}

std::vector<SessionDetailModel::ConditionSummary> SessionDetailModel::byCondition() const
{
    std::vector<ConditionSummary> out;
    std::vector<int> correctRts;
    std::vector<double> rtSums;
    for (const TrialRecord &t : m_trials) {
        const QString c = QString::fromStdString(t.condition);
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const ConditionSummary &s) { return s.condition == c; });
        if (it == out.end()) {
            out.push_back({c, 0, 0.0, 0.0});
            correctRts.push_back(0);
            rtSums.push_back(0.0);
            it = out.end() - 1;
        }
        const auto i = std::size_t(it - out.begin());
        ++it->trials;
        it->accuracy += t.correct;
        if (t.correct && t.responded()) {
            ++correctRts[i];
            rtSums[i] += *t.rtMs();
        }
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].accuracy /= out[i].trials;
        out[i].meanCorrectRtMs =
            correctRts[i] ? rtSums[i] / correctRts[i] : std::numeric_limits<double>::quiet_NaN();
    }
    return out;
}

int SessionDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trials.size());
}

int SessionDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionDetailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_trials.size()) ||
        (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const TrialRecord &t = m_trials[std::size_t(index.row())];
    const bool text = role == Qt::DisplayRole;
    switch (index.column()) {
    case Number:
        return index.row() + 1;
    case Condition:
        return QString::fromStdString(t.condition);
    case Difficulty:
        return text ? QVariant(QLocale().toString(t.difficulty, 'f', 2)) : QVariant(t.difficulty);
    case Predicted:
        if (!t.predictedCorrect)
            return text ? QVariant(QString()) : QVariant();
        return text ? QVariant(QLocale().toString(*t.predictedCorrect, 'f', 2))
                    : QVariant(*t.predictedCorrect);
    case Correct:
        return text ? QVariant(t.correct ? tr("correct") : tr("error")) : QVariant(t.correct);
    case Rt:
        if (!t.responded())
            return text ? QVariant(tr("no response")) : QVariant();
        return text ? QVariant(QLocale().toString(*t.rtMs(), 'f', 1)) : QVariant(*t.rtMs());
    default:
        return {};
    }
}

QVariant SessionDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Trial");
    case Condition:
        return tr("Condition");
    case Difficulty:
        return tr("Level");
    case Predicted:
        return tr("Predicted P(correct)");
    case Correct:
        return tr("Outcome");
    case Rt:
        return tr("Reaction time (ms)");
    default:
        return {};
    }
}

} // namespace attend
