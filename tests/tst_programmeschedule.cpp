#include "programme/programmeschedule.h"
#include "stringlist.h"

#include <QJsonArray>
#include <QTest>

using namespace attend;

namespace {

// November 2026: the 2nd, 9th and 16th are Mondays.
QDate nov(int day)
{
    return QDate(2026, 11, day);
}

const QStringList kKnown = testing::strings({"sart", "cpt", "visual-search"});

// Two exercises, four training days, the mid-point after day 2, 30 minutes a day.
Programme programme()
{
    const QJsonObject json{
        {QStringLiteral("id"), QStringLiteral("p")},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Plan")}}},
        {QStringLiteral("training_days"), 4},
        {QStringLiteral("days_per_week"), 3},
        {QStringLiteral("minutes_per_day"), 30},
        {QStringLiteral("exercises"), QJsonArray{QStringLiteral("sart"), QStringLiteral("cpt")}},
        {QStringLiteral("midpoint"), true}};
    return Programme::fromJson(json, kKnown, QStringLiteral("p.json")).value();
}

struct History
{
    QList<SessionInfo> sessions;

    History &add(const char *exercise, SessionMode mode, QDate day,
                 SessionStatus status = SessionStatus::Completed, bool partial = false)
    {
        SessionInfo s;
        s.id = sessions.size() + 1;
        s.exercise = QString::fromLatin1(exercise);
        s.mode = mode;
        s.status = status;
        s.partial = partial;
        s.startedAt = QDateTime(day, QTime(10, 0)).toUTC();
        sessions << s;
        return *this;
    }
    History &assessed(QDate day)
    {
        return add("sart", SessionMode::Assessment, day).add("cpt", SessionMode::Assessment, day);
    }
    History &trained(QDate day)
    {
        return add("sart", SessionMode::Training, day).add("cpt", SessionMode::Training, day);
    }
};

class Fixture
{
public:
    Fixture() : m_programme(programme()), m_schedule(m_programme, assignment()) {}
    TodayPlan on(const History &h, QDate day) const { return m_schedule.today(h.sessions, day); }
    const ProgrammeSchedule &schedule() const { return m_schedule; }

private:
    static ProgrammeAssignment assignment()
    {
        ProgrammeAssignment a;
        a.programmeId = QStringLiteral("p");
        a.assignedAt = QDateTime(nov(1), QTime(9, 0)).toUTC();
        return a; // minutes and exercises: the programme's own
    }
    Programme m_programme;
    ProgrammeSchedule m_schedule;
};

QList<bool> doneFlags(const TodayPlan &plan)
{
    QList<bool> flags;
    for (const PlanItem &i : plan.items)
        flags << i.done;
    return flags;
}

} // namespace

class TestProgrammeSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aNewProgrammeStartsWithTheBaseline();
    void theBaselineDayEndsWhenEveryExerciseIsAssessed();
    void aTrainingDayCountsOnlyWhenEveryExerciseIsTrained();
    void theMidpointFallsAfterHalfTheTrainingDays();
    void missedDaysDoNotEndTheProgramme();
    void theFinalAssessmentEndsTheProgramme();
    void sessionsThatAreNotFullProgrammeSessionsDoNotCount();
    void theWeekCountsTrainingDaysFromMonday();
};

void TestProgrammeSchedule::aNewProgrammeStartsWithTheBaseline()
{
    const TodayPlan plan = Fixture().on({}, nov(2));
    QCOMPARE(plan.stage, ProgrammeStage::Baseline);
    QCOMPARE(plan.items.size(), std::size_t(2));
    QCOMPARE(plan.items[0].exercise, QStringLiteral("sart"));
    QCOMPARE(plan.items[0].mode, SessionMode::Assessment);
    QCOMPARE(plan.items[1].exercise, QStringLiteral("cpt"));
    QCOMPARE(doneFlags(plan), (QList<bool>{false, false}));
    QCOMPARE(plan.trainingDaysDone, 0);
    QCOMPARE(plan.trainingDays, 4);
    QCOMPARE(plan.daysInARow, 0);
    QVERIFY(!plan.lastDay);
    QCOMPARE(plan.next()->exercise, QStringLiteral("sart"));
}

void TestProgrammeSchedule::theBaselineDayEndsWhenEveryExerciseIsAssessed()
{
    const Fixture f;
    History h;
    h.add("sart", SessionMode::Assessment, nov(2));
    QCOMPARE(doneFlags(f.on(h, nov(2))), (QList<bool>{true, false}));
    h.add("cpt", SessionMode::Assessment, nov(2));
    TodayPlan plan = f.on(h, nov(2));
    QCOMPARE(plan.stage, ProgrammeStage::Baseline); // the rest of the day is free
    QVERIFY(plan.doneForToday());
    QVERIFY(!plan.next());
    QCOMPARE(plan.daysInARow, 1);

    plan = f.on(h, nov(3));
    QCOMPARE(plan.stage, ProgrammeStage::Training);
    QCOMPARE(plan.items[0].mode, SessionMode::Training);
    QCOMPARE(plan.items[0].minutes, 15); // 30 minutes over two exercises
    QCOMPARE(plan.minutesLeft(), 30);
    QCOMPARE(plan.daysInARow, 1); // yesterday's still counts until today ends
}

void TestProgrammeSchedule::aTrainingDayCountsOnlyWhenEveryExerciseIsTrained()
{
    const Fixture f;
    History h;
    h.assessed(nov(2)).add("sart", SessionMode::Training, nov(3));
    TodayPlan plan = f.on(h, nov(3));
    QCOMPARE(doneFlags(plan), (QList<bool>{true, false}));
    QCOMPARE(plan.trainingDaysDone, 0);
    QCOMPARE(plan.minutesLeft(), 15);
    QCOMPARE(plan.next()->exercise, QStringLiteral("cpt"));
    h.add("cpt", SessionMode::Training, nov(3));
    plan = f.on(h, nov(3));
    QVERIFY(plan.doneForToday());
    QCOMPARE(plan.trainingDaysDone, 1);
    QCOMPARE(plan.daysInARow, 2);
}

void TestProgrammeSchedule::theMidpointFallsAfterHalfTheTrainingDays()
{
    const Fixture f;
    History h;
    h.assessed(nov(2)).trained(nov(3)).trained(nov(4));
    TodayPlan plan = f.on(h, nov(4));
    QCOMPARE(plan.stage, ProgrammeStage::Training); // day 2 done today; the mid-point waits
    QVERIFY(plan.doneForToday());
    QCOMPARE(plan.trainingDaysDone, 2);
    plan = f.on(h, nov(5));
    QCOMPARE(plan.stage, ProgrammeStage::Midpoint);
    QCOMPARE(plan.items[0].mode, SessionMode::Assessment);
    QCOMPARE(doneFlags(plan), (QList<bool>{false, false})); // the baseline is not the mid-point
    h.add("sart", SessionMode::Assessment, nov(5));
    QCOMPARE(doneFlags(f.on(h, nov(5))), (QList<bool>{true, false}));
    // Training on the mid-point's day before it is done does not count beyond day 2.
    h.trained(nov(5));
    QCOMPARE(f.on(h, nov(5)).trainingDaysDone, 2);
}

void TestProgrammeSchedule::missedDaysDoNotEndTheProgramme()
{
    const Fixture f;
    History h;
    h.assessed(nov(2)).trained(nov(3)).trained(nov(4)).assessed(nov(5));
    const TodayPlan plan = f.on(h, nov(16));
    QCOMPARE(plan.stage, ProgrammeStage::Training);
    QCOMPARE(plan.trainingDaysDone, 2);
    QCOMPARE(plan.daysInARow, 0);
    QCOMPARE(plan.lastDay, std::optional<QDate>(nov(5)));
    QCOMPARE(plan.daysThisWeek, 0);
}

void TestProgrammeSchedule::theFinalAssessmentEndsTheProgramme()
{
    const Fixture f;
    History h;
    h.assessed(nov(2)).trained(nov(3)).trained(nov(4)).assessed(nov(5));
    h.trained(nov(16)).trained(nov(17));
    TodayPlan plan = f.on(h, nov(18));
    QCOMPARE(plan.stage, ProgrammeStage::Final);
    QCOMPARE(plan.trainingDaysDone, 4);
    QCOMPARE(doneFlags(plan), (QList<bool>{false, false}));
    h.assessed(nov(18));
    plan = f.on(h, nov(18));
    QCOMPARE(plan.stage, ProgrammeStage::Finished);
    QVERIFY(plan.items.empty());
    QCOMPARE(plan.daysInARow, 3); // 16th, 17th, 18th
    // Training after the end changes nothing.
    h.trained(nov(19));
    QCOMPARE(f.on(h, nov(19)).stage, ProgrammeStage::Finished);
}

void TestProgrammeSchedule::sessionsThatAreNotFullProgrammeSessionsDoNotCount()
{
    const Fixture f;
    History h;
    h.assessed(nov(2));
    h.add("sart", SessionMode::Training, nov(3), SessionStatus::Aborted);
    h.add("sart", SessionMode::Training, nov(3), SessionStatus::Interrupted);
    h.add("sart", SessionMode::Training, nov(3), SessionStatus::Completed, true); // partial
    h.add("visual-search", SessionMode::Training, nov(3)); // not in the programme
    h.add("cpt", SessionMode::Training, nov(3));
    QCOMPARE(doneFlags(f.on(h, nov(3))), (QList<bool>{false, true}));
    QCOMPARE(f.on(h, nov(3)).trainingDaysDone, 0);
    // Before the programme was assigned: not its baseline.
    History before;
    before.assessed(QDate(2026, 10, 30));
    QCOMPARE(f.on(before, nov(2)).stage, ProgrammeStage::Baseline);
    QCOMPARE(doneFlags(f.on(before, nov(2))), (QList<bool>{false, false}));
    // Training on the baseline's own day is not a training day.
    History sameDay;
    sameDay.assessed(nov(2)).trained(nov(2));
    QCOMPARE(f.on(sameDay, nov(3)).trainingDaysDone, 0);
}

void TestProgrammeSchedule::theWeekCountsTrainingDaysFromMonday()
{
    const Fixture f;
    History h;
    h.assessed(nov(2)).trained(nov(6)).trained(nov(9)).trained(nov(10));
    const TodayPlan plan = f.on(h, nov(11)); // Wednesday: Monday 9th and Tuesday 10th
    QCOMPARE(plan.daysThisWeek, 2);
    QCOMPARE(plan.daysPerWeek, 3);
    QCOMPARE(plan.daysInARow, 2); // 9th and 10th; the 6th was a Friday, three days before
    QCOMPARE(f.schedule().sessionMinutes(), 15);
}

QTEST_GUILESS_MAIN(TestProgrammeSchedule)
#include "tst_programmeschedule.moc"
