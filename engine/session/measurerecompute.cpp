#include "measurerecompute.h"

#include "exerciseregistry.h"
#include "measureintervals.h"
#include "metricsversion.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

namespace attend {

namespace {

// Recomputes one finished session, keeping its old measures in the audit log.
Result<void> recomputeOne(Database &db, const Exercise &exercise, const StoredSession &s)
{
    auto trials = TrialRepository(db).forSession(s.id);
    if (!trials)
        return trials.error();
    const QJsonObject fresh = measuresJson(
        storedMeasuresOf(exercise, std::move(trials.value()), s.mode, s.parameters, s.seed));
    return db.transaction([&]() -> Result<void> {
        if (auto logged = AuditRepository(db).record(
                QStringLiteral("recompute"), QStringLiteral("session %1").arg(s.id),
                {{QStringLiteral("old_metrics_version"), s.metricsVersion},
                 {QStringLiteral("new_metrics_version"), kMetricsVersion},
                 {QStringLiteral("old_measures"), s.summary}});
            !logged)
            return logged;
        return SessionRepository(db).replaceSummary(s.id, fresh);
    });
}

} // namespace

Result<MeasureRecompute::Outcome> MeasureRecompute::run(Database &db,
                                                        const ExerciseRegistry &exercises,
                                                        const QString &exercise,
                                                        const QString &participantCode)
{
    auto people = ParticipantRepository(db).list(ParticipantRepository::Which::All);
    if (!people)
        return people.error();
    Outcome outcome;
    for (const Participant &p : people.value()) {
        if (!participantCode.isEmpty() && p.code != participantCode)
            continue;
        auto sessions = SessionRepository(db).forParticipant(p.id);
        if (!sessions)
            return sessions.error();
        for (const SessionInfo &info : sessions.value()) {
            if (info.status != SessionStatus::Completed ||
                (!exercise.isEmpty() && info.exercise != exercise))
                continue;
            const Exercise *e = exercises.find(info.exercise);
            auto s = SessionRepository(db).load(info.id);
            if (!s)
                return s.error();
            if (!e) {
                ++outcome.unknown;
            } else if (s.value().metricsVersion >= kMetricsVersion) {
                ++outcome.current;
            } else if (auto done = recomputeOne(db, *e, s.value()); !done) {
                return done.error();
            } else {
                ++outcome.recomputed;
            }
        }
    }
    return outcome;
}

} // namespace attend
