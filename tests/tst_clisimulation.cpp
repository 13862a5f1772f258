#include "clidatabase.h"
#include "clirun.h"
#include "csvfixture.h"
#include "programme/programmeschedule.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"
#include "stringlist.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <map>

using namespace attend;

// attend-cli simulate on the scale people use it: a whole programme, and 3 people × 10 sessions
// of every exercise exported. Not in the sanitizer build (tests/CMakeLists.txt): its 190
// sessions are the session code the sanitized tests run already, at six times the cost there.
class TestCliSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_cli = std::make_unique<testing::CliDatabase>(); }
    void cleanup() { m_cli.reset(); }
    void simulateFollowsAProgrammeFromBaselineToFinal();
    void measuresExportLongAndTheWideFileStaysNarrow();

private:
    std::unique_ptr<testing::CliDatabase> m_cli;
};

void TestCliSimulation::simulateFollowsAProgrammeFromBaselineToFinal()
{
    const testing::CliRun run = testing::runCli(m_cli->db(
        {QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("1"),
         QStringLiteral("--programme"), QStringLiteral("speed-2w")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("programme speed-2w")));
    auto d = testing::openOrFail(m_cli->path);
    QSqlQuery q(d->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT mode, status, started_at, ended_at, "
                                  "json_extract(parameters_json, '$.programme') FROM sessions "
                                  "ORDER BY started_at")));
    QStringList modes;
    QDate firstDay, lastDay;
    while (q.next()) {
        modes << q.value(0).toString().left(1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("completed"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("speed-2w"));
        const QDateTime start = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        const QDate day = start.toLocalTime().date();
        QVERIFY2(QList<int>({1, 3, 5}).contains(day.dayOfWeek()),
                 qPrintable(q.value(2).toString()));
        firstDay = firstDay.isValid() ? firstDay : day;
        lastDay = day;
        if (q.value(0).toString() == u"training") // 15 minutes, to the nearest block boundary
            QVERIFY2(std::abs(start.secsTo(end) - 900) <= 60, qPrintable(q.value(3).toString()));
    }
    QCOMPARE(modes.join(QString()),
             QStringLiteral("aa") + QString(12, u't') + QStringLiteral("aa"));
    // Baseline on the first Monday, Wednesday or Friday of the simulated period (which follows
    // today's date), training on the six such days after it and the final on the seventh: 16
    // days later after a Monday or a Wednesday, 17 after a Friday.
    QDate seventh = firstDay;
    for (int workdays = 0; workdays < 7;) {
        seventh = seventh.addDays(1);
        workdays += QList<int>({1, 3, 5}).contains(seventh.dayOfWeek());
    }
    QCOMPARE(lastDay, seventh);
    QCOMPARE(firstDay.daysTo(lastDay), firstDay.dayOfWeek() == 5 ? 17 : 16);
    const Programme speed = *Programme::shippedById(
        QStringLiteral("speed-2w"),
        testing::strings({"visual-search", "divided-attention", "task-switching", "sart", "cpt"}));
    const qint64 participant =
        ParticipantRepository(*d).byCode(QStringLiteral("SIM001")).value().id;
    const auto assignment = ProgrammeRepository(*d).current(participant).value();
    QVERIFY(assignment);
    const auto sessions = SessionRepository(*d).forParticipant(participant).value();
    const TodayPlan after =
        ProgrammeSchedule(speed, *assignment).today(sessions, lastDay.addDays(1));
    QCOMPARE(after.stage, ProgrammeStage::Finished);
    QCOMPARE(after.trainingDaysDone, 6);
}

void TestCliSimulation::measuresExportLongAndTheWideFileStaysNarrow()
{
    // 3 people × 10 sessions of every exercise (an assessment, then training).
    QCOMPARE(testing::runCli(
                 m_cli->db({QStringLiteral("simulate"), QStringLiteral("--participants"),
                            QStringLiteral("3"), QStringLiteral("--sessions"), QStringLiteral("10"),
                            QStringLiteral("--exercise"), QStringLiteral("all")}))
                 .exitCode,
             0);
    const QString out = m_cli->dir.filePath(QStringLiteral("csv"));
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--out"), out}))
                 .exitCode,
             0);
    const auto read = [](const QString &path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return testing::parseCsv(f.readAll());
    };
    const auto sessions = read(out + QStringLiteral("/sessions.csv"));
    QVERIFY2(sessions.front().size() <= 100, qPrintable(QString::number(sessions.front().size())));
    // measures.csv: one row per stored measure of every session, counted from the database.
    auto d = testing::openOrFail(m_cli->path);
    QSqlQuery q(d->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, summary_json FROM sessions")));
    std::map<QString, int> stored;
    int total = 0;
    while (q.next()) {
        const QJsonObject summary = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        stored[q.value(0).toString()] = int(summary.size());
        total += int(summary.size());
    }
    QCOMPARE(int(stored.size()), 150);
    const auto measures = read(out + QStringLiteral("/measures.csv"));
    QCOMPARE(int(measures.size()) - 1, total);
    const QStringList header = measures.front();
    QCOMPARE(header.indexOf(QStringLiteral("measure")), 4);
    std::map<QString, int> perSession;
    for (std::size_t i = 1; i < measures.size(); ++i)
        ++perSession[measures[i].at(1)];
    QCOMPARE(perSession, stored);
}

QTEST_GUILESS_MAIN(TestCliSimulation)
#include "tst_clisimulation.moc"
