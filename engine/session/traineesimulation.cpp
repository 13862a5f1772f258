#include "traineesimulation.h"

#include "exerciseregistry.h"
#include "programme/programmeschedule.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"

#include <deque>

namespace attend {

namespace {

// Adds a participant with the next code SIMnnn that no one has yet, and notes it in `codes`.
// Another process simulating into the same database may take a code between the look and the
// insert: then the next one.
Result<Participant> addWithFreeCode(Database &db, int &next, QStringList &codes)
{
    for (;; ++next) {
        const QString code = QStringLiteral("SIM%1").arg(next, 3, 10, QLatin1Char('0'));
        auto found = ParticipantRepository(db).byCode(code);
        if (found)
            continue;
        if (found.error().kind() != Error::Kind::NotFound)
            return found.error();
        auto added = ParticipantRepository(db).add(code, QString());
        if (added) {
            codes << code;
            return added.value();
        }
        if (added.error().kind() != Error::Kind::Duplicate)
            return added.error();
    }
}

// The weekdays (1 = Monday) a simulated trainee works on: `perWeek` of them, spread evenly.
QList<int> workdays(int perWeek)
{
    QList<int> days;
    for (int i = 0; i < perWeek; ++i)
        days << 1 + i * 7 / perWeek;
    return days;
}

// The seed of a person's sessions, as `run` derives them: per person, exercise and session.
quint32 sessionSeed(quint64 seed, int person, std::size_t exercise, int session)
{
    return quint32(seed * 7919ull + quint64(person) * 613ull + exercise * 31ull + quint64(session));
}

simulation::ParticipantProfile drawPerson(const SimulationPlan &plan, int person,
                                          std::size_t exercise, const QString &id)
{
    return simulation::SimulatedParticipant::draw(plan.seed * 1'000'003ull +
                                                      quint64(person) * 101ull + exercise,
                                                  plan.population.forExercise(id));
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
        auto added = addWithFreeCode(m_db, next, codes);
        if (!added)
            return added.error();
        for (std::size_t e = 0; e < exercises.size(); ++e) {
            const Exercise &exercise = *exercises[e];
            // The same person differs from one exercise to the next, as people do.
            simulation::SimulatedParticipant person(drawPerson(plan, p, e, exercise.id()));
            const Responder respond = simulatedResponder(person, exercise);
            for (int s = 0; s < plan.sessions; ++s) {
                person.startSession(s);
                SessionRunner::Options options;
                options.seed = sessionSeed(plan.seed, p, e, s);
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

namespace {

// One simulated person in a programme: a SimulatedParticipant per exercise, who learns across
// that exercise's sessions, and the sessions of the plan run for them.
class ProgrammeTrainee
{
public:
    ProgrammeTrainee(Database &db, const ExerciseRegistry &registry, const SimulationPlan &plan,
                     const Programme &programme, int person, const Participant &who)
        : m_db(db), m_registry(registry), m_plan(plan), m_programme(programme), m_person(person),
          m_who(who), m_ids(programme.exercises()), m_runs(std::size_t(m_ids.size()), 0)
    {
        for (std::size_t e = 0; e < m_runs.size(); ++e) {
            const QString &id = m_ids[qsizetype(e)];
            m_people.emplace_back(drawPerson(plan, person, e, id));
            m_responders.push_back(simulatedResponder(m_people.back(), *registry.find(id)));
        }
    }

    Result<void> run(const PlanItem &item, QDate day, int slot)
    {
        const std::size_t e = std::size_t(m_ids.indexOf(item.exercise));
        m_people[e].startSession(m_runs[e]);
        SessionRunner::Options options;
        options.seed = sessionSeed(m_plan.seed, m_person, e, m_runs[e]++);
        options.resamples = m_plan.resamples;
        options.platform = {{QStringLiteral("simulated"), true},
                            {QStringLiteral("profile_seed"), double(m_person)}};
        options.startedAt = QDateTime(day, QTime(9, 0)).toUTC().addSecs(slot * 2400);
        options.parameterOverrides = ProgrammeSchedule::parametersFor(item, m_programme.id());
        auto ran = HeadlessRun(m_db, *m_registry.find(item.exercise))
                       .run(m_who.id, item.mode, options, m_responders[e]);
        if (!ran)
            return ran.error();
        return {};
    }

private:
    Database &m_db;
    const ExerciseRegistry &m_registry;
    const SimulationPlan &m_plan;
    const Programme &m_programme;
    int m_person;
    Participant m_who;
    QStringList m_ids;
    std::vector<int> m_runs;
    std::deque<simulation::SimulatedParticipant> m_people; // the responders hold references
    std::vector<Responder> m_responders;
};

} // namespace

Result<QStringList> TraineeSimulation::runProgramme(const SimulationPlan &plan,
                                                    const Programme &programme,
                                                    const Progress &progress)
{
    const int sessionsEach = programme.trainingDays() + (programme.midpoint() ? 3 : 2);
    const int maxDays = 7 * (sessionsEach + 1); // each workday takes the plan a step at least
    const QDate firstDay = plan.firstSession.isValid() ? plan.firstSession.toLocalTime().date()
                                                       : QDate::currentDate().addDays(-maxDays);
    const QList<int> weekdays = workdays(programme.daysPerWeek());
    const int total = plan.participants * sessionsEach * int(programme.exercises().size());
    int done = 0, next = 1;
    QStringList codes;
    for (int p = 0; p < plan.participants; ++p) {
        auto added = addWithFreeCode(m_db, next, codes);
        if (!added)
            return added.error();
        const Participant &who = added.value();
        const ProgrammeAssignment assignment{programme.id(), programme.minutesPerDay(),
                                             programme.exercises(),
                                             QDateTime(firstDay, QTime(8, 0)).toUTC()};
        if (auto assigned = ProgrammeRepository(m_db).assign(who.id, assignment); !assigned)
            return assigned.error();
        ProgrammeTrainee trainee(m_db, m_exercises, plan, programme, p, who);
        const ProgrammeSchedule schedule(programme, assignment);
        TodayPlan today;
        for (QDate day = firstDay;; day = day.addDays(1)) {
            if (!weekdays.contains(day.dayOfWeek()))
                continue;
            for (int slot = 0;; ++slot) {
                auto sessions = SessionRepository(m_db).forParticipant(who.id);
                if (!sessions)
                    return sessions.error();
                today = schedule.today(sessions.value(), day);
                const auto item = today.next();
                if (!item)
                    break;
                if (auto ran = trainee.run(*item, day, slot); !ran)
                    return ran.error();
                const QString what = QStringLiteral("%1 %2 %3")
                                         .arg(who.code, item->exercise, day.toString(Qt::ISODate));
                if (progress && !progress(++done, total, what))
                    return codes;
            }
            if (today.stage == ProgrammeStage::Finished || firstDay.daysTo(day) > maxDays)
                break;
        }
        if (today.stage != ProgrammeStage::Finished)
            return Error(Error::Kind::InvalidInput,
                         Error::tr("The simulated trainee %1 did not finish programme %2.")
                             .arg(who.code, programme.id()));
    }
    return codes;
}

} // namespace attend
