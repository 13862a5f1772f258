#include "measureintervals.h"

#include <QJsonDocument>
#include <algorithm>
#include <future>
#include <map>
#include <random>

namespace attend {

namespace {

using Strata = std::map<std::pair<int, bool>, std::vector<std::size_t>>;

// For each trial position, the positions it may be refilled from: its block and its half of
// the session. Not its condition: where a session draws its conditions at random (task
// switching's switches, congruency and CTIs), how many of each it got is part of the
// uncertainty — resampling within condition hid it and covered 90 % instead of 95 %. The
// pools point into `strata`, whose nodes stay where they are.
std::vector<const std::vector<std::size_t> *> poolsOf(const std::vector<TrialRecord> &trials,
                                                      Strata &strata)
{
    std::vector<const std::vector<std::size_t> *> pools;
    for (std::size_t i = 0; i < trials.size(); ++i) {
        auto &members = strata[{trials[i].block, 2 * i >= trials.size()}];
        members.push_back(i);
        pools.push_back(&members);
    }
    return pools;
}

void withoutKeys(std::vector<TrialRecord> &trials, const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    for (TrialRecord &t : trials) {
        QJsonObject stimulus =
            QJsonDocument::fromJson(QByteArray::fromStdString(t.stimulus)).object();
        for (const QString &key : keys)
            stimulus.remove(key);
        t.stimulus = QJsonDocument(stimulus).toJson(QJsonDocument::Compact).toStdString();
    }
}

// The 2.5th and 97.5th percentiles of `values` (sorted in place), by the nearest rank.
std::pair<double, double> percentiles(std::vector<double> &values)
{
    std::sort(values.begin(), values.end());
    const double last = double(values.size() - 1);
    return {values[std::size_t(0.025 * last + 0.5)], values[std::size_t(0.975 * last + 0.5)]};
}

} // namespace

void addIntervals(std::vector<Measure> &measures, const Exercise &exercise,
                  std::vector<TrialRecord> trials, SessionMode mode, const QJsonObject &parameters,
                  quint64 seed, int resamples)
{
    if (resamples <= 0)
        return;
    std::erase_if(trials,
                  [](const TrialRecord &t) { return !countsTowardsResults(t.flags, t.practice); });
    withoutKeys(trials, exercise.unsummarisedStimulusKeys());
    Strata strata;
    const auto pools = poolsOf(trials, strata);
    // Fixed chunks, each with its own seed, run side by side: the same intervals on any number
    // of cores, in a fraction of the time (a fit per resample makes some sessions slow).
    constexpr int kChunks = 8;
    const auto chunk = [&](int c) {
        std::map<QString, std::vector<double>> values;
        std::mt19937_64 rng(seed + quint64(c) * 0x9E3779B97F4A7C15ull);
        std::vector<TrialRecord> sample(trials.size());
        for (int r = c; r < resamples; r += kChunks) {
            for (std::size_t i = 0; i < trials.size(); ++i) {
                const auto &pool = *pools[i];
                sample[i] = trials[pool[std::uniform_int_distribution<std::size_t>(0, pool.size() -
                                                                                          1)(rng)]];
            }
            for (const Measure &m : measuresOf(exercise, sample, mode, parameters))
                if (m.ok)
                    values[m.key].push_back(m.value);
        }
        return values;
    };
    std::vector<std::future<std::map<QString, std::vector<double>>>> running;
    for (int c = 0; c < kChunks; ++c)
        running.push_back(std::async(std::launch::async, chunk, c));
    std::map<QString, std::vector<double>> values;
    for (auto &r : running)
        for (auto &[key, v] : r.get())
            values[key].insert(values[key].end(), v.begin(), v.end());
    for (Measure &m : measures) {
        auto &v = values[m.key];
        if (!m.ok || m.interval || double(v.size()) < 0.95 * resamples)
            continue;
        const auto [low, high] = percentiles(v);
        if (low < high)
            m.interval = Interval{low, high};
    }
}

std::vector<Measure> storedMeasuresOf(const Exercise &exercise, std::vector<TrialRecord> trials,
                                      SessionMode mode, const QJsonObject &parameters, quint64 seed,
                                      int resamples)
{
    std::vector<Measure> measures = measuresOf(exercise, trials, mode, parameters);
    addIntervals(measures, exercise, std::move(trials), mode, parameters, seed, resamples);
    return measures;
}

} // namespace attend
