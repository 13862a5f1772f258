// Per-trial commit latency on SQLite and on PostgreSQL (issue #23): how long
// TrialRepository::insert takes to return — the work the session runner does in the
// inter-trial interval, never between onset and response. Prints median, p99 and max per store.
// Target: p99 ≤ 5 ms on PostgreSQL over the Unix socket. Run through commitbench.sh, which
// starts a throwaway server with durable commits (fsync on, unlike the tests' server).
//
//   commitbench [--trials N] [--postgres URL]

#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace attend;

namespace {

// Milliseconds each of `trials` commits took, or empty when the store cannot be used.
std::vector<double> commitTimes(const QString &location, int trials)
{
    auto opened = Database::open(location);
    if (!opened) {
        std::fprintf(stderr, "commitbench: %s\n", qPrintable(opened.error().message()));
        return {};
    }
    Database &db = *opened.value();
    auto person = ParticipantRepository(db).add(QStringLiteral("BENCH"), {});
    if (!person)
        person = ParticipantRepository(db).byCode(QStringLiteral("BENCH"));
    NewSession s;
    s.participantId = person.value().id;
    s.exercise = QStringLiteral("sart");
    const qint64 session = SessionRepository(db).start(s).value();
    std::vector<double> ms;
    ms.reserve(std::size_t(trials));
    TrialRepository repo(db);
    for (int i = 0; i < trials; ++i) {
        TrialRecord t;
        t.index = i;
        t.onsetNs = qint64(i) * 1'150'000'000;
        t.responseNs = *t.onsetNs + 350'000'000;
        t.response = "space";
        t.correct = true;
        t.stimulus = R"({"digit":7,"font_pt":72,"mask_ms":900})";
        QElapsedTimer timer;
        timer.start();
        if (!repo.insert(session, t)) {
            std::fprintf(stderr, "commitbench: a commit failed\n");
            return {};
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

void report(const char *store, std::vector<double> ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, std::size_t(q * ms.size()))];
    };
    std::printf("%-34s %6zu trials  median %6.2f ms  p99 %6.2f ms  max %7.2f ms\n", store,
                ms.size(), at(0.5), at(0.99), ms.back());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int trials = 2000;
    QString postgres;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--trials")
            trials = std::max(10, args[i + 1].toInt());
        else if (args[i] == u"--postgres")
            postgres = args[i + 1];
    }
    QTemporaryDir dir;
    report("SQLite (WAL, synchronous=FULL)",
           commitTimes(dir.filePath(QStringLiteral("bench.sqlite")), trials));
    if (!postgres.isEmpty())
        report("PostgreSQL (Unix socket, fsync on)", commitTimes(postgres, trials));
    return 0;
}
