#include "retestreliability.h"

#include "metrics/reliability.h"
#include "storage/sessionrepository.h"

#include <cmath>
#include <map>
#include <numeric>

namespace attend {

Result<RetestReliability::Estimate>
RetestReliability::estimate(Database &db, const QString &exercise, const QString &key)
{
    auto sessions = SessionRepository(db).completed(exercise, SessionMode::Assessment);
    if (!sessions)
        return sessions.error();
    std::map<qint64, std::vector<double>> scores; // participant → first two values, in order
    for (const SessionInfo &s : sessions.value()) {
        if (scores[s.participantId].size() == 2)
            continue;
        auto stored = SessionRepository(db).load(s.id);
        if (!stored)
            return stored.error();
        const QJsonObject m = stored.value().summary.value(key).toObject();
        // A partial session or one without a value is not a retest of the protocol: skipped.
        if (stored.value().parameters.value(QStringLiteral("partial")).toBool() ||
            !m.value(QStringLiteral("ok")).toBool())
            continue;
        scores[s.participantId].push_back(m.value(QStringLiteral("value")).toDouble());
    }
    std::vector<double> first, second;
    for (const auto &[who, values] : scores)
        if (values.size() == 2) {
            first.push_back(values[0]);
            second.push_back(values[1]);
        }
    Estimate e;
    e.people = int(first.size());
    const auto r = metrics::pearson(first, second);
    if (e.people < kMinimumPeople || !r.ok())
        return e;
    const double n = double(e.people);
    const double mean = std::accumulate(first.begin(), first.end(), 0.0) / n;
    double ss = 0.0, change = 0.0;
    for (std::size_t i = 0; i < first.size(); ++i) {
        ss += (first[i] - mean) * (first[i] - mean);
        change += (second[i] - first[i]) / n;
    }
    e.r = r.value;
    e.firstSd = std::sqrt(ss / (n - 1.0));
    e.practice = change;
    return e;
}

} // namespace attend
