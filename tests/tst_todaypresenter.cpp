#include "exerciseregistry.h"
#include "models/todaypresenter.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"
#include "testexercise.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace attend;

// What the Today page says, from a database: no programme, a programme this build lacks, a day
// of training, and a finished programme with its change statements.
class TestTodayPresenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutAProgrammeThereIsNoPlan();
    void aProgrammeThisVersionLacksIsSaidPlainly();
    void aTrainingDayListsWhatIsDoneAndWhatIsLeft();
    void aFinishedProgrammeStatesTheChangeOrWhyThereIsNone();

private:
    void assign(const QString &programme);
    void session(const char *exercise, SessionMode mode, QDate day);
    void baselineAndTraining(int trainingDays);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_registry;
    qint64 m_participant = 0;
    const QDate m_first{2026, 11, 2}; // a Monday
};

// English plurals ("15 minutes") come from the English catalogue, as in the app.
void TestTodayPresenter::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/attend_en.qm")));
    QCoreApplication::installTranslator(english);
    QLocale::setDefault(
        QLocale(QLocale::English)); // as LanguageLoader sets it: lists read "a and b"
}

void TestTodayPresenter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testing::openOrFail(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(m_db);
    m_registry = ExerciseRegistry();
    // The ids of the short programme's exercises, played by the tests' own exercise.
    QVERIFY(m_registry.add(
        std::make_unique<testing::TestExercise>(QStringLiteral("divided-attention"))));
    QVERIFY(
        m_registry.add(std::make_unique<testing::TestExercise>(QStringLiteral("visual-search"))));
    m_participant = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
}

void TestTodayPresenter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestTodayPresenter::assign(const QString &programme)
{
    ProgrammeAssignment a;
    a.programmeId = programme;
    a.minutesPerDay = 30;
    a.assignedAt = QDateTime(m_first, QTime(8, 0)).toUTC();
    QVERIFY(ProgrammeRepository(*m_db).assign(m_participant, a));
}

void TestTodayPresenter::session(const char *exercise, SessionMode mode, QDate day)
{
    NewSession s;
    s.participantId = m_participant;
    s.exercise = QString::fromLatin1(exercise);
    s.mode = mode;
    s.startedAt = QDateTime(day, QTime(10, 0)).toUTC();
    const qint64 id = SessionRepository(*m_db).start(s).value();
    QVERIFY(SessionRepository(*m_db).finish(id, SessionStatus::Completed, {}));
}

void TestTodayPresenter::baselineAndTraining(int trainingDays)
{
    session("divided-attention", SessionMode::Assessment, m_first);
    session("visual-search", SessionMode::Assessment, m_first);
    for (int d = 1; d <= trainingDays; ++d) {
        session("divided-attention", SessionMode::Training, m_first.addDays(d));
        session("visual-search", SessionMode::Training, m_first.addDays(d));
    }
}

void TestTodayPresenter::withoutAProgrammeThereIsNoPlan()
{
    auto view = TodayPresenter::present(*m_db, m_registry, m_participant, m_first);
    QVERIFY(view);
    QVERIFY(!view.value());
}

void TestTodayPresenter::aProgrammeThisVersionLacksIsSaidPlainly()
{
    assign(QStringLiteral("attention-4w")); // needs task switching and the SART
    auto view = TodayPresenter::present(*m_db, m_registry, m_participant, m_first);
    QVERIFY(!view);
    QVERIFY(view.error().message().contains(QStringLiteral("\"attention-4w\"")));
}

void TestTodayPresenter::aTrainingDayListsWhatIsDoneAndWhatIsLeft()
{
    assign(QStringLiteral("speed-2w"));
    baselineAndTraining(2);
    session("divided-attention", SessionMode::Training, m_first.addDays(3));
    auto view = TodayPresenter::present(*m_db, m_registry, m_participant, m_first.addDays(3));
    QVERIFY(view && view.value());
    const TodayPresenter::View &v = *view.value();
    QCOMPARE(v.title, QStringLiteral("Speed of processing, two weeks — 2 of 6 training days done"));
    QCOMPARE(v.status, QStringLiteral("Today: training day 3, about 15 minutes still to do."));
    QCOMPARE(v.items,
             (QStringList{
                 QStringLiteral("✓ Test exercise divided-attention: training, 15 minutes (done)"),
                 QStringLiteral("Test exercise visual-search: training, 15 minutes")}));
    QCOMPARE(v.streak, QStringLiteral("Days in a row: 4. Training days this week: 2 of 3."));
    QVERIFY(v.returning.isEmpty());
    QVERIFY(v.changes.isEmpty());
    // Back after ten days: the programme goes on.
    auto later = TodayPresenter::present(*m_db, m_registry, m_participant, m_first.addDays(13));
    QCOMPARE(later.value()->returning,
             QStringLiteral("Your last programme session was 10 days ago. The programme goes on "
                            "where it stopped."));
}

void TestTodayPresenter::aFinishedProgrammeStatesTheChangeOrWhyThereIsNone()
{
    assign(QStringLiteral("speed-2w"));
    baselineAndTraining(6);
    session("divided-attention", SessionMode::Assessment, m_first.addDays(7));
    session("visual-search", SessionMode::Assessment, m_first.addDays(7));
    auto view = TodayPresenter::present(*m_db, m_registry, m_participant, m_first.addDays(8));
    QVERIFY(view && view.value());
    const TodayPresenter::View &v = *view.value();
    QCOMPARE(v.plan.stage, ProgrammeStage::Finished);
    QVERIFY(v.items.isEmpty());
    // Sessions without measures: no change can be stated, and the page says so, once for both.
    QCOMPARE(v.changes,
             QStringList{QStringLiteral("Test exercise divided-attention and Test exercise "
                                        "visual-search: no two full tests with a result, so no "
                                        "statement of change.")});
}

QTEST_GUILESS_MAIN(TestTodayPresenter)
#include "tst_todaypresenter.moc"
