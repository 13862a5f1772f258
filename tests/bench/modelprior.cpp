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

// Half at random difficulties (the whole psychometric function), half clustered the way adaptive
// training presents them (a random walk, so the levels know nothing of the person).
void addGeneral(People &people, int count)
{
    for (int p = 0; p < count; ++p) {
        simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(100000 + p));
        people.push_back(
            person.history(4, 120, 500000 + std::uint64_t(p), 0.0, 1.0, p % 2 ? 0.02 : 0.0));
    }
}

// The adapted training trials of simulated trainees, as the product's model holds them.
bool addExercise(People &people, const QString &exercise)
{
    ExerciseRegistry registry;
    SceneRegistry scenes;
    registerBuiltInExercises(registry, scenes);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("prior.sqlite")),
                             Database::Options{5000, std::nullopt, false});
    if (!dir.isValid() || !db || !registry.find(exercise))
        return false;
    SimulationPlan plan;
    plan.participants = 40;
    plan.sessions = 4;
    plan.exercises = {exercise};
    plan.seed = 90001;
    plan.resamples = 0; // the sessions' intervals are not what this measures
    auto codes = TraineeSimulation(*db.value(), registry).run(plan, {});
    if (!codes)
        return false;
    const Exercise &trained = *registry.find(exercise);
    const QJsonObject parameters = trained.defaultParameters(SessionMode::Training);
    for (const QString &code : codes.value()) {
        auto participant = ParticipantRepository(*db.value()).byCode(code);
        if (!participant)
            return false;
        auto training =
            AdaptiveTraining::load(*db.value(), participant.value().id, trained, parameters, -1, 0);
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
    People people;
    addGeneral(people, forExercise ? 30 : 60);
    if (forExercise && !addExercise(people, args[2])) {
        std::fprintf(stderr, "could not simulate %s\n", qPrintable(args[2]));
        return 2;
    }
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
