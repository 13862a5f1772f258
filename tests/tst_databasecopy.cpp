// attend-cli copy (issue #23): a workstation's file into a clinic's database and back, run
// twice without storing anything twice; the target's exports equal the source's byte for byte.
// The target is a second file, or (tst_databasecopy_postgres) a database on the test server.

#include "clirun.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "testdatabase.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTest>

using namespace attend;

namespace {

using Run = testing::CliRun;
using testing::runCli;

Run copy(const QString &from, const QString &to)
{
    return runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
}

// The export's CSV files (export.json holds the time of the export and is left out).
QMap<QString, QByteArray> exported(const QString &db, const QString &out)
{
    const Run run =
        runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--out"), out});
    QMap<QString, QByteArray> files;
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return files;
    }
    for (const QString &name : QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        QFile f(out + u'/' + name);
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, f.readAll());
    }
    return files;
}

} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aCopyAndItsBackupExportAsTheSourceDoes();
    void runningSessionsWaitAndConflictingCodesStopTheCopy();

private:
    std::unique_ptr<testing::TestStore> m_store;
    QString m_source; // a workstation's file
};

void TestDatabaseCopy::init()
{
    m_store = std::make_unique<testing::TestStore>();
    m_source = m_store->folder() + QStringLiteral("/workstation.sqlite");
    const Run simulated =
        runCli({QStringLiteral("--db"), m_source, QStringLiteral("simulate"),
                QStringLiteral("--participants"), QStringLiteral("2"), QStringLiteral("--sessions"),
                QStringLiteral("2"), QStringLiteral("--exercise"), QStringLiteral("all"),
                QStringLiteral("--trials"), QStringLiteral("12")});
    QCOMPARE(simulated.exitCode, 0);
}

void TestDatabaseCopy::aCopyAndItsBackupExportAsTheSourceDoes()
{
    const QString clinic = m_store->location(QStringLiteral("clinic.sqlite"));
    const Run first = copy(m_source, clinic);
    QCOMPARE(first.exitCode, 0);
    // 2 people × 5 exercises × 2 sessions.
    QVERIFY2(first.out.contains(QStringLiteral("copied 2 participants, 20 sessions")),
             qPrintable(first.out + first.err));
    const Run again = copy(m_source, clinic);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("copied 0 participants, 0 sessions, 0 trials")),
             qPrintable(again.out));
    QVERIFY(again.out.contains(QStringLiteral("20 sessions were there already")));

    const QString backup = m_store->folder() + QStringLiteral("/backup.sqlite");
    QCOMPARE(copy(clinic, backup).exitCode, 0);
    const auto want = exported(m_source, m_store->folder() + QStringLiteral("/a"));
    QCOMPARE(want.size(), 4); // trials, sessions, measures, data dictionary
    QVERIFY(want.value(QStringLiteral("trials.csv")).count('\n') > 200);
    QCOMPARE(exported(clinic, m_store->folder() + QStringLiteral("/b")), want);
    QCOMPARE(exported(backup, m_store->folder() + QStringLiteral("/c")), want);
}

void TestDatabaseCopy::runningSessionsWaitAndConflictingCodesStopTheCopy()
{
    {
        auto db = testing::openOrFail(m_source);
        QVERIFY(db);
        NewSession s;
        s.participantId = ParticipantRepository(*db).byCode(QStringLiteral("SIM001")).value().id;
        s.exercise = QStringLiteral("sart");
        QVERIFY(SessionRepository(*db).start(s));
    }
    const QString clinic = m_store->location(QStringLiteral("clinic.sqlite"));
    const Run first = copy(m_source, clinic);
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains(QStringLiteral("20 sessions")));
    QVERIFY2(first.out.contains(QStringLiteral("left for a later copy (still running): SIM001 "
                                               "sart, session 21")),
             qPrintable(first.out));

    // Another workstation's SIM001 is someone else: nothing of it is copied.
    const QString other = m_store->folder() + QStringLiteral("/other.sqlite");
    QCOMPARE(runCli({QStringLiteral("--db"), other, QStringLiteral("participants"),
                     QStringLiteral("add"), QStringLiteral("SIM001")})
                 .exitCode,
             0);
    const Run conflict = copy(other, clinic);
    QCOMPARE(conflict.exitCode, 2);
    QVERIFY2(conflict.err.contains(QStringLiteral("The code SIM001 names a different person")),
             qPrintable(conflict.err));
    QCOMPARE(conflict.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
