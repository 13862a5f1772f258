#include "exercise.h"

#include "session/adaptivetraining.h"

#include "metrics/intervals.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace attend {

namespace {

const char *const kLevelReached = "level_reached"; // levelMeasures' key, read by measureToday

} // namespace

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
    m.proportion = true;
    if (const auto wilson = metrics::wilsonInterval(int(std::lround(m.value * m.used)), m.used);
        m.ok && wilson)
        m.interval = Interval{wilson->first, wilson->second};
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

void setKind(TrialRecord &trial, const QString &condition, const QJsonObject &stimulus)
{
    trial.condition = condition.toStdString();
    trial.stimulus = QJsonDocument(stimulus).toJson(QJsonDocument::Compact).toStdString();
}

std::vector<Measure> measuresOf(const Exercise &exercise, std::vector<TrialRecord> trials,
                                SessionMode mode, const QJsonObject &parameters)
{
    std::erase_if(trials,
                  [](const TrialRecord &t) { return !countsTowardsResults(t.flags, t.practice); });
    std::vector<Measure> out = exercise.summarise(trials);
    if (mode != SessionMode::Training)
        return out;
    for (Measure &m : out)
        m.detail = true;
    const QStringList adaptedOn = AdaptiveTraining::adaptingConditions(parameters);
    std::erase_if(trials,
                  [&](const TrialRecord &t) { return !AdaptiveTraining::informs(adaptedOn, t); });
    const auto level = levelMeasures(trials);
    out.insert(out.begin(), level.begin(), level.end());
    return out;
}

std::vector<Measure> levelMeasures(const std::vector<TrialRecord> &adapted)
{
    const std::size_t from = adapted.size() / 2;
    const int n = int(adapted.size() - from);
    std::vector<double> levels;
    int correct = 0;
    for (std::size_t i = from; i < adapted.size(); ++i) {
        levels.push_back(adapted[i].difficulty);
        correct += adapted[i].correct;
    }
    const auto none = metrics::Estimate::notEnough(n, 0, "no trials the level adapts on");
    Measure reached = measureOf(
        kLevelReached,
        QCoreApplication::translate("attend::Measure", "Level reached (0 easiest, 1 hardest)"),
        n > 0 ? metrics::Estimate::of(std::accumulate(levels.begin(), levels.end(), 0.0) / n, n)
              : none);
    reached.lowest = 0.0;
    reached.highest = 1.0;
    Measure accuracy = proportionOf(
        "accuracy_at_level",
        QCoreApplication::translate("attend::Measure", "Accuracy at the level reached"),
        metrics::Estimate::proportion(correct, n, "no trials the level adapts on"));
    // The controller sets each level from the trials before: a series, not independent trials,
    // so its interval comes from batch means (a bootstrap would resample them as independent).
    if (const auto interval = metrics::batchMeansInterval(levels); reached.ok && interval)
        reached.interval =
            Interval{std::max(interval->first, 0.0), std::min(interval->second, 1.0)};
    return {reached, accuracy};
}

QJsonObject measuresJson(const std::vector<Measure> &measures)
{
    QJsonObject json;
    for (const Measure &m : measures) {
        QJsonObject entry{{QStringLiteral("unit"), m.unit}, {QStringLiteral("ok"), m.ok}};
        if (m.ok)
            entry.insert(QStringLiteral("value"), m.value);
        if (m.interval) {
            entry.insert(QStringLiteral("ci_low"), m.interval->low);
            entry.insert(QStringLiteral("ci_high"), m.interval->high);
        }
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

double measureToday(const QString &key, double stored, const std::function<double(double)> &level)
{
    return key == QLatin1String(kLevelReached) && !std::isnan(stored) ? level(stored) : stored;
}

std::function<double(double)> Exercise::levelsUnder(const QJsonObject &now, SessionMode mode,
                                                    const QJsonObject &recorded) const
{
    if (mode != SessionMode::Training)
        return assessmentLevels(recorded);
    return [this, now, recorded](double level) { return levelUnder(now, recorded, level); };
}

// An assessment's trials store its difficulty_equivalent, the training level its fixed task
// matches. The task is the protocol's, so one run under today's protocol_version reads at
// today's equivalent: the SART's and the CPT's moved from 0.5 and 0.4 to 0.667 and 0.6 when
// their training range widened on 2 December 2026, their assessments did not change. Another
// protocol's, or an imported session's (no equivalent), reads as stored.
std::function<double(double)> Exercise::assessmentLevels(const QJsonObject &recorded) const
{
    const QJsonObject today = defaultParameters(SessionMode::Assessment);
    const QLatin1String key("difficulty_equivalent"), protocol("protocol_version");
    const QJsonValue was = recorded.value(key), is = today.value(key);
    if (!was.isDouble() || !is.isDouble() || recorded.value(protocol) != today.value(protocol))
        return [](double level) { return level; };
    return [was = was.toDouble(), is = is.toDouble()](double level) {
        return std::abs(level - was) < 1e-9 ? is : level;
    };
}

std::function<double(double)> Exercise::levelsToday(SessionMode mode,
                                                    const QJsonObject &recorded) const
{
    return levelsUnder(defaultParameters(SessionMode::Training), mode, recorded);
}

} // namespace attend
