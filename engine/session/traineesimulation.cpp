#include "traineesimulation.h"

#include "exerciseregistry.h"
#include "storage/database.h"
#include "storage/participantrepository.h"

namespace attend {

namespace {

// Adds a participant with the next code SIMnnn that no one has yet. Another process simulating
// into the same database may take a code between the look and the insert: then the next one.
Result<Participant> addWithFreeCode(Database &db, int &next)
{
    for (;; ++next) {
        const QString code = QStringLiteral("SIM%1").arg(next, 3, 10, QLatin1Char('0'));
        auto found = ParticipantRepository(db).byCode(code);
        if (found)
            continue;
        if (found.error().kind() != Error::Kind::NotFound)
            return found.error();
        auto added = ParticipantRepository(db).add(code, QString());
        if (added)
            return added.value();
        if (added.error().kind() != Error::Kind::Duplicate)
            return added.error();
    }
}

} // namespace

Responder simulatedResponder(simulation::SimulatedParticipant &person, const Exercise &exercise)
{
    return [&person, &exercise](const TrialSpec &trial) {
        const SimulationCue cue = exercise.simulationCue(trial);
        auto answer = person.respond(cue.difficulty, cue.guess);
        answer.rtMs = std::max(150.0, answer.rtMs + cue.extraRtMs);
        if (cue.exposureMs)
            person.limitExposure(answer, *cue.exposureMs, cue.guess);
        return SimulatedAnswer{exercise.simulatedResponse(trial, answer.correct), answer.rtMs};
    };
}

Result<QStringList> TraineeSimulation::run(const SimulationPlan &plan, const Progress &progress)
{
    std::vector<const Exercise *> exercises;
    for (const QString &id : plan.exercises) {
        const Exercise *e = m_exercises.find(id);
        if (!e)
            return Error(Error::Kind::InvalidInput,
                         Error::tr("There is no exercise \"%1\".").arg(id));
        exercises.push_back(e);
    }
    for (const QString &id : plan.population.exercises())
        if (!m_exercises.find(id))
            return Error(Error::Kind::InvalidInput,
                         Error::tr("The population names an exercise \"%1\" that this version "
                                   "of Attend does not have.")
                             .arg(id));
    const QDateTime first = plan.firstSession.isValid()
                                ? plan.firstSession
                                : QDateTime::currentDateTimeUtc().addDays(-plan.sessions);
    const int total = plan.participants * plan.sessions * int(exercises.size());
    int done = 0, next = 1;
    QStringList codes;
    for (int p = 0; p < plan.participants; ++p) {
        auto added = addWithFreeCode(m_db, next);
        if (!added)
            return added.error();
        codes << added.value().code;
        for (std::size_t e = 0; e < exercises.size(); ++e) {
            const Exercise &exercise = *exercises[e];
            // The same person differs from one exercise to the next, as people do.
            simulation::SimulatedParticipant person(simulation::SimulatedParticipant::draw(
                plan.seed * 1'000'003ull + quint64(p) * 101ull + e,
                plan.population.forExercise(exercise.id())));
            const Responder respond = simulatedResponder(person, exercise);
            for (int s = 0; s < plan.sessions; ++s) {
                person.startSession(s);
                SessionRunner::Options options;
                options.seed =
                    quint32(plan.seed * 7919ull + quint64(p) * 613ull + e * 31ull + quint64(s));
                options.trialLimit = plan.trialLimit;
                options.resamples = plan.resamples;
                options.platform = {{QStringLiteral("simulated"), true},
                                    {QStringLiteral("profile_seed"), double(p)}};
                options.startedAt = first.addDays(s).addSecs(qint64(p) * 3600 + qint64(e) * 900);
                const SessionMode mode =
                    plan.mode ? *plan.mode
                              : (s == 0 ? SessionMode::Assessment : SessionMode::Training);
                auto ran =
                    HeadlessRun(m_db, exercise).run(added.value().id, mode, options, respond);
                if (!ran)
                    return ran.error();
                ++done;
                if (progress && !progress(done, total,
                                          QStringLiteral("%1 %2 session %3")
                                              .arg(added.value().code, exercise.id())
                                              .arg(s + 1)))
                    return codes;
            }
        }
    }
    return codes;
}

} // namespace attend
