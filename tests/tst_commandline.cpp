#include "storage/participantrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTest>

using namespace attend;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runAttend(const QStringList &args, const QString &home, int timeoutMs = 30000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home); // settings stay in the sandbox
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    // Qt warns on stderr without a runtime folder; the test reads stderr.
    const QString runtime = home + QStringLiteral("/run");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATTEND_GUI), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

// attend's kiosk options (DESIGN.md §7): bad values give one line and exit code 1.
class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void badKioskOptionsExitWithOne_data();
    void badKioskOptionsExitWithOne();
    void anUnattendedTimingCheckRunsAndQuits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("k.sqlite"));
    auto db = testing::openOrFail(m_db);
    QVERIFY(db);
    QVERIFY(ParticipantRepository(*db).add(QStringLiteral("P1"), {}));
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

void TestCommandLine::badKioskOptionsExitWithOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString p = QStringLiteral("--participant"), e = QStringLiteral("--exercise");
    QTest::newRow("an unknown mode")
        << QStringList{QStringLiteral("--timing-check"), QStringLiteral("--mode"),
                       QStringLiteral("fast")}
        << "--mode";
    QTest::newRow("a trial count that is not a number")
        << QStringList{QStringLiteral("--timing-check"), QStringLiteral("--trials"),
                       QStringLiteral("ten")}
        << "--trials";
    QTest::newRow("zero trials") << QStringList{QStringLiteral("--timing-check"),
                                                QStringLiteral("--trials"), QStringLiteral("0")}
                                 << "--trials";
    QTest::newRow("an exercise without a participant")
        << QStringList{e, QStringLiteral("x")} << "--participant";
    QTest::newRow("an exercise that is not installed")
        << QStringList{p, QStringLiteral("P1"), e, QStringLiteral("juggling")} << "juggling";
    QTest::newRow("a participant who does not exist")
        << QStringList{p, QStringLiteral("P9"), e, QStringLiteral("x")} << "P9";
    QTest::newRow("two runs at once") << QStringList{QStringLiteral("--timing-check"), e,
                                                     QStringLiteral("x"), p, QStringLiteral("P1")}
                                      << "exclude";
    QTest::newRow("session options without a session")
        << QStringList{QStringLiteral("--quit-when-done")} << "--quit-when-done";
    QTest::newRow("an unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << "--lang";
}

void TestCommandLine::badKioskOptionsExitWithOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run run = runAttend(QStringList{QStringLiteral("--db"), m_db} + args, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("attend: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
}

void TestCommandLine::anUnattendedTimingCheckRunsAndQuits()
{
    // One trial without a response: foreperiod 1–3 s, deadline 2 s, summary 5 s.
    const Run run =
        runAttend({QStringLiteral("--db"), m_db, QStringLiteral("--timing-check"),
                   QStringLiteral("--trials"), QStringLiteral("1"),
                   QStringLiteral("--no-instructions"), QStringLiteral("--quit-when-done")},
                  m_dir->path(), 60000);
    QCOMPARE(run.exitCode, 0);
    auto db = testing::openOrFail(m_db);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.status, s.participant_id, count(t.id), "
                                  "max(t.flags) FROM sessions s JOIN trials t ON "
                                  "t.session_id = s.id WHERE s.exercise = 'timing-check'")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
    QVERIFY(q.value(1).isNull()); // a check of the computer, not of a person
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt() & 8, 8); // NoResponse
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
