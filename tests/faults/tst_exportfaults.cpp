#include "clidatabase.h"
#include "clirun.h"
#include "filesnapshot.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <csignal>

using namespace attend;
using namespace attend::testing;

// Issue #27's fault suite: exports of a crafted database (codes that are paths, names with
// control characters or spreadsheet formulas) and an export killed half-way.
class TestExportFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_cli = std::make_unique<CliDatabase>(); }
    void cleanup() { m_cli.reset(); }
    void aCraftedDatabaseCannotWriteOutsideTheExport();
    void namesThatLookLikeFormulasAreWrittenAsText();
    void aKilledExportIsClearedByTheNextAndForceReplaces();

private:
    // `participants` simulated people with a short SART session each.
    bool simulate(int participants) const;
    std::unique_ptr<CliDatabase> m_cli;
};

bool TestExportFaults::simulate(int participants) const
{
    return runCli(
               m_cli->db({QStringLiteral("simulate"), QStringLiteral("--participants"),
                          QString::number(participants), QStringLiteral("--sessions"),
                          QStringLiteral("1"), QStringLiteral("--exercise"), QStringLiteral("sart"),
                          QStringLiteral("--trials"), QStringLiteral("30")}))
               .exitCode == 0;
}

void TestExportFaults::aCraftedDatabaseCannotWriteOutsideTheExport()
{
    QCOMPARE(
        runCli(m_cli->db({QStringLiteral("simulate"), QStringLiteral("--participants"),
                          QStringLiteral("1"), QStringLiteral("--sessions"), QStringLiteral("1"),
                          QStringLiteral("--exercise"), QStringLiteral("sart")}))
            .exitCode,
        0);
    {
        auto d = testing::openOrFail(m_cli->path);
        QVERIFY(d);
        QSqlQuery q(d->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE participants SET code = '../escaped', "
                                      "display_name = 'a' || char(27) || '[2Jb'")));
    }
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("pdf")}) {
        const CliRun run = runCli(
            m_cli->db({QStringLiteral("export"), QStringLiteral("--format"), format,
                       QStringLiteral("--out"), m_cli->dir.filePath(QStringLiteral("out"))}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("never writes")), qPrintable(run.err));
    }
    QVERIFY(!QFileInfo::exists(m_cli->dir.filePath(QStringLiteral("escaped"))));
    QVERIFY(!QFileInfo::exists(m_cli->dir.filePath(QStringLiteral("escaped.pdf"))));
    QCOMPARE(runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("list")})).exitCode,
             2);
    // With a valid code again, the name's escape sequence is listed harmlessly.
    {
        auto d = testing::openOrFail(m_cli->path);
        QVERIFY(d);
        QSqlQuery q(d->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE participants SET code = 'P9'")));
    }
    const CliRun list = runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("list")}));
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("P9\ta\uFFFD[2Jb\t")), qPrintable(list.out));
    QVERIFY(!list.out.contains(QChar(27)));
}

void TestExportFaults::namesThatLookLikeFormulasAreWrittenAsText()
{
    // A spreadsheet runs a field that starts with = + - @ (or a tab or CR) as a formula (OWASP,
    // "CSV injection"); the export puts an apostrophe before it. A number stays a number.
    const QStringList names = {QStringLiteral("=HYPERLINK(\"http://x.example\";\"open\")"),
                               QStringLiteral("+1+2"), QStringLiteral("@SUM(A1)")};
    QVERIFY(simulate(int(names.size())));
    {
        auto d = openOrFail(m_cli->path);
        QVERIFY(d);
        QSqlQuery q(d->connection());
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(q.prepare(QStringLiteral("UPDATE participants SET display_name = ? "
                                             "WHERE code = ?")));
            q.addBindValue(names[i]);
            q.addBindValue(QStringLiteral("SIM%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            QVERIFY(q.exec() && q.numRowsAffected() == 1);
        }
    }
    const QString out = m_cli->dir.filePath(QStringLiteral("out"));
    QCOMPARE(runCli(m_cli->db({QStringLiteral("export"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--names"),
                               QStringLiteral("--out"), out}))
                 .exitCode,
             0);
    QFile sessions(out + QStringLiteral("/sessions.csv"));
    QVERIFY(sessions.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sessions.readAll());
    // RFC 4180 doubles the quotes of the first name inside its quoted field.
    for (const QString &expected : {QStringLiteral(",\"'=HYPERLINK(\"\"http://x.example\"\";"
                                                   "\"\"open\"\")\","),
                                    QStringLiteral(",'+1+2,"), QStringLiteral(",'@SUM(A1),")})
        QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
}

void TestExportFaults::aKilledExportIsClearedByTheNextAndForceReplaces()
{
    QVERIFY(simulate(4));
    const QString out = m_cli->dir.filePath(QStringLiteral("reports"));
    const QStringList pdf = m_cli->db({QStringLiteral("export"), QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--out"), out});
    const auto staged = [&] {
        return QDir(m_cli->dir.path())
            .entryList({QStringLiteral(".attend-export-*")}, QDir::Dirs | QDir::Hidden);
    };
    // Killed while it writes its reports (four, a chart each, so it stages for a while).
    QProcess running;
    running.start(QStringLiteral(ATTEND_CLI), pdf);
    QVERIFY(running.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (staged().isEmpty() && running.state() == QProcess::Running && waited.elapsed() < 60000)
        QTest::qSleep(2);
    QVERIFY2(!staged().isEmpty(), "the export finished before it could be killed");
    ::kill(pid_t(running.processId()), SIGKILL);
    running.waitForFinished();
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(staged().size(), 1);
    // The next export removes what the killed one left, and writes all of its own.
    QCOMPARE(runCli(pdf).exitCode, 0);
    QVERIFY(staged().isEmpty());
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 4);
    // --force over it replaces the export whole: no file of the earlier one stays.
    QFile stale(out + QStringLiteral("/SIM009.pdf"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QCOMPARE(runCli(pdf + QStringList{QStringLiteral("--force")}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(stale.fileName()));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 4);
}

QTEST_GUILESS_MAIN(TestExportFaults)
#include "tst_exportfaults.moc"
