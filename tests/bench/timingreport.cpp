// Pairs xprobe's measurements with the trials of the latest timing check (or of the latest
// session of EXERCISE) in an Attend database and prints the RT error and onset figures of the
// timing benchmark (tests/bench/timing.sh), the run's first trial and every first trial after a
// text screen (block 0 → 1) also on their own.
// usage: timingreport DB PROBE.tsv [EXERCISE]

#include "timing/prioritygrant.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

struct Stats
{
    double mean = 0, sd = 0, p99abs = 0, maxabs = 0;
    std::size_t n = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    s.n = v.size();
    if (v.empty())
        return s;
    for (double x : v)
        s.mean += x;
    s.mean /= double(v.size());
    for (double x : v)
        s.sd += (x - s.mean) * (x - s.mean);
    s.sd = v.size() > 1 ? std::sqrt(s.sd / double(v.size() - 1)) : 0.0;
    for (double &x : v)
        x = std::abs(x);
    std::sort(v.begin(), v.end());
    s.p99abs = v[std::min(v.size() - 1, std::size_t(std::ceil(0.99 * double(v.size()))) - 1)];
    s.maxabs = v.back();
    return s;
}

void print(const char *what, const Stats &s)
{
    std::printf("%-40s n=%-4zu mean %+7.3f ms  SD %6.3f ms  p99 |x| %6.3f ms  max |x| %6.3f ms\n",
                what, s.n, s.mean, s.sd, s.p99abs, s.maxabs);
}

struct Trial
{
    double requested, onset, response, rt; // ms on CLOCK_MONOTONIC; response < 0 if none
    int late;
    bool firstOfBlock; // the run's first trial, or the first after a text screen
};

// The session's trials, their times moved onto CLOCK_MONOTONIC by the session's origin.
std::vector<Trial> loadTrials(attend::Database &db, const QVariant &sessionId, qint64 origin)
{
    std::vector<Trial> trials;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT requested_onset_ns, onset_ns, response_ns, rt_ms, flags, "
                             "block FROM trials WHERE session_id = ? ORDER BY id"));
    q.addBindValue(sessionId);
    q.exec();
    int lastBlock = -1;
    while (q.next()) {
        const int block = q.value(5).toInt();
        trials.push_back(
            {double(origin + q.value(0).toLongLong()) / 1e6,
             double(origin + q.value(1).toLongLong()) / 1e6,
             q.value(2).isNull() ? -1.0 : double(origin + q.value(2).toLongLong()) / 1e6,
             q.value(3).toDouble(), q.value(4).toInt() & 1, block != lastBlock});
        lastBlock = block;
    }
    return trials;
}

struct Paired
{
    std::vector<double> rtError, onsetStamp, keyStamp, pollGap, firstError;
    int rows = 0;
};

// Pairs each probe row with the trial whose measured onset is nearest the probe's (within
// 20 ms) and that has a response.
Paired pairWithProbe(QFile &probe, const std::vector<Trial> &trials)
{
    Paired p;
    probe.readLine();
    while (!probe.atEnd()) {
        const QList<QByteArray> f = probe.readLine().trimmed().split('\t');
        if (f.size() < 5)
            continue;
        ++p.rows;
        const double onset = f[1].toDouble(), press = f[2].toDouble(), trueRt = f[3].toDouble();
        const auto nearest = std::min_element(trials.begin(), trials.end(), [&](auto &a, auto &b) {
            return std::abs(a.onset - onset) < std::abs(b.onset - onset);
        });
        if (nearest == trials.end() || std::abs(nearest->onset - onset) > 20.0 ||
            nearest->response < 0)
            continue;
        p.rtError.push_back(nearest->rt - trueRt);
        if (nearest->firstOfBlock)
            p.firstError.push_back(nearest->rt - trueRt);
        p.onsetStamp.push_back(nearest->onset - onset);
        p.keyStamp.push_back(nearest->response - press);
        p.pollGap.push_back(f[4].toDouble());
    }
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: timingreport DB PROBE.tsv [EXERCISE]\n");
        return 1;
    }
    const QString exercise =
        argc == 4 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("timing-check");
    auto db = attend::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "timingreport: %s\n", qPrintable(db.error().message()));
        return 2;
    }
    QSqlQuery session(db.value()->connection());
    session.prepare(QStringLiteral("SELECT id, platform_json, refresh_mean_ms, refresh_sd_ms, "
                                   "dropped_frames, presentation_path FROM sessions WHERE "
                                   "exercise = ? ORDER BY id DESC LIMIT 1"));
    session.addBindValue(exercise);
    if (!session.exec() || !session.next()) {
        std::fprintf(stderr, "timingreport: no session of %s in %s\n", qPrintable(exercise),
                     argv[1]);
        return 2;
    }
    const QJsonObject platform = QJsonDocument::fromJson(session.value(1).toByteArray()).object();
    const qint64 origin =
        platform.value(QStringLiteral("monotonic_origin_ns")).toString().toLongLong();
    const auto priority = attend::PriorityGrant::fromPlatform(platform);
    const std::vector<Trial> trials = loadTrials(*db.value(), session.value(0), origin);
    QFile probe(QString::fromLocal8Bit(argv[2]));
    if (!probe.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "timingreport: cannot read %s\n", argv[2]);
        return 2;
    }
    const Paired p = pairWithProbe(probe, trials);
    std::vector<double> requestedVsMeasured;
    for (const Trial &t : trials)
        requestedVsMeasured.push_back(t.onset - t.requested);

    std::printf("presentation path: %s\n", qPrintable(session.value(5).toString()));
    const QString refused = priority && !priority->refused.isEmpty()
                                ? QStringLiteral(" (%1)").arg(priority->refused)
                                : QString();
    std::printf("scheduling: %s\n",
                priority ? qPrintable(priority->brief() + refused) : "not recorded");
    std::printf("trials stored: %zu, probe onsets: %d, paired: %zu\n", trials.size(), p.rows,
                p.rtError.size());
    print("RT error (logged - true)", stats(p.rtError));
    print("  first trials of the run and of blocks", stats(p.firstError));
    print("  onset stamp - probe onset", stats(p.onsetStamp));
    print("  key stamp - probe press", stats(p.keyStamp));
    print("measured - requested onset", stats(requestedVsMeasured));
    print("probe poll gap (its own uncertainty)", stats(p.pollGap));
    std::printf("frame interval %.3f ms (SD %.3f ms), dropped frames %d, late trials %ld\n",
                session.value(2).toDouble(), session.value(3).toDouble(), session.value(4).toInt(),
                long(std::count_if(trials.begin(), trials.end(), [](auto &t) { return t.late; })));
    return 0;
}
