#include "clidatabase.h"
#include "clirun.h"
#include "filesnapshot.h"
#include "metricsversion.h"
#include "storage/schema.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

using namespace attend;

namespace {

// A CSV file's text without the named columns (e.g. the dates and versions of a run).
QString withoutColumns(const QString &path, const QStringList &drop)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    const QStringList header = lines.value(0).split(u',');
    QStringList out;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u','); // no field here holds a comma
        QStringList kept;
        for (int i = 0; i < fields.size(); ++i)
            if (!drop.contains(header.value(i)))
                kept << fields[i];
        out << kept.join(u',');
    }
    return out.join(u'\n');
}

} // namespace

// attend-cli as a user runs it: exit codes 0 ok, 1 bad usage, 2 data problem, one-line errors.
class TestCliCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_cli = std::make_unique<testing::CliDatabase>(); }
    void cleanup() { m_cli.reset(); }
    void badUsageExitsWithOne_data();
    void badUsageExitsWithOne();
    void helpAndVersion();
    void checkReportsANewDatabase();
    void withoutDbTheAppsChosenDatabaseIsUsed();
    void participantsCanBeAddedAndListed();
    void invalidAndDuplicateCodes();
    void simulateFillsADatabaseTheAppCanOpen();
    void exportWritesAndRefusesAsDocumented();
    void aFixedSeedSimulationExportsTheKnownData();
    void evaluateReportsAndRefusesAsDocumented();
    void simulateDrawsFromAPopulationFile();
    void recomputeBringsOldMeasuresUpToDateAndKeepsThem();
    void importRefusesBadInputAndStoresNothing_data();
    void importRefusesBadInputAndStoresNothing();

private:
    std::unique_ptr<testing::CliDatabase> m_cli;
};

void TestCliCommands::badUsageExitsWithOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("an unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("an unknown option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("check")};
    QTest::newRow("check with an argument")
        << QStringList{QStringLiteral("check"), QStringLiteral("extra")};
    QTest::newRow("export of an unknown exercise") << QStringList{
        QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--out"),  QStringLiteral("x"),        QStringLiteral("--exercise"),
        QStringLiteral("nosuch")};
    QTest::newRow("import of an unknown exercise")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"),
                       QStringLiteral("--exercise"), QStringLiteral("nosuch")};
    QTest::newRow("import with a mapping but no exercise")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"),
                       QStringLiteral("--mapping"), QStringLiteral("m.json")};
    QTest::newRow("import without a file") << QStringList{QStringLiteral("import")};
    QTest::newRow("participants without a subcommand")
        << QStringList{QStringLiteral("participants")};
    QTest::newRow("participants add without a code")
        << QStringList{QStringLiteral("participants"), QStringLiteral("add")};
    QTest::newRow("--name outside participants add")
        << QStringList{QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("check")};
    QTest::newRow("an invalid participant code") << QStringList{
        QStringLiteral("participants"), QStringLiteral("add"), QStringLiteral("P-1")};
    QTest::newRow("simulate without --exercise")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("--participants"),
                       QStringLiteral("1"), QStringLiteral("--sessions"), QStringLiteral("1")};
    QTest::newRow("simulate with no participants")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("--participants"),
                       QStringLiteral("0"),        QStringLiteral("--sessions"),
                       QStringLiteral("1"),        QStringLiteral("--exercise"),
                       QStringLiteral("sart")};
    QTest::newRow("simulate with an absurd session count")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("--participants"),
                       QStringLiteral("1"),        QStringLiteral("--sessions"),
                       QStringLiteral("100000"),   QStringLiteral("--exercise"),
                       QStringLiteral("sart")};
    QTest::newRow("simulate an unknown exercise")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("--participants"),
                       QStringLiteral("1"),        QStringLiteral("--sessions"),
                       QStringLiteral("1"),        QStringLiteral("--exercise"),
                       QStringLiteral("chess")};
    QTest::newRow("simulate in an unknown mode")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("--participants"),
                       QStringLiteral("1"),        QStringLiteral("--sessions"),
                       QStringLiteral("1"),        QStringLiteral("--exercise"),
                       QStringLiteral("sart"),     QStringLiteral("--mode"),
                       QStringLiteral("play")};
    QTest::newRow("export in an unknown format")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xls"),
                       QStringLiteral("--out"), QStringLiteral("x")};
    QTest::newRow("export without --out")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("export since a non-date") << QStringList{
        QStringLiteral("export"),   QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--out"),    QStringLiteral("x"),        QStringLiteral("--since"),
        QStringLiteral("yesterday")};
    QTest::newRow("simulate an unknown programme") << QStringList{
        QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("1"),
        QStringLiteral("--programme"), QStringLiteral("nosuch")};
    QTest::newRow("simulate a programme with a session count")
        << QStringList{QStringLiteral("simulate"), QStringLiteral("--participants"),
                       QStringLiteral("1"),        QStringLiteral("--programme"),
                       QStringLiteral("speed-2w"), QStringLiteral("--sessions"),
                       QStringLiteral("3")};
    QTest::newRow("--seed outside simulate")
        << QStringList{QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("check")};
}

void TestCliCommands::badUsageExitsWithOne()
{
    QFETCH(QStringList, args);
    const testing::CliRun run = testing::runCli(m_cli->db(args));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.startsWith(QStringLiteral("attend-cli: ")));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestCliCommands::helpAndVersion()
{
    const testing::CliRun help = testing::runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("participants add CODE")));
    const testing::CliRun version = testing::runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("attend-cli 0.")));
}

void TestCliCommands::checkReportsANewDatabase()
{
    // Made by the one command that adds a participant to an empty place.
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                                        QStringLiteral("P1")}))
                 .exitCode,
             0);
    const testing::CliRun run = testing::runCli(m_cli->db({QStringLiteral("check")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("database: %1\n").arg(m_cli->path)));
    QVERIFY(run.out.contains(QStringLiteral("schema version: %1 ").arg(Schema::latestVersion())));
    QVERIFY(run.out.contains(QStringLiteral("integrity: ok\n")));
    QVERIFY(run.out.contains(QStringLiteral("participants: 1 (0 archived)\n")));
    QVERIFY(run.out.contains(QStringLiteral("trials: 0\n")));
    QVERIFY(run.out.contains(QStringLiteral("sessions left running: 0\n")));
}

void TestCliCommands::withoutDbTheAppsChosenDatabaseIsUsed()
{
    // The GUI's settings (File → Settings) name a database; attend-cli without --db reads it.
    const QProcessEnvironment env = testing::homeAt(m_cli->dir.path());
    QSettings ini(m_cli->dir.filePath(QStringLiteral("config/attend/attend.ini")),
                  QSettings::IniFormat);
    ini.setValue(QStringLiteral("data/location"), m_cli->path);
    ini.sync();
    QCOMPARE(testing::runCli(
                 {QStringLiteral("participants"), QStringLiteral("add"), QStringLiteral("P7")}, env)
                 .exitCode,
             0);
    QVERIFY(QFileInfo::exists(m_cli->path));
    const testing::CliRun run = testing::runCli({QStringLiteral("check")}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("database: %1\n").arg(m_cli->path)),
             qPrintable(run.out));
}

void TestCliCommands::participantsCanBeAddedAndListed()
{
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                                        QStringLiteral("P2"), QStringLiteral("--name"),
                                        QStringLiteral("Li Wei")}))
                 .exitCode,
             0);
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                                        QStringLiteral("P1")}))
                 .exitCode,
             0);
    const testing::CliRun list =
        testing::runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("list")}));
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("code\tname\tcreated_at\tarchived"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("P1\t\t")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("P2\tLi Wei\t")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("\tno")));
    const testing::CliRun check = testing::runCli(m_cli->db({QStringLiteral("check")}));
    QVERIFY(check.out.contains(QStringLiteral("participants: 2 (0 archived)\n")));
}

void TestCliCommands::invalidAndDuplicateCodes()
{
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                                        QStringLiteral("AB")}))
                 .exitCode,
             0);
    const testing::CliRun dup = testing::runCli(
        m_cli->db({QStringLiteral("participants"), QStringLiteral("add"), QStringLiteral("ab")}));
    QCOMPARE(dup.exitCode, 2);
    QVERIFY(dup.err.contains(QStringLiteral("already used")));
}

void TestCliCommands::simulateFillsADatabaseTheAppCanOpen()
{
    // Two people, three sessions of the SART each, 20 trials per session: an assessment first,
    // then training.
    const testing::CliRun run = testing::runCli(m_cli->db(
        {QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("2"),
         QStringLiteral("--sessions"), QStringLiteral("3"), QStringLiteral("--exercise"),
         QStringLiteral("sart"), QStringLiteral("--trials"), QStringLiteral("20")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("SIM001, SIM002")));
    QVERIFY(run.err.contains(QStringLiteral("6/6 sessions")));
    auto opened = testing::openOrFail(m_cli->path);
    QVERIFY(opened);
    QSqlQuery q(opened->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.code, s.mode, s.status, s.started_at, "
        "(SELECT count(*) FROM trials t WHERE t.session_id = s.id AND t.practice = 0) "
        "FROM sessions s JOIN participants p ON p.id = s.participant_id ORDER BY p.code, s.id")));
    QStringList modes;
    QDateTime last;
    while (q.next()) {
        modes << q.value(1).toString();
        QCOMPARE(q.value(2).toString(), QStringLiteral("completed"));
        QCOMPARE(q.value(4).toInt(), 20);
        const QDateTime started = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        if (modes.size() % 3 != 1) // a day after the session before, for the same person
            QCOMPARE(std::round(last.secsTo(started) / 86400.0), 1.0);
        last = started;
    }
    QCOMPARE(modes, (QStringList{QStringLiteral("assessment"), QStringLiteral("training"),
                                 QStringLiteral("training"), QStringLiteral("assessment"),
                                 QStringLiteral("training"), QStringLiteral("training")}));
    // Every training decision was stored with its trial: 2 people × 2 sessions × 20 trials.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM trials t JOIN sessions s ON s.id = "
                                  "t.session_id WHERE s.mode = 'training' AND t.practice = 0 AND "
                                  "t.controller_rule IN ('staircase', 'model', 'explore')")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 80);
    // A second run adds new people with the next free codes.
    const testing::CliRun again = testing::runCli(m_cli->db(
        {QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("1"),
         QStringLiteral("--sessions"), QStringLiteral("1"), QStringLiteral("--exercise"),
         QStringLiteral("all"), QStringLiteral("--trials"), QStringLiteral("5")}));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("SIM003")));
}

void TestCliCommands::exportWritesAndRefusesAsDocumented()
{
    QCOMPARE(testing::runCli(
                 m_cli->db({QStringLiteral("simulate"), QStringLiteral("--participants"),
                            QStringLiteral("1"), QStringLiteral("--sessions"), QStringLiteral("1"),
                            QStringLiteral("--exercise"), QStringLiteral("sart"),
                            QStringLiteral("--trials"), QStringLiteral("10")}))
                 .exitCode,
             0);
    const QString out = m_cli->dir.filePath(QStringLiteral("export"));
    const QStringList args{QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--out"), out};
    const QByteArray before = testing::sha(m_cli->path);
    const testing::CliRun first = testing::runCli(m_cli->db(args));
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains(QStringLiteral("to ") + out));
    QVERIFY(QFile::exists(out + QStringLiteral("/trials.csv")));
    QCOMPARE(testing::sha(m_cli->path), before); // the database is never rewritten by an export
    // Again into the same, now full, folder: refused (1); with --force: written.
    const testing::CliRun again = testing::runCli(m_cli->db(args));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(out));
    QCOMPARE(again.err.count(u'\n'), 1);
    QCOMPARE(testing::runCli(m_cli->db(args + QStringList{QStringLiteral("--force")})).exitCode, 0);
    // An unwritable destination: one line, exit 2.
    const testing::CliRun unwritable = testing::runCli(
        m_cli->db({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bids"),
                   QStringLiteral("--out"), QStringLiteral("/proc/attend-export")}));
    QCOMPARE(unwritable.exitCode, 2);
    QCOMPARE(unwritable.err.count(u'\n'), 1);
}

// What simulate and export produce for a fixed seed is kept in tests/data/golden: a change to
// the trial code, the scoring, the measures or the export shows here. When a change is meant,
// run this test with ATTEND_UPDATE_GOLDEN=1 and say in the commit what changed and why.
void TestCliCommands::aFixedSeedSimulationExportsTheKnownData()
{
    const QStringList simulate{QStringLiteral("simulate"), QStringLiteral("--participants"),
                               QStringLiteral("1"),        QStringLiteral("--sessions"),
                               QStringLiteral("2"),        QStringLiteral("--exercise"),
                               QStringLiteral("all"),      QStringLiteral("--seed"),
                               QStringLiteral("7"),        QStringLiteral("--trials"),
                               QStringLiteral("12")};
    QCOMPARE(testing::runCli(m_cli->db(simulate)).exitCode, 0);
    const QString out = m_cli->dir.filePath(QStringLiteral("csv"));
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--out"), out}))
                 .exitCode,
             0);
    const QStringList runFields{QStringLiteral("started_at"), QStringLiteral("ended_at"),
                                QStringLiteral("app_version"), QStringLiteral("build_id")};
    const QString golden = QStringLiteral(ATTEND_TEST_DATA "/golden/");
    for (const QString &name : {QStringLiteral("trials.csv"), QStringLiteral("sessions.csv")}) {
        const QString now = withoutColumns(out + u'/' + name, runFields);
        QVERIFY(!now.isEmpty());
        QFile f(golden + name);
        if (qEnvironmentVariableIsSet("ATTEND_UPDATE_GOLDEN")) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(now.toUtf8());
            continue;
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList want = QString::fromUtf8(f.readAll()).split(u'\n');
        const QStringList got = now.split(u'\n');
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i)
            QVERIFY2(got[i] == want[i],
                     qPrintable(name + QStringLiteral(" line %1: ").arg(i + 1) + got[i] +
                                QStringLiteral("\nexpected: ") + want[i]));
    }
}

void TestCliCommands::evaluateReportsAndRefusesAsDocumented()
{
    const QString evaluate = QStringLiteral("evaluate");
    // An empty database: nothing to evaluate is a data problem, one line.
    QVERIFY(testing::openOrFail(m_cli->path));
    testing::CliRun run = testing::runCli(m_cli->db({evaluate}));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QCOMPARE(testing::runCli(
                 m_cli->db({evaluate, QStringLiteral("--exercise"), QStringLiteral("nosuch")}))
                 .exitCode,
             1);
    QCOMPARE(testing::runCli(
                 m_cli->db({QStringLiteral("simulate"), QStringLiteral("--participants"),
                            QStringLiteral("2"), QStringLiteral("--sessions"), QStringLiteral("2"),
                            QStringLiteral("--exercise"), QStringLiteral("sart"),
                            QStringLiteral("--trials"), QStringLiteral("60")}))
                 .exitCode,
             0);
    run = testing::runCli(m_cli->db({evaluate, QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // one object per exercise with trials
    const QJsonObject sart = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(sart.value(QStringLiteral("exercise")).toString(), QStringLiteral("sart"));
    QVERIFY(sart.value(QStringLiteral("n")).toInt() > 0);
    for (const char *name :
         {"model", "ablation", "constant", "running_mean", "running_mean_by_condition", "ema"}) {
        const QJsonObject p = sart.value(QStringLiteral("predictors"))
                                  .toObject()
                                  .value(QLatin1String(name))
                                  .toObject();
        QVERIFY2(p.value(QStringLiteral("brier")).isDouble(), name);
        QVERIFY2(p.contains(QStringLiteral("log_rt_rmse")), name);
    }
    QCOMPARE(testing::runCli(
                 m_cli->db({evaluate, QStringLiteral("--participant"), QStringLiteral("NOPE")}))
                 .exitCode,
             1);
    run = testing::runCli(
        m_cli->db({evaluate, QStringLiteral("--participant"), QStringLiteral("SIM002")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("of 1 people")), qPrintable(run.out + run.err));
    QCOMPARE(
        testing::runCli(m_cli->db({evaluate, QStringLiteral("--exercise"), QStringLiteral("cpt")}))
            .exitCode,
        2);
    // A damaged model state: exit 2, and the database is left as it was.
    {
        auto d = testing::openOrFail(m_cli->path);
        QSqlQuery q(d->connection());
        QVERIFY(q.prepare(QStringLiteral("UPDATE model_states SET weights = ?")));
        q.addBindValue(QByteArray::fromHex("00010203"));
        QVERIFY(q.exec());
    }
    const QByteArray before = testing::sha(m_cli->path);
    run = testing::runCli(m_cli->db({evaluate}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    QCOMPARE(testing::sha(m_cli->path), before);
}

void TestCliCommands::simulateDrawsFromAPopulationFile()
{
    const QStringList simulate{QStringLiteral("simulate"), QStringLiteral("--participants"),
                               QStringLiteral("1"),        QStringLiteral("--sessions"),
                               QStringLiteral("1"),        QStringLiteral("--exercise"),
                               QStringLiteral("sart"),     QStringLiteral("--trials"),
                               QStringLiteral("20"),       QStringLiteral("--population")};
    const testing::CliRun good = testing::runCli(m_cli->db(
        simulate +
        QStringList{QStringLiteral(SOURCE_ROOT "/resources/populations/older-adults.json")}));
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    const QString bad = m_cli->dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"parameters": {"abilty": {"centre": 0.4}}})");
    f.close();
    const testing::CliRun refused = testing::runCli(m_cli->db(simulate + QStringList{bad}));
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY(refused.err.contains(QStringLiteral("abilty")) && refused.err.contains(bad));
    QCOMPARE(
        testing::runCli(m_cli->db({QStringLiteral("check"), QStringLiteral("--population"), bad}))
            .exitCode,
        1);
}

// Issue "training programme": simulated people follow a shipped programme; what they did is
// checked against the programme's own figures (docs/programme.md), worked out by hand: speed-2w
// has two exercises, a baseline, six training days of 30 minutes (15 each) and a final.
void TestCliCommands::recomputeBringsOldMeasuresUpToDateAndKeepsThem()
{
    QCOMPARE(testing::runCli(
                 m_cli->db({QStringLiteral("simulate"), QStringLiteral("--participants"),
                            QStringLiteral("1"), QStringLiteral("--sessions"), QStringLiteral("2"),
                            QStringLiteral("--exercise"), QStringLiteral("sart"),
                            QStringLiteral("--trials"), QStringLiteral("60")}))
                 .exitCode,
             0);
    const auto summaryOf = [this](qint64 id) {
        auto d = testing::openOrFail(m_cli->path);
        QSqlQuery q(d->connection());
        q.exec(QStringLiteral("SELECT summary_json, metrics_version FROM sessions WHERE id = %1")
                   .arg(id));
        q.next();
        return std::pair{q.value(0).toString(), q.value(1).toString()};
    };
    const auto [stored, version] = summaryOf(1);
    QCOMPARE(version, QString::number(kMetricsVersion));
    // Session 1 as an earlier version left it: other measures, no version.
    {
        auto d = testing::openOrFail(m_cli->path);
        QSqlQuery q(d->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET metrics_version = NULL, summary_json = "
                                      "'{\"old\": {\"ok\": true, \"value\": 7}}' WHERE id = 1")));
    }
    testing::CliRun run = testing::runCli(m_cli->db({QStringLiteral("recompute")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("recomputed 1 sessions")), qPrintable(run.out));
    // The same measures the session runner stored, computed again from the stored trials.
    QCOMPARE(summaryOf(1), (std::pair{stored, QString::number(kMetricsVersion)}));
    {
        auto d = testing::openOrFail(m_cli->path);
        QSqlQuery q(d->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT details_json FROM audit WHERE action = 'recompute'")));
        QVERIFY(q.next());
        const QJsonObject details = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QCOMPARE(details.value(QStringLiteral("old_metrics_version")).toInt(), 1);
        QCOMPARE(details.value(QStringLiteral("old_measures"))
                     .toObject()
                     .value(QStringLiteral("old"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 7);
        QVERIFY(!q.next()); // one session recomputed, one audit entry
    }
    // Again: nothing to do.
    run = testing::runCli(m_cli->db(
        {QStringLiteral("recompute"), QStringLiteral("--exercise"), QStringLiteral("sart")}));
    QVERIFY2(run.out.startsWith(QStringLiteral("recomputed 0 sessions")), qPrintable(run.out));
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("recompute"), QStringLiteral("--exercise"),
                                        QStringLiteral("nosuch")}))
                 .exitCode,
             1);
}

namespace {

// The SART rows of tests/data/sart_pcbs (its columns), as a bad-input case writes them.
const char kSartHeader[] =
    "participant,trial,session,block,condition,digit,response,correct,rt_ms,source_error_flag\n";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

void TestCliCommands::importRefusesBadInputAndStoresNothing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mapping"); // empty: the shipped one for sart_pcbs
    QTest::addColumn<QString>("message");
    const QByteArray good = QByteArray(kSartHeader) + "1,1,hard,real1,go,6,1,1,334,0\n"
                                                      "1,2,hard,real1,nogo,3,0,1,,0\n";
    QTest::newRow("a field the measures need left out of the mapping")
        << good << QByteArray(R"({"fields": {"participant": {"column": "participant"},
                                 "rt_ms": {"column": "rt_ms"}}})")
        << QStringLiteral("the mapping gives no \"go\"");
    QTest::newRow("a value the mapping cannot convert")
        << good + "1,3,hard,real1,maybe,4,1,1,300,0\n"
        << QByteArray()
        << QStringLiteral("data.csv, line 4, column \"condition\": \"maybe\" is neither");
    QTest::newRow("an exercise this version does not have, in Attend's own file")
        << QByteArray("participant_id,session_id,exercise,mode,block,trial_index,condition,"
                      "rt_ms,correct\nP1,1,juggling,assessment,1,0,go,300,1\n")
        << QByteArray("none")
        << QStringLiteral("data.csv, line 2: \"juggling\" is not an exercise");
    // The first 20 bytes of an SQLite file (without the literal's own closing NUL).
    QTest::newRow("a file that is not text")
        << QByteArray("SQLite format 3\0\x10\0\x01\x01", 20) << QByteArray()
        << QStringLiteral("data.csv is not a text file");
    QTest::newRow("a header only") << QByteArray(kSartHeader) << QByteArray()
                                   << QStringLiteral("data.csv holds a header but no rows");
    QTest::newRow("a duplicated row")
        << good + "1,2,hard,real1,nogo,3,0,1,,0\n"
        << QByteArray()
        << QStringLiteral("data.csv, line 4 repeats trial 1 of block 1 of PCBS1/hard (line 3)");
    QTest::newRow("a file imported before")
        << good << QByteArray("twice") << QStringLiteral("data.csv was imported into");
}

void TestCliCommands::importRefusesBadInputAndStoresNothing()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mapping);
    QFETCH(QString, message);
    const QString file = m_cli->dir.filePath(QStringLiteral("data.csv"));
    const QString map = m_cli->dir.filePath(QStringLiteral("map.json"));
    writeFile(file, data);
    QStringList args = {QStringLiteral("import"), file};
    if (mapping != "none") {
        if (mapping.isEmpty() || mapping == "twice")
            QVERIFY(QFile::copy(QStringLiteral(SOURCE_ROOT "/docs/examples/sart_pcbs.mapping.json"),
                                map));
        else
            writeFile(map, mapping);
        args << QStringLiteral("--exercise") << QStringLiteral("sart")
             << QStringLiteral("--mapping") << map;
    }
    QCOMPARE(testing::runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                                        QStringLiteral("P1")}))
                 .exitCode,
             0);
    if (mapping == "twice")
        QCOMPARE(testing::runCli(m_cli->db(args)).exitCode, 0);
    const QByteArray before = testing::sha(m_cli->path);
    const testing::CliRun dry =
        testing::runCli(m_cli->db(args + QStringList{QStringLiteral("--dry-run")}));
    QCOMPARE(dry.exitCode, mapping == "twice" ? 0 : 2); // a dry run does not open the database
    const testing::CliRun run = testing::runCli(m_cli->db(args));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.endsWith(QStringLiteral("\n")) && run.err.count(u'\n') == 1,
             qPrintable(run.err));
    QCOMPARE(testing::sha(m_cli->path), before);
    QVERIFY(!QFile::exists(m_cli->path + QStringLiteral("-wal")) ||
            QFileInfo(m_cli->path + QStringLiteral("-wal")).size() == 0);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"