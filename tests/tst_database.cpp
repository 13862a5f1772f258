#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/schema.h"
#include "storage/sqlitedialect.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attend;
using Kind = Error::Kind;

namespace {

// The schema as SQLite describes it, to compare databases built by different migration paths.
QStringList schemaOf(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString();
    return rows;
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    q.next();
    return q.value(0).toString();
}

// Everything in a folder, with the bytes of every file: what "left untouched" means.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::ReadOnly);
        files.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

// A plain SQLite file (rollback journal) with the given user_version, not made by Attend.
void makeRawDatabase(const QString &path, int userVersion)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteErrorsAreNamedForPeople_data();
    void sqliteErrorsAreNamedForPeople();
    void anEmptyFileIsMigratedToTheLatestSchema();
    void everyEarlierVersionMigratesToTheSameSchema_data();
    void everyEarlierVersionMigratesToTheSameSchema();
    void versionTwoGivesEveryExistingRowItsOwnUuid();
    void pragmasAreInForce();
    void foreignKeysAreEnforced();
    void dataSurvivesReopening();
    void aMissingFolderIsCreated();
    void unusableFilesAreRefusedAndLeftUntouched_data();
    void unusableFilesAreRefusedAndLeftUntouched();
    void aLockedDatabaseIsReportedAndLeftUntouched();
    void aFileKilledMidTransactionIsRecovered();
    void aServerThatDoesNotAnswerIsReportedWithItsLocation();
    void transactionRollsBackWhenTheWorkFails();
};

void TestDatabase::anEmptyFileIsMigratedToTheLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto db = testing::openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion().value(), Schema::latestVersion());
    const QStringList schema = schemaOf(*db);
    for (const char *table : {"participants", "sessions", "trials", "model_states", "audit"})
        QVERIFY2(schema.filter(QStringLiteral("table|%1|").arg(QLatin1String(table))).size() == 1,
                 table);
    QVERIFY(!schema.filter(QStringLiteral("index|trials_by_session|")).isEmpty());
}

void TestDatabase::everyEarlierVersionMigratesToTheSameSchema_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Schema::latestVersion(); ++v)
        QTest::addRow("from version %d to the latest", v) << v;
}

void TestDatabase::everyEarlierVersionMigratesToTheSameSchema()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    auto reference = testing::openOrFail(fresh);
    QVERIFY(reference);
    {
        Database::Options options;
        options.targetVersion = from;
        auto atOld = testing::openOrFail(old, options);
        QVERIFY(atOld);
        QCOMPARE(atOld->schemaVersion().value(), from);
    }
    auto migrated = testing::openOrFail(old);
    QVERIFY(migrated);
    QCOMPARE(migrated->schemaVersion().value(), Schema::latestVersion());
    QCOMPARE(schemaOf(*migrated), schemaOf(*reference));
}

void TestDatabase::versionTwoGivesEveryExistingRowItsOwnUuid()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 1;
        auto v1 = testing::openOrFail(path, options);
        QVERIFY(v1);
        for (const char *code : {"P1", "P2", "P3"})
            QVERIFY(v1->exec(QStringLiteral("add"),
                             QStringLiteral("INSERT INTO participants (code, created_at) VALUES "
                                            "(?, 'now')"),
                             {QString::fromLatin1(code)}));
        for (int i = 0; i < 4; ++i)
            QVERIFY(v1->exec(QStringLiteral("start"),
                             QStringLiteral("INSERT INTO sessions (participant_id, exercise, mode, "
                                            "status, started_at, app_version, build_id, rng_seed) "
                                            "VALUES (1, 'sart', 'assessment', 'completed', 'now', "
                                            "'0', 'x', 7)")));
    }
    auto db = testing::openOrFail(path);
    QVERIFY(db);
    QVERIFY(ParticipantRepository(*db).add(QStringLiteral("P4"), {})); // a new row gets one too
    // RFC 4122 version 4: 8-4-4-4-12 hex digits, "4" leading the third group, 8/9/a/b the fourth.
    const QRegularExpression v4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const char *table : {"participants", "sessions"}) {
        auto q = db->exec(QStringLiteral("read"),
                          QStringLiteral("SELECT uuid FROM %1").arg(QLatin1String(table)));
        QVERIFY(q);
        QSet<QString> seen;
        while (q.value().next()) {
            const QString uuid = q.value().value(0).toString();
            QVERIFY2(v4.match(uuid).hasMatch(), qPrintable(uuid));
            seen.insert(uuid);
        }
        QCOMPARE(seen.size(), 4); // one each, none shared
    }
}

void TestDatabase::pragmasAreInForce()
{
    QTemporaryDir dir;
    Database::Options options;
    options.busyTimeoutMs = 1234;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("p.sqlite")), options);
    QVERIFY(db);
    QCOMPARE(pragma(*db, "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(*db, "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(*db, "synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(*db, "busy_timeout"), QStringLiteral("1234"));
}

void TestDatabase::foreignKeysAreEnforced()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("fk.sqlite")));
    QVERIFY(db);
    auto orphan = db->exec(QStringLiteral("orphan session"),
                           QStringLiteral("INSERT INTO sessions (participant_id, exercise, mode, "
                                          "status, started_at, app_version, build_id, rng_seed) "
                                          "VALUES (42, 'x', 'training', 'running', 't', 'v', "
                                          "'b', 1)"));
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().kind(), Kind::Duplicate); // a constraint violation
}

void TestDatabase::dataSurvivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    {
        auto db = testing::openOrFail(path);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("add"),
                         QStringLiteral("INSERT INTO participants (code, created_at) VALUES "
                                        "('P1', 'now')")));
    }
    auto again = testing::openOrFail(path);
    QVERIFY(again);
    auto q = again->exec(QStringLiteral("read"), QStringLiteral("SELECT code FROM participants"));
    QVERIFY(q);
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("P1"));
}

void TestDatabase::aMissingFolderIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/attend.sqlite"));
    auto db = testing::openOrFail(path);
    QVERIFY(db);
    QVERIFY(QFileInfo::exists(path));
}

void TestDatabase::unusableFilesAreRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<int>("kind");
    QTest::newRow("a text file is not a database") << "text"
                                                   << "notes.txt" << int(Kind::NotADatabase);
    QTest::newRow("a database from a newer Attend is refused")
        << "newer"
        << "future.sqlite" << int(Kind::NewerSchema);
    QTest::newRow("a negative schema version reads as damage")
        << "negative"
        << "minus.sqlite" << int(Kind::Corrupt);
    QTest::newRow("a read-only file is refused") << "readonly"
                                                 << "ro.sqlite" << int(Kind::FileReadOnly);
    QTest::newRow("a read-only folder is refused")
        << "readonlydir"
        << "locked/new.sqlite" << int(Kind::FolderNotWritable);
    QTest::newRow("a file where the folder should be is refused")
        << "blockingfile"
        << "blocker/new.sqlite" << int(Kind::FolderNotWritable);
    QTest::newRow("a folder where the file should be is refused")
        << "folder"
        << "isadir" << int(Kind::InvalidInput);
}

void TestDatabase::unusableFilesAreRefusedAndLeftUntouched()
{
    QFETCH(QString, setup);
    QFETCH(QString, relativePath);
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(relativePath);
    if (setup == u"text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("participant,score\nP1,12\n" + QByteArray(2000, 'x'));
    } else if (setup == u"newer") {
        makeRawDatabase(path, Schema::latestVersion() + 1);
    } else if (setup == u"negative") {
        makeRawDatabase(path, -1);
    } else if (setup == u"readonly") {
        QVERIFY(testing::openOrFail(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    } else if (setup == u"readonlydir") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                                      QFile::ReadOwner | QFile::ExeOwner));
    } else if (setup == u"blockingfile") {
        QFile f(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (setup == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(relativePath));
    }
    const QString folder = QFileInfo(path).absolutePath();
    const auto before = snapshot(folder);
    const auto beforeTop = snapshot(dir.path());

    auto opened = Database::open(path);
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().kind()), kind);
    QVERIFY2(opened.error().message().contains(QFileInfo(path).absolutePath()),
             qPrintable(opened.error().message()));
    QCOMPARE(snapshot(folder), before);
    QCOMPARE(snapshot(dir.path()), beforeTop);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDatabase::aLockedDatabaseIsReportedAndLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    makeRawDatabase(path, 0);
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const auto before = snapshot(dir.path());

        Database::Options options;
        options.busyTimeoutMs = 100;
        auto opened = Database::open(path, options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), Kind::Locked);
        QVERIFY(opened.error().message().contains(path));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        holder.close();
        // The journal the holder kept is gone now; the database file itself is unchanged.
        QCOMPARE(snapshot(dir.path()).value(QStringLiteral("busy.sqlite")),
                 before.value(QStringLiteral("busy.sqlite")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(testing::openOrFail(path)); // usable once the other program lets go
}

// A program killed while it wrote, in rollback-journal mode (as while a new database is being
// set up): the file and its hot journal, copied while the transaction was open, are what it
// leaves. Opening rolls the transaction back and keeps what was committed.
void TestDatabase::aFileKilledMidTransactionIsRecovered()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
    makeRawDatabase(live, 0);
    {
        QSqlDatabase writer =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(live);
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO future VALUES (1)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 1"))); // pages reach the file early
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i < 20000) INSERT INTO future SELECT "
                                      "randomblob(100) FROM n")));
        QVERIFY(QFile::exists(live + QStringLiteral("-journal")));
        QVERIFY(QFile::copy(live, crashed));
        QVERIFY(
            QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));

    auto db = testing::openOrFail(crashed);
    QVERIFY(db);
    QCOMPARE(db->integrityCheck().value(), QStringList{QStringLiteral("ok")});
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM future")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the committed row, not the 20 000 in flight
}

void TestDatabase::aServerThatDoesNotAnswerIsReportedWithItsLocation()
{
    QTemporaryDir empty; // a socket folder where no server listens
    const QString url = QStringLiteral("postgresql:///attend?host=%1").arg(empty.path());
    auto opened = Database::open(url);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind(), Kind::Unreachable);
    QVERIFY2(opened.error().message().contains(url), qPrintable(opened.error().message()));
}

void TestDatabase::transactionRollsBackWhenTheWorkFails()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db);
    auto failed = db->transaction([&]() -> Result<void> {
        auto insert = db->exec(QStringLiteral("add"),
                               QStringLiteral("INSERT INTO participants (code, created_at) "
                                              "VALUES ('P1', 'now')"));
        if (!insert)
            return insert.error();
        return Error(Kind::Query, QStringLiteral("later step failed"));
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error().message(), QStringLiteral("later step failed"));
    auto count =
        db->exec(QStringLiteral("count"), QStringLiteral("SELECT count(*) FROM participants"));
    QVERIFY(count && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 0);
}

void TestDatabase::sqliteErrorsAreNamedForPeople_data()
{
    QTest::addColumn<QString>("native");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString full = QStringLiteral("The disk holding /data/a.sqlite is full.");
    QTest::newRow("a full disk, with its code")
        << QStringLiteral("13") << QStringLiteral("database or disk is full") << full;
    // Qt's driver keeps only the text of a failed COMMIT, where a full disk shows itself.
    QTest::newRow("a full disk at the commit, without a code")
        << QString() << QStringLiteral("database or disk is full") << full;
    QTest::newRow("a lock at the commit, without a code")
        << QString() << QStringLiteral("database is locked")
        << QStringLiteral("The database /data/a.sqlite is locked by another program. Close it "
                          "and try again.");
    QTest::newRow("an unknown failure keeps SQLite's words")
        << QString() << QStringLiteral("no such table: x")
        << QStringLiteral("Saving failed on the database /data/a.sqlite: no such table: x");
}

void TestDatabase::sqliteErrorsAreNamedForPeople()
{
    QFETCH(QString, native);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const QSqlError error(QStringLiteral("Unable to commit transaction"), text,
                          QSqlError::TransactionError, native);
    QCOMPARE(SqliteDialect()
                 .classify(error, QStringLiteral("Saving"), QStringLiteral("/data/a.sqlite"))
                 .message(),
             message);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
