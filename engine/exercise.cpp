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

} // namespace attend
