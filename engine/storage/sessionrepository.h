#pragma once

#include "result.h"
#include "sessioninfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <optional>
#include <vector>

namespace attend {

class Database;

struct NewSession
{
    qint64 participantId = 0; // 0: no participant (timing check only)
    QString exercise;
    SessionMode mode = SessionMode::Assessment;
    QJsonObject parameters;
    QJsonObject platform; // OS, Qt version, screen, refresh rate
    quint32 seed = 0;
    QDateTime startedAt; // UTC; invalid = now (simulations set their own)
};

// How the stimuli of a session were shown (DESIGN.md §4).
struct PresentationStats
{
    QString path; // e.g. "qwidget-repaint"
    double refreshMeanMs = 0.0;
    double refreshSdMs = 0.0;
    int droppedFrames = 0;
};

// Where an imported session came from (engine/import).
struct ImportSource
{
    QString file;   // the file's name, without its folder
    QString sha256; // of the file's content, in hex
};

// A session recorded elsewhere, stored whole (one call inside the import's transaction).
struct ImportedSession
{
    NewSession session;
    SessionStatus status = SessionStatus::Completed;
    QDateTime endedAt;           // invalid: the start
    QString appVersion, buildId; // of the tool that recorded it, when known
    QJsonObject summary;
    ImportSource source;
};

// A session as stored: enough to resume it, and everything an export carries.
struct StoredSession
{
    qint64 id = 0;
    qint64 participantId = 0; // 0 for a timing check
    QString exercise;
    SessionMode mode = SessionMode::Assessment;
    SessionStatus status = SessionStatus::Running;
    QJsonObject parameters;
    quint32 seed = 0;
    QDateTime startedAt, endedAt; // UTC; endedAt invalid while running
    QString appVersion, buildId;
    QJsonObject platform;
    QJsonObject summary;    // the measures, as the session runner stored them
    int metricsVersion = 1; // the rules they were computed under (metricsversion.h)
    std::optional<PresentationStats> presentation;
    std::optional<ImportSource> source; // imported sessions only
    QString notes;                      // the clinician's, empty without
    QString uuid;                       // the same on every database it is copied to
};

class SessionRepository
{
public:
    explicit SessionRepository(Database &db) : m_db(db) {}

    // Records a new session as running, with the app version and build id.
    Result<qint64> start(const NewSession &session);
    // Stores an imported session as completed, with its measures and source.
    Result<qint64> addImported(const ImportedSession &imported);
    // The sessions imported from a file with this content.
    Result<QList<qint64>> importedFrom(const QString &sha256);
    // Ends a session with its final status; only a running session can end. One statement, so
    // it can be part of a caller's transaction.
    // `endedAt` invalid = now.
    Result<void> finish(qint64 id, SessionStatus status, const QJsonObject &summary,
                        const QDateTime &endedAt = {});
    // Sessions whose program stopped before they ended (DESIGN.md §3).
    // The measures of a finished session recomputed under the current rules (attend-cli
    // recompute); the caller keeps the old ones in the audit log.
    Result<void> replaceSummary(qint64 id, const QJsonObject &summary);
    Result<QList<SessionInfo>> running();
    Result<QList<SessionInfo>> forParticipant(qint64 participantId);
    // Every participant's activity, by participant id; `keyMeasures` names each exercise's
    // key measure per mode ({exercise, mode, key}), whose missing value is a failed estimate.
    struct KeyMeasure
    {
        QString exercise;
        SessionMode mode;
        QString key;
    };
    Result<QHash<qint64, ParticipantActivity>> activity(const QList<KeyMeasure> &keyMeasures);
    Result<std::optional<SessionInfo>> latest(qint64 participantId, const QString &exercise);
    // Every participant's completed sessions of one exercise and mode, in time order.
    Result<QList<SessionInfo>> completed(const QString &exercise, SessionMode mode);
    Result<StoredSession> load(qint64 id);
    // Every session of the participant, whole, in forParticipant's order (one query: an export
    // reads them all).
    Result<std::vector<StoredSession>> loadForParticipant(qint64 participantId);
    // The id of the session with this UUID; none when this database does not hold it.
    Result<std::optional<qint64>> byUuid(const QString &uuid);
    Result<void> recordPresentation(qint64 id, const PresentationStats &stats);
    // The clinician's notes on a session; each change is written to the audit log.
    Result<void> setNotes(qint64 id, const QString &notes);
    // Number of sessions per status, for `attend-cli check`.
    Result<QMap<SessionStatus, qint64>> countByStatus();

private:
    Result<QList<SessionInfo>> select(const QString &what, const QString &where,
                                      const QVariantList &bindings);
    Database &m_db;
};

} // namespace attend
