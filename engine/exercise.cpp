#include "exercise.h"

namespace attend {

Measure measureOf(const char *key, const QString &label, const metrics::Estimate &estimate,
                  const QString &unit)
{
    Measure m{QString::fromLatin1(key),
              label,
              unit,
              estimate.ok(),
              estimate.ok() ? estimate.value : 0.0,
              QString::fromStdString(estimate.reason)};
    m.used = estimate.used;
    m.excluded = estimate.excluded;
    return m;
}

Measure countOf(const char *key, const QString &label, double count)
{
    return {QString::fromLatin1(key), label, QString(), true, count, QString()};
}

Measure proportionOf(const char *key, const QString &label, const metrics::Estimate &estimate)
{
    Measure m = measureOf(key, label, estimate);
    m.lowest = 0.0;
    m.highest = 1.0;
    return m;
}

Measure durationOf(const char *key, const QString &label, const metrics::Estimate &estimate)
{
    Measure m = measureOf(key, label, estimate, QStringLiteral("ms"));
    m.lowest = 0.0;
    return m;
}

Measure detailed(Measure measure)
{
    measure.detail = true;
    return measure;
}

std::vector<Measure> measuresOf(const Exercise &exercise, std::vector<TrialRecord> trials)
{
    std::erase_if(trials,
                  [](const TrialRecord &t) { return !countsTowardsResults(t.flags, t.practice); });
    return exercise.summarise(trials);
}

QJsonObject measuresJson(const std::vector<Measure> &measures)
{
    QJsonObject json;
    for (const Measure &m : measures) {
        QJsonObject entry{{QStringLiteral("unit"), m.unit}, {QStringLiteral("ok"), m.ok}};
        if (m.ok)
            entry.insert(QStringLiteral("value"), m.value);
        if (!m.note.isEmpty())
            entry.insert(QStringLiteral("note"), m.note);
        if (m.detail)
            entry.insert(QStringLiteral("detail"), true);
        if (m.used > 0 || m.excluded > 0) {
            entry.insert(QStringLiteral("n_used"), m.used);
            entry.insert(QStringLiteral("n_excluded"), m.excluded);
        }
        json.insert(m.key, entry);
    }
    return json;
}

} // namespace attend
