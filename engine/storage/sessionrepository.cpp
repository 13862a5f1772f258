#include "sessionrepository.h"

#include "auditrepository.h"
#include "buildinfo.h"
#include "database.h"
#include "dialect.h"
#include "metricsversion.h"
#include "queryrow.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace attend {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> SessionRepository::start(const NewSession &session)
{
    return m_db.insert(
        Error::tr("Starting a session"),
        QStringLiteral("INSERT INTO sessions (participant_id, exercise, mode, status, started_at, "
                       "app_version, build_id, parameters_json, platform_json, rng_seed, uuid) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {session.participantId > 0 ? QVariant(session.participantId)
                                   : QVariant(QMetaType(QMetaType::LongLong)),
         session.exercise, storedName(session.mode), storedName(SessionStatus::Running),
         (session.startedAt.isValid() ? session.startedAt.toUTC() : QDateTime::currentDateTimeUtc())
             .toString(Qt::ISODateWithMs),
         QString::fromLatin1(kAttendVersion), QString::fromLatin1(kAttendBuildId),
         json(session.parameters), json(session.platform), qint64(session.seed),
         QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

Result<qint64> SessionRepository::addImported(const ImportedSession &imported)
{
    const NewSession &s = imported.session;
    const QDateTime ended = imported.endedAt.isValid() ? imported.endedAt : s.startedAt;
    return m_db.insert(
        Error::tr("Storing an imported session"),
        QStringLiteral("INSERT INTO sessions (participant_id, exercise, mode, status, started_at, "
                       "ended_at, app_version, build_id, parameters_json, platform_json, "
                       "rng_seed, uuid, summary_json, metrics_version, source_file, "
                       "source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.participantId, s.exercise, storedName(s.mode), storedName(imported.status),
         s.startedAt.toUTC().toString(Qt::ISODateWithMs), ended.toUTC().toString(Qt::ISODateWithMs),
         imported.appVersion, imported.buildId, json(s.parameters), json(s.platform),
         qint64(s.seed), QUuid::createUuid().toString(QUuid::WithoutBraces), json(imported.summary),
         kMetricsVersion, imported.source.file, imported.source.sha256});
}

Result<QList<qint64>> SessionRepository::importedFrom(const QString &sha256)
{
    auto query = m_db.exec(Error::tr("Looking for sessions imported from the same file"),
                           QStringLiteral("SELECT id FROM sessions WHERE source_sha256 = ? "
                                          "ORDER BY id"),
                           {sha256});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    return ids;
}

Result<void> SessionRepository::finish(qint64 id, SessionStatus status, const QJsonObject &summary,
                                       const QDateTime &endedAt)
{
    return m_db.updateOne(
        Error::tr("Ending session %1").arg(id),
        QStringLiteral("UPDATE sessions SET status = ?, ended_at = ?, summary_json = ?, "
                       "metrics_version = ? WHERE id = ? AND status = 'running'"),
        {storedName(status),
         (endedAt.isValid() ? endedAt.toUTC() : QDateTime::currentDateTimeUtc())
             .toString(Qt::ISODateWithMs),
         json(summary), kMetricsVersion, id},
        Error::tr("Session %1 is not running in %2.").arg(id).arg(m_db.location()));
}

Result<void> SessionRepository::replaceSummary(qint64 id, const QJsonObject &summary)
{
    return m_db.updateOne(Error::tr("Storing the recomputed measures of session %1").arg(id),
                          QStringLiteral("UPDATE sessions SET summary_json = ?, "
                                         "metrics_version = ? WHERE id = ?"),
                          {json(summary), kMetricsVersion, id},
                          Error::tr("There is no session %1 in %2.").arg(id).arg(m_db.location()));
}

Result<QList<SessionInfo>> SessionRepository::running()
{
    return select(Error::tr("Looking for unfinished sessions"), QStringLiteral("s.status = ?"),
                  {storedName(SessionStatus::Running)});
}

Result<QList<SessionInfo>> SessionRepository::forParticipant(qint64 participantId)
{
    return select(Error::tr("Listing sessions"), QStringLiteral("s.participant_id = ?"),
                  {participantId});
}

Result<QHash<qint64, ParticipantActivity>>
SessionRepository::activity(const QList<KeyMeasure> &keyMeasures)
{
    QHash<qint64, ParticipantActivity> all;
    auto counts = m_db.exec(
        Error::tr("Listing sessions"),
        QStringLiteral("SELECT participant_id, max(started_at), "
                       "sum(CASE WHEN status = 'interrupted' THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN dropped_frames > 0 THEN 1 ELSE 0 END) "
                       "FROM sessions WHERE participant_id IS NOT NULL GROUP BY participant_id"));
    if (!counts)
        return counts.error();
    while (counts.value().next()) {
        ParticipantActivity &a = all[counts.value().value(0).toLongLong()];
        a.lastStartedAt =
            QDateTime::fromString(counts.value().value(1).toString(), Qt::ISODateWithMs);
        a.interrupted = counts.value().value(2).toInt();
        a.timingProblems = counts.value().value(3).toInt();
    }
    // Only the key measure's "ok" is read, by the database's JSON functions, not every summary.
    for (const KeyMeasure &k : keyMeasures) {
        auto failed = m_db.exec(
            Error::tr("Listing sessions"),
            QStringLiteral("SELECT participant_id, count(*) FROM sessions WHERE exercise = ? AND "
                           "mode = ? AND status = 'completed' AND participant_id IS NOT NULL AND "
                           "%1 GROUP BY participant_id")
                .arg(m_db.dialect().jsonIsFalse(QStringLiteral("summary_json"))),
            {k.exercise, storedName(k.mode),
             m_db.dialect().jsonPath({k.key, QStringLiteral("ok")})});
        if (!failed)
            return failed.error();
        while (failed.value().next())
            all[failed.value().value(0).toLongLong()].failedEstimates +=
                failed.value().value(1).toInt();
    }
    return all;
}

Result<std::optional<SessionInfo>> SessionRepository::latest(qint64 participantId,
                                                             const QString &exercise)
{
    auto all = select(Error::tr("Looking up the last session"),
                      QStringLiteral("s.participant_id = ? AND s.exercise = ?"),
                      {participantId, exercise});
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return std::optional<SessionInfo>();
    return std::optional<SessionInfo>(all.value().constLast());
}

Result<QList<SessionInfo>> SessionRepository::completed(const QString &exercise, SessionMode mode)
{
    return select(Error::tr("Listing completed sessions"),
                  QStringLiteral("s.exercise = ? AND s.mode = ? AND s.status = ?"),
                  {exercise, storedName(mode), storedName(SessionStatus::Completed)});
}

namespace {

// A stored session's columns, read by storedSession().
const QString kStoredSession = QStringLiteral(
    "SELECT id, participant_id, exercise, mode, status, parameters_json, rng_seed, started_at, "
    "ended_at, app_version, build_id, platform_json, summary_json, presentation_path, "
    "refresh_mean_ms, refresh_sd_ms, dropped_frames, metrics_version, source_file, "
    "source_sha256, notes, uuid FROM sessions ");

// The text of a column while the row is current: `auto` keeps a QueryRow's std::string.
template <typename Row> QString text(const Row &row, int column)
{
    const auto bytes = row.text(column);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

template <typename Row> QJsonObject json(const Row &row, int column)
{
    const auto bytes = row.text(column);
    return QJsonDocument::fromJson(QByteArray(bytes.data(), qsizetype(bytes.size()))).object();
}

// One row of kStoredSession, from a QueryRow or a SqliteStatement.
template <typename Row> StoredSession storedSession(const Row &row)
{
    StoredSession s;
    s.id = row.integer(0);
    s.participantId = row.integer(1);
    s.exercise = text(row, 2);
    s.mode = text(row, 3) == storedName(SessionMode::Training) ? SessionMode::Training
                                                               : SessionMode::Assessment;
    s.status = sessionStatusFrom(text(row, 4));
    s.parameters = json(row, 5);
    s.seed = quint32(row.integer(6));
    s.startedAt = QDateTime::fromString(text(row, 7), Qt::ISODateWithMs);
    s.endedAt = QDateTime::fromString(text(row, 8), Qt::ISODateWithMs);
    s.appVersion = text(row, 9);
    s.buildId = text(row, 10);
    s.platform = json(row, 11);
    s.summary = json(row, 12);
    if (!row.isNull(13))
        s.presentation =
            PresentationStats{text(row, 13), row.real(14), row.real(15), int(row.integer(16))};
    s.metricsVersion = row.isNull(17) ? 1 : int(row.integer(17));
    if (!row.isNull(19))
        s.source = ImportSource{text(row, 18), text(row, 19)};
    s.notes = text(row, 20);
    s.uuid = text(row, 21);
    return s;
}

} // namespace

Result<StoredSession> SessionRepository::load(qint64 id)
{
    auto query = m_db.exec(Error::tr("Reading session %1").arg(id),
                           kStoredSession + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound,
                     Error::tr("There is no session %1 in %2.").arg(id).arg(m_db.location()),
                     m_db.location());
    return storedSession(QueryRow{query.value()});
}

Result<std::vector<StoredSession>> SessionRepository::loadForParticipant(qint64 participantId)
{
    const QString what = Error::tr("Listing sessions");
    const QString sql =
        kStoredSession + QStringLiteral("WHERE participant_id = ? ORDER BY started_at, id");
    std::vector<StoredSession> sessions;
    if (SqliteStatement::canRun(m_db.connection())) {
        SqliteStatement statement(m_db.connection(), sql);
        statement.bind(0, participantId);
        while (statement.next())
            sessions.push_back(storedSession(statement));
        if (!statement.ok())
            return m_db.dialect().classify(statement.error(), what, m_db.location());
        return sessions;
    }
    auto query = m_db.exec(what, sql, {participantId});
    if (!query)
        return query.error();
    while (query.value().next())
        sessions.push_back(storedSession(QueryRow{query.value()}));
    return sessions;
}

Result<std::optional<qint64>> SessionRepository::byUuid(const QString &uuid)
{
    auto query = m_db.exec(Error::tr("Looking for session %1").arg(uuid),
                           QStringLiteral("SELECT id FROM sessions WHERE uuid = ?"), {uuid});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value().value(0).toLongLong());
}

Result<void> SessionRepository::setNotes(qint64 id, const QString &notes)
{
    return m_db.transaction([&]() -> Result<void> {
        auto update = m_db.updateOne(
            Error::tr("Saving the notes of session %1").arg(id),
            QStringLiteral("UPDATE sessions SET notes = ? WHERE id = ?"), {notes, id},
            Error::tr("There is no session %1 in %2.").arg(id).arg(m_db.location()));
        if (!update)
            return update;
        return AuditRepository(m_db).record(QStringLiteral("session-notes-changed"),
                                            QString::number(id),
                                            {{QStringLiteral("notes"), notes}});
    });
}

Result<void> SessionRepository::recordPresentation(qint64 id, const PresentationStats &stats)
{
    return m_db.updateOne(
        Error::tr("Saving the timing of session %1").arg(id),
        QStringLiteral("UPDATE sessions SET presentation_path = ?, refresh_mean_ms = ?, "
                       "refresh_sd_ms = ?, dropped_frames = ? WHERE id = ?"),
        {stats.path, stats.refreshMeanMs, stats.refreshSdMs, stats.droppedFrames, id},
        Error::tr("There is no session %1 in %2.").arg(id).arg(m_db.location()));
}

Result<QMap<SessionStatus, qint64>> SessionRepository::countByStatus()
{
    auto query = m_db.exec(Error::tr("Counting sessions"),
                           QStringLiteral("SELECT status, count(*) FROM sessions GROUP BY status"));
    if (!query)
        return query.error();
    QMap<SessionStatus, qint64> counts;
    while (query.value().next())
        counts[sessionStatusFrom(query.value().value(0).toString())] =
            query.value().value(1).toLongLong();
    return counts;
}

Result<QList<SessionInfo>> SessionRepository::select(const QString &what, const QString &where,
                                                     const QVariantList &bindings)
{
    auto query = m_db.exec(
        what,
        QStringLiteral(
            "SELECT s.id, s.participant_id, p.code, s.exercise, s.mode, s.status, "
            "s.started_at, s.ended_at, "
            "(SELECT count(*) FROM trials t WHERE t.session_id = s.id), s.parameters_json "
            "FROM sessions s LEFT JOIN participants p ON p.id = s.participant_id "
            "WHERE %1 ORDER BY s.started_at, s.id")
            .arg(where),
        bindings);
    if (!query)
        return query.error();
    QList<SessionInfo> sessions;
    QSqlQuery &q = query.value();
    while (q.next()) {
        SessionInfo s;
        s.id = q.value(0).toLongLong();
        s.participantId = q.value(1).toLongLong();
        s.participantCode = q.value(2).toString();
        s.exercise = q.value(3).toString();
        s.mode = q.value(4).toString() == storedName(SessionMode::Training)
                     ? SessionMode::Training
                     : SessionMode::Assessment;
        s.status = sessionStatusFrom(q.value(5).toString());
        s.startedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        s.endedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        s.trialCount = q.value(8).toLongLong();
        s.partial = QJsonDocument::fromJson(q.value(9).toString().toUtf8())
                        .object()
                        .value(QStringLiteral("partial"))
                        .toBool();
        sessions << s;
    }
    return sessions;
}

} // namespace attend
