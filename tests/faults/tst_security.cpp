#include "clidatabase.h"
#include "clinicianlock.h"
#include "clirun.h"
#include "filesnapshot.h"
#include "settings.h"
#include "testdatabase.h"

#include <QDir>
#include <QSettings>
#include <QTest>
#include <sys/stat.h>

using namespace attend;
using namespace attend::testing;

// Issue #27's fault suite: what another local user can reach — the modes of every file Attend
// makes — and what the clinician lock keeps from someone at the command line.
class TestSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_cli = std::make_unique<CliDatabase>(); }
    void cleanup() { m_cli.reset(); }
    void newFilesAreTheOwnersAlone();
    void theClinicianLockGuardsExportsAndNames();

private:
    std::unique_ptr<CliDatabase> m_cli;
};

void TestSecurity::newFilesAreTheOwnersAlone()
{
    // Whatever this test's own umask: the database, its folder and an export are 0600 / 0700.
    const mode_t before = ::umask(0);
    const QString path = m_cli->dir.filePath(QStringLiteral("data/attend.sqlite"));
    const QString out = m_cli->dir.filePath(QStringLiteral("out"));
    const bool simulated =
        runCli({QStringLiteral("--db"), path, QStringLiteral("simulate"),
                QStringLiteral("--participants"), QStringLiteral("1"), QStringLiteral("--sessions"),
                QStringLiteral("1"), QStringLiteral("--exercise"), QStringLiteral("sart")})
            .exitCode == 0;
    const bool exported =
        runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--out"), out})
            .exitCode == 0;
    ::umask(before);
    QVERIFY(simulated && exported);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList checked{path, QFileInfo(path).absolutePath(), out};
    for (const QString &f : QDir(out).entryList(QDir::Files))
        checked << out + u'/' + f;
    QVERIFY(checked.size() > 4);
    for (const QString &f : checked)
        QVERIFY2(!(QFileInfo(f).permissions() & others), qPrintable(f));
}

void TestSecurity::theClinicianLockGuardsExportsAndNames()
{
    const QProcessEnvironment env = homeAt(m_cli->dir.path());
    const QString iniPath = m_cli->dir.filePath(QStringLiteral("config/attend/attend.ini"));
    QCOMPARE(runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                               QStringLiteral("P1"), QStringLiteral("--name"),
                               QStringLiteral("Ann Smith")}),
                    env)
                 .exitCode,
             0);
    {
        QSettings ini(iniPath, QSettings::IniFormat);
        Settings settings(ini);
        QVERIFY(ClinicianLock(settings).change({}, QStringLiteral("correct horse")) ==
                ClinicianLock::Outcome::Unlocked);
    }
    const QStringList exporting = {
        QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("csv"),    QStringLiteral("--names"),
        QStringLiteral("--out"),  m_cli->dir.filePath(QStringLiteral("out"))};
    const QStringList listing = {QStringLiteral("participants"), QStringLiteral("list")};
    // Without the passphrase: no export, no new participant, no names.
    CliRun run = runCli(m_cli->db(exporting), env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("clinician lock is on")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_cli->dir.filePath(QStringLiteral("out"))));
    QCOMPARE(runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                               QStringLiteral("P2")}),
                    env)
                 .exitCode,
             2);
    run = runCli(m_cli->db(listing), env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("P1")) && !run.out.contains(QStringLiteral("Ann")));
    // A wrong one is refused and counted, as in the app.
    run = runCli(m_cli->db(exporting + QStringList{QStringLiteral("--passphrase-stdin")}), env,
                 "wrong\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("stays shut")), qPrintable(run.err));
    QCOMPARE(QSettings(iniPath, QSettings::IniFormat)
                 .value(QStringLiteral("clinician/failures"))
                 .toInt(),
             1);
    QTest::qWait(1100); // the one-second wait after a first wrong passphrase
    run = runCli(m_cli->db(listing + QStringList{QStringLiteral("--passphrase-stdin")}), env,
                 "correct horse\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Ann Smith")), qPrintable(run.out));
    run = runCli(m_cli->db(exporting + QStringList{QStringLiteral("--passphrase-stdin")}), env,
                 "correct horse\n");
    QCOMPARE(run.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
