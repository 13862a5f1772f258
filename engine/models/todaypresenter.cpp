#include "todaypresenter.h"

#include "exerciseregistry.h"
#include "progresspresenter.h"
#include "storage/database.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"

namespace attend {

namespace {

// After this many days without programme work, the page says the programme goes on.
constexpr int kGapDays = 3;

QStringList exerciseIds(const ExerciseRegistry &registry)
{
    QStringList ids;
    for (const auto &e : registry.all())
        ids << e->id();
    return ids;
}

} // namespace

Result<std::optional<TodayPresenter::View>>
TodayPresenter::present(Database &db, const ExerciseRegistry &registry, qint64 participantId,
                        QDate today)
{
    auto assigned = ProgrammeRepository(db).current(participantId);
    if (!assigned)
        return assigned.error();
    if (!assigned.value())
        return std::optional<View>();
    View v;
    v.assignment = *assigned.value();
    const auto programme = Programme::shippedById(v.assignment.programmeId, exerciseIds(registry));
    if (!programme)
        return Error(Error::Kind::NotFound,
                     tr("The programme \"%1\" assigned to this participant is not part of this "
                        "version of Attend; choose another one.")
                         .arg(v.assignment.programmeId),
                     db.location());
    auto sessions = SessionRepository(db).forParticipant(participantId);
    if (!sessions)
        return sessions.error();
    v.programmeName = programme->name();
    const ProgrammeSchedule schedule(*programme, v.assignment);
    v.assignment = schedule.assignment();
    v.plan = schedule.today(sessions.value(), today);
    for (PlanItem &item : v.plan.items) // an assessment's length: its exercise's estimate
        if (const Exercise *e = registry.find(item.exercise);
            e && item.mode == SessionMode::Assessment)
            item.minutes = e->defaultParameters(SessionMode::Assessment)
                               .value(QStringLiteral("about_minutes"))
                               .toInt();
    const TodayPlan &p = v.plan;
    v.title = tr("%1 — %2 of %3 training days done")
                  .arg(v.programmeName)
                  .arg(p.trainingDaysDone)
                  .arg(p.trainingDays);
    v.status = statusOf(p);
    for (const PlanItem &item : p.items)
        v.items << itemText(item, registry);
    v.streak = tr("Days in a row: %1. Training days this week: %2 of %3.")
                   .arg(p.daysInARow)
                   .arg(p.daysThisWeek)
                   .arg(p.daysPerWeek);
    if (p.lastDay && p.lastDay->daysTo(today) >= kGapDays && p.stage != ProgrammeStage::Finished)
        v.returning = tr("Your last programme session was %n day(s) ago. The programme goes on "
                         "where it stopped.",
                         nullptr, int(p.lastDay->daysTo(today)));
    if (p.stage == ProgrammeStage::Finished) {
        auto changes = changesOf(db, registry, v, participantId);
        if (!changes)
            return changes.error();
        v.changes = changes.value();
    }
    return std::optional<View>(v);
}

// Each exercise's change between the baseline and the final assessment in the participant's
// words (ProgressPresenter), which say what it rests on or why there is none: nothing here
// claims a benefit the numbers do not show.
Result<QStringList> TodayPresenter::changesOf(Database &db, const ExerciseRegistry &registry,
                                              const View &view, qint64 participantId)
{
    QList<std::pair<QString, QString>> statements;
    for (const QString &id : view.assignment.exercises) {
        const Exercise *exercise = registry.find(id);
        if (!exercise)
            continue;
        ProgressModel model(db, *exercise);
        if (auto loaded = model.load(participantId); !loaded)
            return loaded.error();
        const auto change = ProgressPresenter::change(model, db);
        statements.append({exercise->displayName(),
                           change ? ProgressPresenter::plainStatement(*change)
                                  : tr("no two full tests with a result, so no statement of "
                                       "change.")});
    }
    return ProgressPresenter::byStatement(statements);
}

QString TodayPresenter::statusOf(const TodayPlan &plan)
{
    if (plan.stage == ProgrammeStage::Finished)
        return tr("The programme is complete. From the baseline to the final assessment:");
    if (plan.doneForToday())
        return tr("Done for today. The next part of the programme is on another day.");
    const QString left = plan.minutesLeft() > 0
                             ? tr(" About %n minute(s) still to do.", nullptr, plan.minutesLeft())
                             : QString();
    switch (plan.stage) {
    case ProgrammeStage::Baseline:
        return tr("Today: the baseline assessment, one session of each exercise.") + left;
    case ProgrammeStage::Midpoint:
        return tr("Today: the mid-point assessment, with the same protocol as the baseline.") +
               left;
    case ProgrammeStage::Final:
        return tr("Today: the final assessment, with the same protocol as the baseline.") + left;
    case ProgrammeStage::Training:
    case ProgrammeStage::Finished:
        break;
    }
    return tr("Today: training day %1, about %n minute(s) still to do.", nullptr,
              plan.minutesLeft())
        .arg(plan.trainingDaysDone + 1);
}

QString TodayPresenter::itemText(const PlanItem &item, const ExerciseRegistry &registry)
{
    const Exercise *exercise = registry.find(item.exercise);
    const QString name = exercise ? exercise->displayName() : item.exercise;
    const QString what =
        item.mode == SessionMode::Training
            ? tr("%1: training, %n minute(s)", nullptr, item.minutes).arg(name)
        : item.minutes > 0
            ? tr("%1: assessment, about %n minute(s)", nullptr, item.minutes).arg(name)
            : tr("%1: assessment").arg(name);
    return item.done ? tr("✓ %1 (done)").arg(what) : what;
}

} // namespace attend
