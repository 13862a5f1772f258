#include "builtinexercises.h"
#include "datetext.h"
#include "exerciseregistry.h"
#include "models/reportsummary.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace attend;

namespace {

// A stored measure's value, read from the session's summary as the runner wrote it.
double stored(Database &db, qint64 session, const QString &key)
{
    return SessionRepository(db)
        .load(session)
        .value()
        .summary.value(key)
        .toObject()
        .value(QStringLiteral("value"))
        .toDouble();
}

} // namespace

// The report's first page, checked against the sessions and their stored measures as the
// repository gives them.
class TestReportSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void threeAssessmentsGiveTheFirstAndTheLatest();
    void oneAssessmentHasNothingToCompareButTrainingHasItsLevels();
    void sessionsThatNeedALookAreListedInTimeOrder();

private:
    qint64 simulate(SessionMode mode, int sessions);
    QList<SessionInfo> sessionsOf(qint64 who) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
    const Exercise *m_sart = nullptr;
};

void TestReportSummary::initTestCase()
{
    // English plurals ("3 dropped frames") come from the English catalogue, as in the app.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/attend_en.qm")));
    QCoreApplication::installTranslator(english);
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    m_sart = m_exercises.find(QStringLiteral("sart"));
    QVERIFY(m_sart);
}

// A new simulated person with `sessions` SART sessions: all assessments, or one assessment and
// then training.
qint64 TestReportSummary::simulate(SessionMode mode, int sessions)
{
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = sessions;
    if (mode == SessionMode::Assessment)
        plan.mode = SessionMode::Assessment;
    plan.exercises = {QStringLiteral("sart")};
    const QString code = TraineeSimulation(*m_db, m_exercises).run(plan, {}).value().front();
    return ParticipantRepository(*m_db).byCode(code).value().id;
}

QList<SessionInfo> TestReportSummary::sessionsOf(qint64 who) const
{
    return SessionRepository(*m_db).forParticipant(who).value();
}

void TestReportSummary::threeAssessmentsGiveTheFirstAndTheLatest()
{
    const qint64 who = simulate(SessionMode::Assessment, 3);
    const auto sessions = sessionsOf(who);
    QCOMPARE(sessions.size(), 3);
    ProgressModel model(*m_db, *m_sart);
    QVERIFY(model.load(who));
    const auto row = ReportSummary::row(model, *m_db);
    QCOMPARE(row.assessments, 3);
    QCOMPARE(row.training, 0);
    QCOMPARE(row.from, sessions.front().startedAt);
    QCOMPARE(row.to, sessions.back().startedAt);
    QVERIFY(row.firstAssessment && row.lastAssessment);
    QCOMPARE(row.firstAssessment->sessionId, sessions.front().id);
    QCOMPARE(row.lastAssessment->sessionId, sessions.back().id);
    const QString key = QStringLiteral("commission_rate");
    QCOMPARE(row.firstAssessment->value, stored(*m_db, sessions.front().id, key));
    QCOMPARE(row.lastAssessment->value, stored(*m_db, sessions.back().id, key));
    // One person in the database: no retest reliability, so a change without an index.
    QVERIFY(row.change);
    QVERIFY(!row.change->index && !row.change->reliable());
    QCOMPARE(row.change->first->sessionId, sessions.front().id);
    QCOMPARE(row.change->last->sessionId, sessions.back().id);
    QVERIFY(!row.firstLevel && !row.lastLevel);
}

void TestReportSummary::oneAssessmentHasNothingToCompareButTrainingHasItsLevels()
{
    const qint64 who = simulate(SessionMode::Training, 3); // an assessment, two training
    const auto sessions = sessionsOf(who);
    ProgressModel model(*m_db, *m_sart);
    QVERIFY(model.load(who));
    const auto row = ReportSummary::row(model, *m_db);
    QCOMPARE(row.assessments, 1);
    QCOMPARE(row.training, 2);
    QVERIFY(row.firstAssessment);
    QVERIFY(!row.lastAssessment);
    QVERIFY(!row.change);
    const QString level = QStringLiteral("level_reached");
    QVERIFY(row.firstLevel && row.lastLevel);
    QCOMPARE(*row.firstLevel, stored(*m_db, sessions.at(1).id, level));
    QCOMPARE(*row.lastLevel, stored(*m_db, sessions.at(2).id, level));
}

void TestReportSummary::sessionsThatNeedALookAreListedInTimeOrder()
{
    const qint64 who = simulate(SessionMode::Assessment, 2);
    auto sessions = sessionsOf(who);
    SessionRepository repo(*m_db);
    QVERIFY(repo.recordPresentation(sessions.front().id,
                                    {QStringLiteral("qwidget-repaint"), 16.7, 0.2, 3}));
    NewSession crashed{who,
                       QStringLiteral("sart"),
                       SessionMode::Assessment,
                       {},
                       {},
                       1,
                       sessions.back().startedAt.addDays(1)};
    const qint64 id = repo.start(crashed).value();
    QVERIFY(repo.finish(id, SessionStatus::Interrupted, {}));
    ProgressModel model(*m_db, *m_sart);
    QVERIFY(model.load(who));
    const auto flags = ReportSummary::flags(*m_db, m_exercises, who, {&model});
    QVERIFY(flags);
    const QString first = dateText(sessions.front().startedAt);
    const QString third = dateText(crashed.startedAt);
    QCOMPARE(
        flags.value(),
        (QStringList{QStringLiteral("Sustained attention: SART, %1: 3 dropped frames.").arg(first),
                     QStringLiteral("Sustained attention: SART, %1: interrupted (the "
                                    "program stopped; 0 trials kept).")
                         .arg(third)}));
}

QTEST_GUILESS_MAIN(TestReportSummary)
#include "tst_reportsummary.moc"
