// What `attend-cli import` costs (docs/import.md): writes a SART file of 100 000 rows in the
// layout of tests/data/sart_pcbs (100 people × 4 sessions × 250 digits, seeded), then imports it
// with docs/examples/sart_pcbs.mapping.json into a new database and prints the time and rate of
// each step: reading and checking the rows, computing each session's measures with their 2000
// bootstrap resamples, and storing the trials in one transaction.
// usage: importbench [--people N]

#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "import/trialimport.h"
#include "sceneregistry.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <random>

using namespace attend;

namespace {

constexpr int kSessions = 4, kDigits = 250;

// One row per digit: a no-go 3 on one digit in nine, presses with an ex-Gaussian-like RT.
QByteArray sartRows(int people)
{
    std::mt19937_64 rng(20261130);
    std::uniform_int_distribution<int> digit(1, 9);
    std::normal_distribution<double> rt(330.0, 60.0);
    std::exponential_distribution<double> tail(1.0 / 90.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray out = "participant,trial,session,block,condition,digit,response,correct,rt_ms,"
                     "source_error_flag\n";
    for (int p = 1; p <= people; ++p)
        for (int s = 1; s <= kSessions; ++s)
            for (int t = 1; t <= kDigits; ++t) {
                const int d = digit(rng);
                const bool go = d != 3;
                const bool press = u(rng) < (go ? 0.97 : 0.3);
                out += QByteArray::number(p) + ',' + QByteArray::number(t) + ",s" +
                       QByteArray::number(s) + ",main," + (go ? "go," : "nogo,") +
                       QByteArray::number(d) + ',' + (press ? "1," : "0,") +
                       (press == go ? "1," : "0,") +
                       (press ? QByteArray::number(qRound(rt(rng) + tail(rng))) : QByteArray()) +
                       ",0\n";
            }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int people =
        app.arguments().contains(QStringLiteral("--people"))
            ? app.arguments().value(app.arguments().indexOf(QStringLiteral("--people")) + 1).toInt()
            : 100;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sart.csv"));
    QFile out(file);
    if (people < 1 || !out.open(QIODevice::WriteOnly))
        return 1;
    out.write(sartRows(people));
    out.close();
    ExerciseRegistry exercises;
    SceneRegistry scenes;
    registerBuiltInExercises(exercises, scenes);
    auto db = Database::open(dir.filePath(QStringLiteral("import.sqlite")));
    if (!db)
        return 1;

    QElapsedTimer clock;
    clock.start();
    auto plan = TrialImport::read(
        {file,
         QStringLiteral("sart"),
         QStringLiteral(ATTEND_SOURCE_ROOT "/docs/examples/sart_pcbs.mapping.json"),
         {}},
        exercises);
    const double readS = clock.nsecsElapsed() / 1e9;
    if (!plan || !plan.value().problems.isEmpty())
        return 1;
    clock.restart();
    double measuresS = 0.0;
    auto stored =
        TrialImport::store(*db.value(), exercises, plan.value(), [&](int done, int total) {
            if (done == total)
                measuresS = clock.nsecsElapsed() / 1e9;
            return true;
        });
    const double totalS = clock.nsecsElapsed() / 1e9;
    if (!stored)
        return 1;
    const int rows = plan.value().rows;
    std::printf("rows %d (%d sessions, %.1f MB)\n", rows, stored.value().sessions,
                out.size() / 1e6);
    std::printf("%-34s %8s %14s\n", "step", "seconds", "rows per s");
    std::printf("%-34s %8.2f %14.0f\n", "read, convert and check", readS, rows / readS);
    std::printf("%-34s %8.2f %14.0f\n", "measures (2000 resamples each)", measuresS,
                rows / measuresS);
    std::printf("%-34s %8.2f %14.0f\n", "store (one transaction)", totalS - measuresS,
                rows / (totalS - measuresS));
    std::printf("%-34s %8.2f %14.0f\n", "all", readS + totalS, rows / (readS + totalS));
    return 0;
}
