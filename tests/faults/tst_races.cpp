#include "clidatabase.h"
#include "clirun.h"
#include "filesnapshot.h"
#include "session/sessionlock.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"

#include <QSysInfo>
#include <QTest>

using namespace attend;
using namespace attend::testing;

// Issue #27's fault suite: programs at the same time on one database — two opening a new file,
// two simulations taking codes, a session left running by a killed program beside one in
// progress.
class TestRaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_cli = std::make_unique<CliDatabase>(); }
    void cleanup() { m_cli.reset(); }
    void twoProcessesAtOnceBothSucceed();
    void checkListsSessionsLeftRunning();

private:
    std::unique_ptr<CliDatabase> m_cli;
};

void TestRaces::twoProcessesAtOnceBothSucceed()
{
    // Started together on a new file: each must find the other's schema, not create it twice;
    // two simulations must not pick the same code. 12 rounds (the race showed in 2 of 25).
    const auto together = [](const QStringList &a, const QStringList &b) {
        QProcess first, second;
        first.start(QStringLiteral(ATTEND_CLI), a);
        second.start(QStringLiteral(ATTEND_CLI), b);
        first.waitForFinished(120000);
        second.waitForFinished(120000);
        return std::pair{first.exitCode(), QString::fromUtf8(first.readAllStandardError() +
                                                             second.readAllStandardError())};
    };
    for (int round = 0; round < 12; ++round) {
        const QString path = m_cli->dir.filePath(QStringLiteral("race%1.sqlite").arg(round));
        const auto add = [&](const char *code) {
            return QStringList{QStringLiteral("--db"), path, QStringLiteral("participants"),
                               QStringLiteral("add"), QString::fromLatin1(code)};
        };
        const auto [code, err] = together(add("A1"), add("B1"));
        QVERIFY2(code == 0 && err.isEmpty(), qPrintable(err));
        const QStringList simulate{QStringLiteral("--db"),     path,
                                   QStringLiteral("simulate"), QStringLiteral("--participants"),
                                   QStringLiteral("2"),        QStringLiteral("--sessions"),
                                   QStringLiteral("1"),        QStringLiteral("--exercise"),
                                   QStringLiteral("sart"),     QStringLiteral("--trials"),
                                   QStringLiteral("4")};
        if (round < 3) { // slower: a few rounds
            const auto [simulated, problem] = together(simulate, simulate);
            QVERIFY2(simulated == 0 && !problem.contains(u"attend-cli:"), qPrintable(problem));
        }
        const CliRun list = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("participants"), QStringLiteral("list")});
        QCOMPARE(list.out.count(u'\n'), round < 3 ? 7 : 3); // header, A1, B1, SIM001–SIM004
    }
}

void TestRaces::checkListsSessionsLeftRunning()
{
    // P7's session was left by a program that died (its lock names a process that is gone),
    // P8's is in progress in a running program (this test holds its lock).
    auto d = testing::openOrFail(m_cli->path);
    QVERIFY(d);
    qint64 ids[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        NewSession s;
        s.participantId =
            ParticipantRepository(*d).add(QStringLiteral("P%1").arg(7 + i), {}).value().id;
        s.exercise = QStringLiteral("sart");
        ids[i] = SessionRepository(*d).start(s).value();
    }
    if (!m_cli->store.isPostgres()) { // a server drops a dead program's lock itself
        QFile dead(m_cli->path + QStringLiteral(".session-%1.lock").arg(ids[0]));
        QVERIFY(dead.open(QIODevice::WriteOnly));
        dead.write("2147483646\nattend\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        dead.close();
    }
    const auto live = SessionLock::acquire(*d, ids[1]);
    QVERIFY(live);
    const CliRun run = runCli(m_cli->db({QStringLiteral("check")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("sessions in progress: 1\n  session %1: participant "
                                             "P8, sart, assessment")
                                  .arg(ids[1])),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("sessions left running: 1\n  session %1: participant "
                                            "P7, sart, assessment")
                                 .arg(ids[0])));
    // Closing what was left: P7's only.
    const CliRun close =
        runCli(m_cli->db({QStringLiteral("sessions"), QStringLiteral("close-interrupted")}));
    QCOMPARE(close.exitCode, 0);
    QVERIFY2(close.out.contains(QStringLiteral("closed 1 sessions")), qPrintable(close.out));
    QCOMPARE(SessionRepository(*d).load(ids[0]).value().status, SessionStatus::Interrupted);
    QCOMPARE(SessionRepository(*d).load(ids[1]).value().status, SessionStatus::Running);
    QCOMPARE(runCli(m_cli->db({QStringLiteral("sessions"), QStringLiteral("list")})).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
