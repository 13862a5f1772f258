#pragma once

#include "programme/programmeschedule.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>

namespace attend {

class Database;
class ExerciseRegistry;

// What the participant's Today page says (docs/programme.md): the programme, where they are in
// it, today's sessions with what is done, and days in a row — in plain words, claiming nothing
// the counts do not show. Widgets show it and compute nothing.
class TodayPresenter
{
    Q_DECLARE_TR_FUNCTIONS(TodayPresenter)

public:
    struct View
    {
        ProgrammeAssignment assignment;
        QString programmeName;
        TodayPlan plan;
        QString title;       // the programme and the day
        QString status;      // what today holds, or that it is done
        QStringList items;   // today's sessions, one line each
        QString streak;      // days in a row and this week against the plan
        QString returning;   // after a gap: that the programme goes on where it stopped
        QStringList changes; // once finished: each exercise's change from the baseline
    };

    // None when the participant follows no programme.
    static Result<std::optional<View>> present(Database &db, const ExerciseRegistry &registry,
                                               qint64 participantId, QDate today);

private:
    static QString statusOf(const TodayPlan &plan);
    static QString itemText(const PlanItem &item, const ExerciseRegistry &registry);
    static Result<QStringList> changesOf(Database &db, const ExerciseRegistry &registry,
                                         const View &view, qint64 participantId);
};

} // namespace attend
