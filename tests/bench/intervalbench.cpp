// What a session's stored intervals cost (measureintervals.h): simulated people through one
// assessment and one training session of every exercise (TraineeSimulation, the code
// `attend-cli simulate` runs), then per exercise and mode the time of one measuresOf call and
// of the whole 2000-resample interval computation a session's end runs.
// usage: intervalbench [--participants N]

#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "measureintervals.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <map>

using namespace attend;

namespace {

struct Times
{
    double measuresMs = 0.0, intervalsMs = 0.0;
    int sessions = 0, trials = 0;
};

void timeSession(const Exercise &exercise, const StoredSession &s, std::vector<TrialRecord> trials,
                 Times &t)
{
    QElapsedTimer clock;
    clock.start();
    constexpr int kRepeats = 20;
    for (int i = 0; i < kRepeats; ++i)
        measuresOf(exercise, trials, s.mode, s.parameters);
    t.measuresMs += double(clock.nsecsElapsed()) / 1e6 / kRepeats;
    std::vector<Measure> measures = measuresOf(exercise, trials, s.mode, s.parameters);
    clock.restart();
    addIntervals(measures, exercise, trials, s.mode, s.parameters, s.seed);
    t.intervalsMs += double(clock.nsecsElapsed()) / 1e6;
    t.trials += int(trials.size());
    ++t.sessions;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--participants")));
    ExerciseRegistry exercises;
    SceneRegistry scenes;
    registerBuiltInExercises(exercises, scenes);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 2;
    }
    SimulationPlan plan;
    plan.participants = at > 0 ? args.value(at + 1).toInt() : 2;
    plan.sessions = 2;  // an assessment, then a training session
    plan.resamples = 0; // the sessions' intervals are not what this measures
    for (const auto &e : exercises.all())
        plan.exercises << e->id();
    if (auto ran = TraineeSimulation(*db.value(), exercises).run(plan, {}); !ran) {
        std::fprintf(stderr, "%s\n", qPrintable(ran.error().message()));
        return 2;
    }
    std::map<std::pair<QString, QString>, Times> times;
    const auto people = ParticipantRepository(*db.value()).list(ParticipantRepository::Which::All);
    for (const Participant &p : people.value()) {
        const auto sessions = SessionRepository(*db.value()).forParticipant(p.id);
        for (const SessionInfo &info : sessions.value()) {
            const auto s = SessionRepository(*db.value()).load(info.id).value();
            timeSession(*exercises.find(info.exercise), s,
                        TrialRepository(*db.value()).forSession(info.id).value(),
                        times[{info.exercise, storedName(info.mode)}]);
        }
    }
    std::printf("%-18s %-10s %8s %14s %18s\n", "exercise", "mode", "trials", "measuresOf ms",
                "2000 resamples ms");
    for (const auto &[key, t] : times)
        std::printf("%-18s %-10s %8d %14.2f %18.0f\n", qPrintable(key.first),
                    qPrintable(key.second), t.trials / t.sessions, t.measuresMs / t.sessions,
                    t.intervalsMs / t.sessions);
    return 0;
}
