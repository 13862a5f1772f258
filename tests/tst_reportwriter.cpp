#include "builtinexercises.h"
#include "csvfixture.h"
#include "exerciseregistry.h"
#include "export/exportformats.h"
#include "languageloader.h"
#include "models/progresspresenter.h"
#include "models/sessionmeasuresmodel.h"
#include "reportwriter.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <algorithm>

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
    void everyViewShowsTheStoredValue();
    void theChineseReportUsesTheSimplifiedChineseFace();

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
    // The first page is the whole summary; the exercises' pages follow.
    const QString first = run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), pdf, QStringLiteral("-")})
                              .simplified();
    for (const QString &expected :
         {QStringLiteral("Summary"), QStringLiteral("What was done"),
          QStringLiteral("Sustained attention: SART: 1 assessment(s) and 3 training session(s)"),
          QStringLiteral("Key results"), QStringLiteral("Commission rate — lower is better"),
          QStringLiteral("Sessions to look at"), QStringLiteral("None: no session")})
        QVERIFY2(first.contains(expected), qPrintable(expected + u'\n' + first));
    QVERIFY(!first.contains(QStringLiteral("Timing audit")));
    // The charts are drawn as vectors: their legends and axis titles are text in the PDF.
    for (const QString &legend :
         {QStringLiteral("First session"), QStringLiteral("Target accuracy 85 ± 5 %"),
          QStringLiteral("Level reached"), QStringLiteral("Model forecast of accuracy")})
        QVERIFY2(text.contains(legend), qPrintable(legend));
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
    // Second person and plain words: what the measure is, a rate as a percentage, the direction.
    const qint64 who = ParticipantRepository(*m_db).byCode(QStringLiteral("SIM001")).value().id;
    const SessionInfo baseline = SessionRepository(*m_db).forParticipant(who).value().front();
    QCOMPARE(baseline.exercise, QStringLiteral("sart"));
    const double rate = SessionRepository(*m_db)
                            .load(baseline.id)
                            .value()
                            .summary.value(QStringLiteral("commission_rate"))
                            .toObject()
                            .value(QStringLiteral("value"))
                            .toDouble();
    const QString flat = text.simplified();
    for (const QString &expected :
         {QStringLiteral("What you did"), QStringLiteral("Your results"),
          QStringLiteral("The test measured how often you pressed when you should have held "
                         "back. At your test: %1 %")
              .arg(std::lround(100 * rate)),
          QStringLiteral("Here a lower number is better."),
          QStringLiteral("so that you get about 85 % right"), QStringLiteral("Level reached")})
        QVERIFY2(flat.contains(expected), qPrintable(expected + u'\n' + flat));
    for (const QString &jargon : {QStringLiteral("Timing audit"), QStringLiteral("this person"),
                                  QStringLiteral("Key measure"), QStringLiteral("Commission rate"),
                                  QStringLiteral("reliable change index")})
        QVERIFY2(!flat.contains(jargon), qPrintable(jargon));
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

// The same measure of the same session — a SART assessment's commission rate — is what the
// session stored when it ended (the summary screen shows those measures), and so is what the
// session details, the chart, the PDF and measures.csv show.
void TestReportWriter::everyViewShowsTheStoredValue()
{
    SimulationPlan plan; // two assessments: the chart shows the latest session's mode
    plan.participants = 1;
    plan.sessions = 2;
    plan.mode = SessionMode::Assessment;
    plan.exercises = {QStringLiteral("sart")};
    const QString code = TraineeSimulation(*m_db, m_exercises).run(plan, {}).value().front();
    const qint64 who = ParticipantRepository(*m_db).byCode(code).value().id;
    const SessionInfo first = SessionRepository(*m_db).forParticipant(who).value().front();
    QCOMPARE(first.mode, SessionMode::Assessment);
    const QJsonObject stored = SessionRepository(*m_db)
                                   .load(first.id)
                                   .value()
                                   .summary.value(QStringLiteral("commission_rate"))
                                   .toObject();
    const double value = stored.value(QStringLiteral("value")).toDouble();
    QVERIFY(stored.value(QStringLiteral("ok")).toBool() &&
            stored.contains(QStringLiteral("ci_low")));

    const Exercise &sart = *m_exercises.find(QStringLiteral("sart"));
    SessionMeasuresModel details(*m_db, sart);
    QVERIFY(details.load(first.id));
    const int row = details.rowOf(QStringLiteral("commission_rate")).value();
    QCOMPARE(details.data(details.index(row, SessionMeasuresModel::Value), Qt::UserRole).toDouble(),
             value);

    const auto view = ProgressPresenter::present(*m_db, sart, who).value();
    QVERIFY(std::any_of(view.estimates.begin(), view.estimates.end(),
                        [&](const auto &e) { return e.session == 1 && e.value == value; }));

    const QString pdf = m_dir.filePath(QStringLiteral("same.pdf"));
    QVERIFY(ReportWriter(*m_db, m_exercises).write(code, ReportWriter::Audience::Clinician, pdf));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const QString interval = QStringLiteral("%1 – %2").arg(
        ProgressModel::text(stored.value(QStringLiteral("ci_low")).toDouble()),
        ProgressModel::text(stored.value(QStringLiteral("ci_high")).toDouble()));
    QVERIFY2(text.contains(ProgressModel::text(value)) && text.contains(interval),
             qPrintable(ProgressModel::text(value) + u' ' + interval + u'\n' + text));

    const QString out = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(ExportFormats().find(QStringLiteral("csv"))->run(*m_db, {}, out, false));
    QFile file(out + QStringLiteral("/measures.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto rows = testing::parseCsv(file.readAll());
    const QStringList header = rows.front();
    const auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    int found = 0;
    for (const QStringList &r : rows)
        if (r.value(column("session_id")) == QString::number(first.id) &&
            r.value(column("measure")) == u"commission_rate") {
            QCOMPARE(r.value(column("value")).toDouble(), value);
            QCOMPARE(r.value(column("ci_low")).toDouble(),
                     stored.value(QStringLiteral("ci_low")).toDouble());
            ++found;
        }
    QCOMPARE(found, 1);
}

// Noto Sans CJK holds one face per region; the system's fallback for Han characters is often the
// Japanese one, whose glyphs differ from those Chinese readers learnt.
void TestReportWriter::theChineseReportUsesTheSimplifiedChineseFace()
{
    LanguageLoader languages;
    QVERIFY(languages.load(QStringLiteral("zh_CN")));
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    QVERIFY(ReportWriter(*m_db, m_exercises)
                .write(QStringLiteral("SIM001"), ReportWriter::Audience::Participant, pdf));
    QVERIFY(languages.load(QStringLiteral("en")));
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKsc")), qPrintable(fonts));
    QVERIFY2(!fonts.contains(QStringLiteral("NotoSansCJKjp")), qPrintable(fonts));
    // And the text is Chinese, its dates in ISO 8601 (read alike on A4 and US letter: a US
    // "11/30/26" was the complaint).
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("进展")), qPrintable(text.left(300)));
    QVERIFY2(text.contains(QStringLiteral("您的结果")), qPrintable(text.left(600)));
    QVERIFY2(text.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(text.left(300)));
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
