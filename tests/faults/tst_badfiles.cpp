#include "clidatabase.h"
#include "clirun.h"
#include "filesnapshot.h"
#include "storage/participantrepository.h"
#include "storage/schema.h"
#include "testdatabase.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>
#include <sys/stat.h>

using namespace attend;
using namespace attend::testing;

// Issue #27's fault suite: files that are not what attend-cli expects — a damaged header, page or
// write-ahead log, a path in a missing folder, an empty file, a pipe or a device, a database of
// a newer Attend — and commands that only read, which must leave every file as they found it.
// Each is refused with one line naming the file, exit 2, and nothing made or changed.
class TestBadFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_cli = std::make_unique<CliDatabase>(); }
    void cleanup() { m_cli.reset(); }
    void aVersionOutOfRangeIsRefused_data();
    void aVersionOutOfRangeIsRefused();
    void noFlippedHeaderByteCrashesACheck();
    void readingCommandsNeverMakeADatabase_data();
    void readingCommandsNeverMakeADatabase();
    void onlyOrdinaryFilesAreOpened_data();
    void onlyOrdinaryFilesAreOpened();
    void unusableFilesExitWithTwo_data();
    void unusableFilesExitWithTwo();
    void checkFindsADamagedDatabase();
    void readingCommandsLeaveTheFilesAsTheyFoundThem_data();
    void readingCommandsLeaveTheFilesAsTheyFoundThem();
    void checkReportsADamagedLogAndOpensNothing_data();
    void checkReportsADamagedLogAndOpensNothing();

private:
    std::unique_ptr<CliDatabase> m_cli;
};

// A database whose last 30 commits are still in its write-ahead log, as a program killed
// after them leaves it: the files copied while the writer still has them open.
void killedWriter(const QString &from, const QString &to)
{
    auto db = openOrFail(from);
    QVERIFY(db);
    for (int i = 0; i < 30; ++i)
        QVERIFY(ParticipantRepository(*db).add(QStringLiteral("Q%1").arg(i), QString()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY(QFile::copy(from + suffix, to + suffix));
}

void TestBadFiles::readingCommandsNeverMakeADatabase_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("empty"); // an empty file instead of none
    const QStringList commands[] = {{QStringLiteral("check")},
                                    {QStringLiteral("participants"), QStringLiteral("list")},
                                    {QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--out"),
                                     QStringLiteral("OUT")},
                                    {QStringLiteral("evaluate")},
                                    {QStringLiteral("recompute")}};
    for (const QStringList &c : commands) {
        QTest::addRow("%s on a path in a missing folder", qPrintable(c.join(u' '))) << c << false;
        QTest::addRow("%s on an empty file", qPrintable(c.join(u' '))) << c << true;
    }
}

void TestBadFiles::readingCommandsNeverMakeADatabase()
{
    QFETCH(QStringList, args);
    QFETCH(bool, empty);
    const QString folder =
        m_cli->dir.filePath(empty ? QStringLiteral("here") : QStringLiteral("typo"));
    const QString path = folder + QStringLiteral("/attend.sqlite");
    if (empty) {
        QVERIFY(QDir().mkpath(folder));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    args.replaceInStrings(QStringLiteral("OUT"), m_cli->dir.filePath(QStringLiteral("out")));
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), path} + args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY2(
        run.err.contains(empty ? QStringLiteral("empty file") : QStringLiteral("no database at")),
        qPrintable(run.err));
    // Nothing made: no folder, no schema in the empty file, no journal beside it, no export.
    QCOMPARE(QFileInfo::exists(folder), empty);
    if (empty)
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("attend.sqlite")});
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFileInfo::exists(m_cli->dir.filePath(QStringLiteral("out"))));
}

void TestBadFiles::onlyOrdinaryFilesAreOpened_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("a named pipe") << QStringLiteral("FIFO");
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
}

void TestBadFiles::onlyOrdinaryFilesAreOpened()
{
    QFETCH(QString, path);
    if (path == u"FIFO") {
        path = m_cli->dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    }
    // Neither a reading nor a writing command: a pipe would hang, a device get a journal.
    for (const QStringList &args : {QStringList{QStringLiteral("check")},
                                    QStringList{QStringLiteral("participants"),
                                                QStringLiteral("add"), QStringLiteral("P1")}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), path} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not an ordinary file")), qPrintable(run.err));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestBadFiles::unusableFilesExitWithTwo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a text file") << "text";
    QTest::newRow("a database from a newer Attend") << "newer";
}

void TestBadFiles::unusableFilesExitWithTwo()
{
    QFETCH(QString, kind);
    if (kind == u"text") {
        QFile f(m_cli->path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, but it is long enough to have a header ........\n");
    } else {
        {
            auto d = testing::openOrFail(m_cli->path);
            QVERIFY(d);
            QSqlQuery q(d->connection());
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
        }
    }
    const QByteArray before = sha(m_cli->path);
    const CliRun run = runCli(m_cli->db({QStringLiteral("check")}));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(m_cli->path), qPrintable(run.err));
    QCOMPARE(sha(m_cli->path), before);
    // Nor is a log or its index left beside a file that was refused.
    QVERIFY(!QFileInfo::exists(m_cli->path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(m_cli->path + QStringLiteral("-shm")));
}

void TestBadFiles::checkFindsADamagedDatabase()
{
    {
        auto d = testing::openOrFail(m_cli->path);
        QVERIFY(d);
        for (int i = 0; i < 400; ++i)
            QVERIFY(ParticipantRepository(*d).add(QStringLiteral("P%1").arg(i), QString(60, u'n')));
    }
    QFile f(m_cli->path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 8 * 4096);
    f.seek(5 * 4096); // a table page, well past the header and schema on page 1
    f.write(QByteArray(200, '\xA5'));
    f.close();
    const CliRun run = runCli(m_cli->db({QStringLiteral("check")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(m_cli->path), qPrintable(run.err));
}

void TestBadFiles::readingCommandsLeaveTheFilesAsTheyFoundThem_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("rollbackJournal"); // else: WAL with commits not yet checkpointed
    for (const bool journal : {true, false}) {
        const char *kind = journal ? "a rollback-journal file" : "a log not yet checkpointed";
        QTest::addRow("check on %s", kind) << QStringList{QStringLiteral("check")} << journal;
        QTest::addRow("participants list on %s", kind)
            << QStringList{QStringLiteral("participants"), QStringLiteral("list")} << journal;
        QTest::addRow("export on %s", kind)
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("OUT")}
            << journal;
    }
}

void TestBadFiles::readingCommandsLeaveTheFilesAsTheyFoundThem()
{
    QFETCH(QStringList, args);
    QFETCH(bool, rollbackJournal);
    if (rollbackJournal) {
        {
            auto d = testing::openOrFail(m_cli->path);
            QVERIFY(d && ParticipantRepository(*d).add(QStringLiteral("P1"), QString()));
        }
        auto d = testing::openOrFail(m_cli->path);
        QSqlQuery q(d->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    } else {
        killedWriter(m_cli->dir.filePath(QStringLiteral("writer.sqlite")), m_cli->path);
    }
    const auto before = filesOf(m_cli->path, false);
    args.replaceInStrings(QStringLiteral("OUT"), m_cli->dir.filePath(QStringLiteral("out")));
    const CliRun run = runCli(m_cli->db(args));
    QCOMPARE(run.exitCode, 0);
    // What the log holds is read (30 people), and nothing is written, switched or checkpointed.
    if (args.first() != u"export")
        QVERIFY2(run.out.contains(rollbackJournal ? QStringLiteral("P1") : QStringLiteral("Q29")) ||
                     run.out.contains(rollbackJournal ? QStringLiteral("participants: 1")
                                                      : QStringLiteral("participants: 30")),
                 qPrintable(run.out));
    QVERIFY(filesOf(m_cli->path, false) == before);
}

void TestBadFiles::checkReportsADamagedLogAndOpensNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("a flipped byte in a frame")
        << QStringLiteral("flip") << QStringLiteral("fail their checksum");
    QTest::newRow("cut in the middle of a frame")
        << QStringLiteral("cut") << QStringLiteral("cut short in the middle of a frame");
    QTest::newRow("frames cut off at a frame's end")
        << QStringLiteral("frames") << QStringLiteral("but its index lists");
    QTest::newRow("the log deleted")
        << QStringLiteral("delete") << QStringLiteral("is missing or empty");
}

void TestBadFiles::checkReportsADamagedLogAndOpensNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    killedWriter(m_cli->dir.filePath(QStringLiteral("writer.sqlite")), m_cli->path);
    const QString walPath = m_cli->path + QStringLiteral("-wal");
    QFile wal(walPath);
    QVERIFY(wal.open(QIODevice::ReadWrite));
    QByteArray log = wal.readAll();
    const qsizetype frame = 24 + 4096; // SQLite's default page size, which Attend keeps
    QVERIFY(log.size() > 32 + 10 * frame);
    if (damage == u"flip")
        log[32 + 3 * frame + 24 + 100] = char(log[32 + 3 * frame + 24 + 100] ^ 0x5a);
    else if (damage == u"cut")
        log.chop(frame / 2);
    else if (damage == u"frames")
        log.truncate(32 + ((log.size() - 32) / frame - 4) * frame);
    QVERIFY(wal.resize(0) && wal.seek(0) && wal.write(log) == log.size());
    wal.close();
    if (damage == u"delete")
        QVERIFY(QFile::remove(walPath));
    const auto before = filesOf(m_cli->path);
    for (int round = 0; round < 2; ++round) { // and the next check finds it all the same
        const CliRun run = runCli(m_cli->db({QStringLiteral("check")}));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(message) && run.err.contains(walPath), qPrintable(run.err));
        QVERIFY(filesOf(m_cli->path) == before);
    }
}

void TestBadFiles::aVersionOutOfRangeIsRefused_data()
{
    // Once these aborted both programs (an uncaught out_of_range from the version lookup).
    QTest::addColumn<qint64>("version");
    QTest::newRow("a negative schema version") << qint64(-1);
    QTest::newRow("the largest schema version") << qint64(2147483647);
}

void TestBadFiles::aVersionOutOfRangeIsRefused()
{
    QFETCH(qint64, version);
    {
        auto d = openOrFail(m_cli->path);
        QVERIFY(d);
        QSqlQuery q(d->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    const QByteArray before = sha(m_cli->path);
    for (const QStringList &args : {QStringList{QStringLiteral("check")},
                                    QStringList{QStringLiteral("participants"),
                                                QStringLiteral("add"), QStringLiteral("P1")}}) {
        const CliRun run = runCli(m_cli->db(args));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(m_cli->path), qPrintable(run.err));
    }
    QCOMPARE(sha(m_cli->path), before);
}

void TestBadFiles::noFlippedHeaderByteCrashesACheck()
{
    // Each of the 100 bytes of SQLite's file header in turn, all its bits flipped: `check` ends
    // normally, either content (a byte SQLite does not rely on) or refusing the file in one line
    // with exit 2; the file is never changed.
    QVERIFY(runCli(m_cli->db({QStringLiteral("participants"), QStringLiteral("add"),
                              QStringLiteral("P1")}))
                .exitCode == 0);
    QFile good(m_cli->path);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray original = good.readAll();
    good.close();
    QVERIFY(original.size() >= 100);
    const QString path = m_cli->dir.filePath(QStringLiteral("flipped.sqlite"));
    int refused = 0;
    for (int offset = 0; offset < 100; ++offset) {
        QByteArray bytes = original;
        bytes[offset] = char(~bytes[offset]);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                f.write(bytes) == bytes.size());
        f.close();
        QProcess p;
        p.start(QStringLiteral(ATTEND_CLI),
                {QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QString where = QStringLiteral("byte %1: %2").arg(offset).arg(err);
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, qPrintable(where));
        QVERIFY2(p.exitCode() == 0 ||
                     (p.exitCode() == 2 && err.count(u'\n') == 1 && err.contains(path)),
                 qPrintable(where));
        refused += p.exitCode() == 2;
        QVERIFY2(sha(path) == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256),
                 qPrintable(where));
        for (const char *side : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFileInfo::exists(path + QLatin1String(side)), qPrintable(where + QLatin1String(side)));
    }
    qInfo("%d of the 100 header bytes, flipped, make `check` refuse the file", refused);
    // The magic string alone is 16 bytes, each of which makes the file no database.
    QVERIFY2(refused >= 16, qPrintable(QString::number(refused)));
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
