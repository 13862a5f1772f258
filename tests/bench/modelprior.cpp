// Fits the attention model's population priors (DESIGN.md §5) and writes them to a file.
//   modelprior OUT                  the general prior (resources/model/prior.bin), on 60 simulated
//                                   participants × 4 sessions × 120 trials
//   modelprior --exercise ID OUT    an exercise's own (resources/model/ID.bin): 30 of those people,
//                                   and 40 trainees run through an assessment and three training
//                                   sessions of that exercise with TraineeSimulation, whose adapted
//                                   trials (with their kinds) are the data
// Deterministic: the same build (and shipped priors, which the training sessions use) writes the
// same bytes. People and seeds are disjoint from those the benchmarks evaluate on.

#include "attention/performancemodel.h"
#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "sceneregistry.h"
#include "session/adaptivetraining.h"
#include "session/traineesimulation.h"
#include "simulation/simulatedparticipant.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <fstream>

using namespace attend;

namespace {

using People = std::vector<std::vector<attention::Observation>>;

// How the general people of an exercise's prior meet a level: where training adapts on one kind
// of trial (the go/no-go exercises' no-go trials), at the difficulty the exercise's simulation
// cue gives that kind, and told its kind; otherwise at the level, of no kind. People answering
// the level itself were less often right on the SART's and CPT's easy no-go trials than trainees
// are, and the prior predicted a newcomer's first no-go trials at 0.79 where 87 % were right.
struct Meeting
{
    std::function<double(double)> difficulty;
    int kind = -1;
};

// Half at random difficulties (the whole psychometric function), half clustered the way adaptive
// training presents them (a random walk, so the levels know nothing of the person).
void addGeneral(People &people, int count, const Meeting &meeting)
{
    for (int p = 0; p < count; ++p) {
        simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(100000 + p));
        people.push_back(person.history(4, 120, 500000 + std::uint64_t(p), 0.0, 1.0,
                                        p % 2 ? 0.02 : 0.0, meeting.difficulty));
        for (attention::Observation &o : people.back())
            o.kind = meeting.kind;
    }
}

// The exercise's simulation cue for a training trial of `condition` at a level: the first such
// trial of the seeds 0, 1, … at that level.
std::function<double(double)> cueOf(const Exercise &exercise, const QString &condition)
{
    return [&exercise, condition](double level) {
        TrialContext context;
        context.mode = SessionMode::Training;
        context.parameters = exercise.defaultParameters(SessionMode::Training);
        context.block = 1;
        context.difficulty = level;
        for (context.trialSeed = 0;; ++context.trialSeed) {
            const TrialSpec trial = exercise.nextTrial(context);
            if (AdaptiveTraining::conditionKey(trial.condition) == condition)
                return exercise.simulationCue(trial).difficulty;
        }
    };
}

// The adapted training trials of simulated trainees, as the product's model holds them.
bool addExercise(People &people, const ExerciseRegistry &registry, const Exercise &exercise)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("prior.sqlite")),
                             Database::Options{5000, std::nullopt, false});
    if (!dir.isValid() || !db)
        return false;
    SimulationPlan plan;
    plan.participants = 40;
    plan.sessions = 4;
    plan.exercises = {exercise.id()};
    plan.seed = 90001;
    plan.resamples = 0; // the sessions' intervals are not what this measures
    auto codes = TraineeSimulation(*db.value(), registry).run(plan, {});
    if (!codes)
        return false;
    const QJsonObject parameters = exercise.defaultParameters(SessionMode::Training);
    for (const QString &code : codes.value()) {
        auto participant = ParticipantRepository(*db.value()).byCode(code);
        if (!participant)
            return false;
        auto training = AdaptiveTraining::load(*db.value(), participant.value().id, exercise,
                                               parameters, -1, 0);
        if (!training)
            return false;
        people.push_back(training.value()->history());
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool forExercise = args.size() == 4 && args[1] == u"--exercise";
    if (args.size() != 2 && !forExercise) {
        std::fprintf(stderr, "usage: modelprior [--exercise ID] OUT\n");
        return 1;
    }
    ExerciseRegistry registry;
    SceneRegistry scenes;
    registerBuiltInExercises(registry, scenes);
    const Exercise *exercise = forExercise ? registry.find(args[2]) : nullptr;
    People trainees;
    if (forExercise && (!exercise || !addExercise(trainees, registry, *exercise))) {
        std::fprintf(stderr, "could not simulate %s\n", qPrintable(args[2]));
        return 2;
    }
    Meeting meeting;
    const QStringList adapted = exercise ? AdaptiveTraining::adaptingConditions(
                                               exercise->defaultParameters(SessionMode::Training))
                                         : QStringList();
    if (adapted.size() == 1 && !trainees.empty() && !trainees.front().empty()) {
        meeting.difficulty = cueOf(*exercise, AdaptiveTraining::conditionKey(adapted.front()));
        meeting.kind = trainees.front().front().kind;
    }
    People people;
    addGeneral(people, forExercise ? 30 : 60, meeting);
    people.insert(people.end(), trainees.begin(), trainees.end());
    const auto model = attention::PerformanceModel::fitPrior(people, 7, 1500, 3);
    const auto bytes = model.serialise();
    const QString out = args.last();
    std::ofstream file(out.toStdString(), std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    if (!file.flush()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 2;
    }
    std::printf("wrote %zu bytes (%d parameters) to %s\n", bytes.size(), model.parameterCount(),
                qPrintable(out));
    return 0;
}
