#include "splithalfreliability.h"

#include "exercise.h"
#include "metrics/reliability.h"
#include "models/retestreliability.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <set>

namespace attend {

namespace {

std::optional<double> valueOf(const std::vector<Measure> &measures, const QString &key)
{
    for (const Measure &m : measures)
        if (m.key == key && m.ok)
            return m.value;
    return std::nullopt;
}

} // namespace

Result<SplitHalfReliability::Estimate>
SplitHalfReliability::estimate(Database &db, const Exercise &exercise, const QString &key)
{
    auto sessions = SessionRepository(db).completed(exercise.id(), SessionMode::Assessment);
    if (!sessions)
        return sessions.error();
    std::set<qint64> seen;
    std::vector<double> odd, even;
    for (const SessionInfo &s : sessions.value()) {
        if (seen.contains(s.participantId))
            continue;
        auto stored = SessionRepository(db).load(s.id);
        if (!stored)
            return stored.error();
        // A partial session is not the protocol's measure: that person's next one counts.
        if (stored.value().parameters.value(QStringLiteral("partial")).toBool())
            continue;
        seen.insert(s.participantId);
        auto trials = TrialRepository(db).forSession(s.id);
        if (!trials)
            return trials.error();
        // Halves of the trials that count, alternating, so that both span the whole session
        // (practice and fatigue fall on both alike).
        std::erase_if(trials.value(), [](const TrialRecord &t) {
            return !countsTowardsResults(t.flags, t.practice);
        });
        const auto [first, second] = metrics::oddEvenHalves(trials.value());
        const QJsonObject &parameters = stored.value().parameters;
        const auto a =
            valueOf(measuresOf(exercise, first, SessionMode::Assessment, parameters), key);
        const auto b =
            valueOf(measuresOf(exercise, second, SessionMode::Assessment, parameters), key);
        if (a && b) {
            odd.push_back(*a);
            even.push_back(*b);
        }
    }
    Estimate e;
    e.people = int(odd.size());
    const metrics::Estimate r = metrics::splitHalfReliability(odd, even);
    if (e.people >= RetestReliability::kMinimumPeople && r.ok())
        e.reliability = r.value;
    return e;
}

} // namespace attend
