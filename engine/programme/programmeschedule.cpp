#include "programmeschedule.h"

#include <QSet>
#include <algorithm>
#include <map>
#include <set>

namespace attend {

// Training sessions shorter than this are too short to reach a level worth recording.
constexpr int kShortestSessionMinutes = 3;

struct ProgrammeSchedule::Tally
{
    std::map<QString, std::vector<QDate>> assessments; // per exercise, in order
    std::map<QDate, QSet<QString>> trained;            // exercises trained on each day
    std::vector<QDate> trainingDays;                   // days with every exercise trained
    std::set<QDate> activeDays;                        // days with any programme session

    // The day on which every exercise had its n-th assessment; none while one lacks it.
    std::optional<QDate> assessed(const QStringList &exercises, int n) const
    {
        QDate last;
        for (const QString &e : exercises) {
            const auto it = assessments.find(e);
            if (it == assessments.end() || int(it->second.size()) < n)
                return std::nullopt;
            last = std::max(last, it->second[std::size_t(n - 1)]);
        }
        return last;
    }
    int assessmentCount(const QString &exercise) const
    {
        const auto it = assessments.find(exercise);
        return it == assessments.end() ? 0 : int(it->second.size());
    }
};

bool TodayPlan::doneForToday() const
{
    return std::all_of(items.begin(), items.end(), [](const PlanItem &i) { return i.done; });
}

std::optional<PlanItem> TodayPlan::next() const
{
    const auto it =
        std::find_if(items.begin(), items.end(), [](const PlanItem &i) { return !i.done; });
    return it == items.end() ? std::nullopt : std::optional<PlanItem>(*it);
}

int TodayPlan::minutesLeft() const
{
    int minutes = 0;
    for (const PlanItem &i : items)
        minutes += i.done ? 0 : i.minutes;
    return minutes;
}

ProgrammeSchedule::ProgrammeSchedule(const Programme &programme,
                                     const ProgrammeAssignment &assignment)
    : m_programme(programme), m_assignment(assignment)
{
    if (m_assignment.exercises.isEmpty())
        m_assignment.exercises = programme.exercises();
    if (m_assignment.minutesPerDay <= 0)
        m_assignment.minutesPerDay = programme.minutesPerDay();
}

int ProgrammeSchedule::sessionMinutes() const
{
    const int n = std::max<qsizetype>(1, m_assignment.exercises.size());
    return std::max(kShortestSessionMinutes, (m_assignment.minutesPerDay + n / 2) / n);
}

QJsonObject ProgrammeSchedule::parametersFor(const PlanItem &item, const QString &programmeId)
{
    QJsonObject parameters{{QStringLiteral("programme"), programmeId}};
    if (item.mode == SessionMode::Training)
        parameters.insert(QStringLiteral("session_minutes"), item.minutes);
    return parameters;
}

ProgrammeSchedule::Tally ProgrammeSchedule::tally(const QList<SessionInfo> &sessions) const
{
    Tally t;
    for (const SessionInfo &s : sessions) {
        if (s.status != SessionStatus::Completed || s.partial ||
            s.startedAt < m_assignment.assignedAt || !m_assignment.exercises.contains(s.exercise))
            continue;
        const QDate day = s.startedAt.toLocalTime().date();
        t.activeDays.insert(day);
        if (s.mode == SessionMode::Assessment)
            t.assessments[s.exercise].push_back(day);
        else
            t.trained[day].insert(s.exercise);
    }
    for (const auto &[day, exercises] : t.trained)
        if (std::all_of(m_assignment.exercises.begin(), m_assignment.exercises.end(),
                        [&](const QString &e) { return exercises.contains(e); }))
            t.trainingDays.push_back(day);
    return t;
}

std::vector<PlanItem> ProgrammeSchedule::items(SessionMode mode, const Tally &t, QDate today,
                                               int stage) const
{
    std::vector<PlanItem> items;
    const auto trainedToday = t.trained.find(today);
    for (const QString &e : m_assignment.exercises) {
        PlanItem item{e, mode, 0, false};
        if (mode == SessionMode::Assessment) {
            item.done = t.assessmentCount(e) >= stage;
        } else {
            item.minutes = sessionMinutes();
            item.done = trainedToday != t.trained.end() && trainedToday->second.contains(e);
        }
        items.push_back(item);
    }
    return items;
}

TodayPlan ProgrammeSchedule::today(const QList<SessionInfo> &sessions, QDate today) const
{
    const Tally t = tally(sessions);
    TodayPlan plan;
    plan.trainingDays = m_programme.trainingDays();
    plan.daysPerWeek = m_programme.daysPerWeek();
    if (!t.activeDays.empty())
        plan.lastDay = *t.activeDays.rbegin();
    QDate day = today.addDays(t.activeDays.count(today) ? 0 : -1);
    for (; t.activeDays.count(day); day = day.addDays(-1))
        ++plan.daysInARow;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    plan.daysThisWeek = int(std::count_if(t.trainingDays.begin(), t.trainingDays.end(),
                                          [&](QDate d) { return d >= monday && d <= today; }));

    // The stages in order: assessments (the n-th of each exercise) and runs of training days.
    const int half = m_programme.midpointAfterDay().value_or(plan.trainingDays);
    std::vector<int> trainingRuns{half};
    if (half < plan.trainingDays)
        trainingRuns.push_back(plan.trainingDays - half);
    QDate after; // work before this day belongs to an earlier stage
    for (std::size_t run = 0; run <= trainingRuns.size(); ++run) {
        const int n = int(run) + 1;
        const auto assessed = t.assessed(m_assignment.exercises, n);
        plan.stage = run == 0                     ? ProgrammeStage::Baseline
                     : run == trainingRuns.size() ? ProgrammeStage::Final
                                                  : ProgrammeStage::Midpoint;
        const bool last = run == trainingRuns.size();
        if (!assessed || (*assessed == today && !last)) {
            plan.items = items(SessionMode::Assessment, t, today, n);
            return plan;
        }
        after = *assessed;
        if (last)
            break;
        std::vector<QDate> days;
        for (QDate d : t.trainingDays)
            if (d > after && int(days.size()) < trainingRuns[run])
                days.push_back(d);
        plan.trainingDaysDone += int(days.size());
        if (int(days.size()) < trainingRuns[run] || days.back() == today) {
            plan.stage = ProgrammeStage::Training;
            plan.items = items(SessionMode::Training, t, today, 0);
            return plan;
        }
        after = days.back();
    }
    plan.stage = ProgrammeStage::Finished;
    return plan;
}

} // namespace attend
