#pragma once

#include "programme.h"
#include "programmeassignment.h"
#include "storage/sessioninfo.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>
#include <vector>

namespace attend {

// Where a participant stands in their programme, and what today holds (docs/programme.md).
enum class ProgrammeStage { Baseline, Training, Midpoint, Final, Finished };

struct PlanItem
{
    QString exercise;
    SessionMode mode = SessionMode::Training;
    // Training: the session's length. Assessment: its protocol decides; 0 here, or the
    // exercise's own estimate once TodayPresenter has filled it in.
    int minutes = 0;
    bool done = false;
};

struct TodayPlan
{
    ProgrammeStage stage = ProgrammeStage::Baseline;
    std::vector<PlanItem> items; // today's sessions in order; empty once finished
    int trainingDaysDone = 0;
    int trainingDays = 0;
    int daysInARow = 0;   // consecutive days up to today (or yesterday) with programme work done
    int daysThisWeek = 0; // training days completed in today's week (Monday to Sunday)
    int daysPerWeek = 0;
    std::optional<QDate> lastDay; // the last day with programme work done

    bool doneForToday() const;
    std::optional<PlanItem> next() const;
    int minutesLeft() const; // training minutes still to do today
};

// Works today's plan out from the completed sessions alone, so a missed day, a crash or a
// session run from the free choice of exercises all count the way they happened: a day counts
// as a training day when every programme exercise has a completed, full training session on
// it; the n-th assessment stage is done when every exercise has n completed, full assessments
// since the programme was assigned. Training days are counted, not calendar weeks: after missed
// days the programme goes on where it stopped.
class ProgrammeSchedule
{
public:
    ProgrammeSchedule(const Programme &programme, const ProgrammeAssignment &assignment);

    TodayPlan today(const QList<SessionInfo> &sessions, QDate today) const;
    // The assignment with the programme's minutes and exercises where it names none.
    const ProgrammeAssignment &assignment() const { return m_assignment; }
    // The minutes of one exercise's training session: the day's minutes split evenly.
    int sessionMinutes() const;
    // The parameters a session of the plan runs with: its length and the programme.
    static QJsonObject parametersFor(const PlanItem &item, const QString &programmeId);

private:
    struct Tally;
    Tally tally(const QList<SessionInfo> &sessions) const;
    std::vector<PlanItem> items(SessionMode mode, const Tally &t, QDate today, int stage) const;

    const Programme &m_programme;
    ProgrammeAssignment m_assignment;
};

} // namespace attend
