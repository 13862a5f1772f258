#include "trialrepository.h"

#include "dialect.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace attend {

namespace {

// An absent value is SQL NULL.
QVariant nsOrNull(std::optional<std::int64_t> ns)
{
    return ns ? QVariant(qint64(*ns)) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant realOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

// A clinic's server that dropped the connection (restarted, a network cut) is tried once more,
// on a new connection (Database::exec opens it), and the trial stored unless the server has it
// already: the first attempt may have committed before its answer was lost. So a trial is
// stored once, whatever the connection did.
Result<qint64> TrialRepository::insert(qint64 sessionId, const TrialRecord &t)
{
    auto stored = insertNow(sessionId, t);
    if (stored || stored.error().kind() != Error::Kind::Unreachable || !m_db.isServer())
        return stored;
    return insertOnce(sessionId, t);
}

Result<qint64> TrialRepository::insertOnce(qint64 sessionId, const TrialRecord &t)
{
    auto there = m_db.exec(
        Error::tr("Saving trial %1 of block %2").arg(t.index).arg(t.block),
        QStringLiteral("SELECT id FROM trials WHERE session_id = ? AND block = ? AND "
                       "trial_index = ? AND practice = ? AND %1")
            .arg(t.onsetNs ? QStringLiteral("onset_ns = ?") : QStringLiteral("onset_ns IS NULL")),
        QVariantList{sessionId, t.block, t.index, int(t.practice)} +
            (t.onsetNs ? QVariantList{qint64(*t.onsetNs)} : QVariantList{}));
    if (!there)
        return there.error();
    if (there.value().next())
        return there.value().value(0).toLongLong();
    return insertNow(sessionId, t);
}

Result<qint64> TrialRepository::insertNow(qint64 sessionId, const TrialRecord &t)
{
    return m_db.insert(
        Error::tr("Saving trial %1 of block %2").arg(t.index).arg(t.block),
        QStringLiteral("INSERT INTO trials (session_id, block, trial_index, practice, condition, "
                       "difficulty, stimulus_json, requested_onset_ns, onset_ns, frames_shown, "
                       "response, response_ns, rt_ms, correct, flags, predicted_correct, "
                       "predicted_rt_ms, controller_rule) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sessionId, t.block, t.index, int(t.practice), text(t.condition), t.difficulty,
         t.stimulus.empty() ? QStringLiteral("{}") : text(t.stimulus), nsOrNull(t.requestedOnsetNs),
         nsOrNull(t.onsetNs), t.framesShown, text(t.response), nsOrNull(t.responseNs),
         realOrNull(t.rtMs()), int(t.correct), qint64(t.flags), realOrNull(t.predictedCorrect),
         realOrNull(t.predictedRtMs), text(t.controllerRule)});
}

Result<std::vector<TrialRecord>> TrialRepository::forSession(qint64 sessionId)
{
    // The exercise is read once, not joined to every trial (a large export reads every trial).
    auto exercise =
        m_db.exec(Error::tr("Reading the trials of session %1").arg(sessionId),
                  QStringLiteral("SELECT exercise FROM sessions WHERE id = ?"), {sessionId});
    if (!exercise)
        return exercise.error();
    const std::string task = exercise.value().next()
                                 ? exercise.value().value(0).toString().toStdString()
                                 : std::string();
    auto query = m_db.exec(
        Error::tr("Reading the trials of session %1").arg(sessionId),
        QStringLiteral("SELECT block, trial_index, practice, condition, difficulty, "
                       "stimulus_json, requested_onset_ns, onset_ns, frames_shown, response, "
                       "response_ns, correct, flags, predicted_correct, predicted_rt_ms, "
                       "controller_rule, rt_ms FROM trials WHERE session_id = ? ORDER BY id"),
        {sessionId});
    if (!query)
        return query.error();
    const auto ns = [](const QVariant &v) {
        return v.isNull() ? std::nullopt : std::optional<std::int64_t>(v.toLongLong());
    };
    const auto real = [](const QVariant &v) {
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    std::vector<TrialRecord> trials;
    QSqlQuery &q = query.value();
    while (q.next()) {
        TrialRecord t;
        t.block = q.value(0).toInt();
        t.index = q.value(1).toInt();
        t.practice = q.value(2).toBool();
        t.condition = q.value(3).toString().toStdString();
        t.difficulty = q.value(4).toDouble();
        t.stimulus = q.value(5).toString().toStdString();
        t.requestedOnsetNs = ns(q.value(6));
        t.onsetNs = ns(q.value(7));
        t.framesShown = q.value(8).toInt();
        t.response = q.value(9).toString().toStdString();
        t.responseNs = ns(q.value(10));
        t.correct = q.value(11).toBool();
        t.flags = std::uint32_t(q.value(12).toLongLong());
        t.predictedCorrect = real(q.value(13));
        t.predictedRtMs = real(q.value(14));
        t.controllerRule = q.value(15).toString().toStdString();
        t.task = task;
        if (!t.onsetNs || !t.responseNs)
            t.importedRtMs = real(q.value(16));
        trials.push_back(std::move(t));
    }
    return trials;
}

Result<int> TrialRepository::markSuperseded(qint64 sessionId, int fromBlock)
{
    auto update = m_db.exec(
        Error::tr("Setting aside the trials of session %1").arg(sessionId),
        QStringLiteral("UPDATE trials SET flags = flags | ? WHERE session_id = ? AND block >= ?"),
        {qint64(Superseded), sessionId, fromBlock});
    if (!update)
        return update.error();
    return update.value().numRowsAffected();
}

Result<qint64> TrialRepository::count()
{
    auto query =
        m_db.exec(Error::tr("Counting trials"), QStringLiteral("SELECT count(*) FROM trials"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toLongLong();
}

} // namespace attend
