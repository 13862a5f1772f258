#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "reportwriter.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "testdatabase.h"

#include <QProcess>
#include <QTest>

using namespace attend;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// The PDF report, read back with poppler's pdftotext and pdfinfo.
class TestReportWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theClinicianReportHasEveryExerciseAndTheAudit();
    void theParticipantReportSpeaksPlainly();
    void anUnwritableDestinationIsNamed();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
};

void TestReportWriter::initTestCase()
{
    m_db = testing::openOrFail(m_dir.filePath(QStringLiteral("r.sqlite")));
    QVERIFY(m_db);
    registerBuiltInExercises(m_exercises, m_scenes);
    SimulationPlan plan;
    plan.participants = 1;
    plan.sessions = 4;
    plan.exercises = {QStringLiteral("sart"), QStringLiteral("task-switching")};
    QVERIFY(TraineeSimulation(*m_db, m_exercises).run(plan, {}));
}

void TestReportWriter::theClinicianReportHasEveryExerciseAndTheAudit()
{
    const QString pdf = m_dir.filePath(QStringLiteral("clinician.pdf"));
    QVERIFY(ReportWriter(*m_db, m_exercises)
                .write(QStringLiteral("SIM001"), ReportWriter::Audience::Clinician, pdf));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const QString &expected :
         {QStringLiteral("Attend report: participant SIM001"), QStringLiteral("Task switching"),
          QStringLiteral("Sustained attention: SART"), QStringLiteral("4 completed session(s)"),
          QStringLiteral("95 % interval"), QStringLiteral("Timing audit"),
          QStringLiteral("Methods"), QStringLiteral("no norms")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(!text.contains(QStringLiteral("Visual search"))); // no session of it
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int count = pages.match(info).captured(1).toInt();
    QVERIFY2(count >= 3, qPrintable(info)); // two exercises with two charts each, and the audit
}

void TestReportWriter::theParticipantReportSpeaksPlainly()
{
    const QString pdf = m_dir.filePath(QStringLiteral("participant.pdf"));
    QVERIFY(ReportWriter(*m_db, m_exercises)
                .write(QStringLiteral("SIM001"), ReportWriter::Audience::Participant, pdf));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Your progress with Attend (SIM001)")));
    QVERIFY(text.contains(QStringLiteral("Task switching")));
    QVERIFY(!text.contains(QStringLiteral("Timing audit")));
}

void TestReportWriter::anUnwritableDestinationIsNamed()
{
    auto written = ReportWriter(*m_db, m_exercises)
                       .write(QStringLiteral("SIM001"), ReportWriter::Audience::Clinician,
                              QStringLiteral("/proc/attend/report.pdf"));
    QVERIFY(!written);
    QVERIFY(written.error().message().contains(QStringLiteral("/proc/attend/report.pdf")));
    QVERIFY(!ReportWriter(*m_db, m_exercises)
                 .write(QStringLiteral("NOBODY"), ReportWriter::Audience::Clinician,
                        m_dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
