#include "sqlitedialect.h"

#include "sqlitewalcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace attend {

namespace {

// SQLite's primary result codes (https://www.sqlite.org/rescode.html).
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kConstraint = 19;
constexpr int kNotADatabase = 26;

// SQLite's fixed text for a result code (sqlite3_errstr), for errors that reach us without the
// code: Qt's driver keeps only the text of a failed COMMIT — where a full disk shows itself.
int codeOfText(const QString &text)
{
    static const std::pair<const char *, int> texts[] = {
        {"database or disk is full", kFull},
        {"database is locked", kBusy},
        {"database table is locked", kLocked},
        {"attempt to write a readonly database", kReadOnly},
        {"database disk image is malformed", kCorrupt},
        {"unable to open database file", kCantOpen},
        {"file is not a database", kNotADatabase},
    };
    for (const auto &[message, code] : texts)
        if (text.startsWith(QLatin1String(message)))
            return code;
    return 0;
}

// `<database>.session-<id>.lock` (QLockFile: the holder's process id, taken over once that
// process is gone).
class LockFileHold final : public SessionHold
{
public:
    static std::unique_ptr<LockFileHold> take(const QString &location, qint64 id)
    {
        auto file =
            std::make_unique<QLockFile>(location + QStringLiteral(".session-%1.lock").arg(id));
        // A session may run for an hour: only a holder that is gone makes the lock stale.
        file->setStaleLockTime(0);
        if (!file->tryLock(0))
            return nullptr;
        return std::unique_ptr<LockFileHold>(new LockFileHold(std::move(file)));
    }

private:
    explicit LockFileHold(std::unique_ptr<QLockFile> file) : m_file(std::move(file)) {}
    std::unique_ptr<QLockFile> m_file;
};

QString connectOptions(int busyTimeoutMs, bool readOnly)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

// Mode bits as well as access(): root may write anywhere, but a file or folder someone marked
// read-only is meant to stay untouched.
bool writable(const QFileInfo &info)
{
    return info.isWritable() && info.permission(QFileDevice::WriteOwner);
}

Result<void> checkFile(const QString &path)
{
    using Kind = Error::Kind;
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (file.exists() && file.isDir())
        return Error(Kind::InvalidInput,
                     Error::tr("%1 is a folder, not a database file.").arg(path), path);
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder))
        return Error(Kind::FolderNotWritable,
                     Error::tr("Cannot create the folder %1 for the database.").arg(folder), path);
    if (!QFileInfo(folder).isDir())
        return Error(Kind::FolderNotWritable,
                     Error::tr("Cannot create the folder %1 for the database: a file of that "
                               "name is in the way.")
                         .arg(folder),
                     path);
    if (file.exists() && !writable(file))
        return Error(Kind::FileReadOnly, Error::tr("The database file %1 is read-only.").arg(path),
                     path);
    // SQLite keeps its write-ahead log beside the file, so the folder must be writable too.
    if (!writable(QFileInfo(folder)))
        return Error(Kind::FolderNotWritable,
                     Error::tr("The folder %1 is not writable.").arg(folder), path);
    return {};
}

} // namespace

Result<QString> SqliteDialect::checkLocation(const QString &location, bool mayCreate) const
{
    const QString path = QFileInfo(location).absoluteFilePath();
    const QFileInfo file(path);
    // A pipe would hang SQLite's open; a device would get a journal file beside it in /dev.
    if (file.exists() && !file.isFile() && !file.isDir())
        return Error(Error::Kind::InvalidInput,
                     Error::tr("%1 is not an ordinary file (it is a device, a pipe or a socket); "
                               "Attend keeps its data only in ordinary files.")
                         .arg(path),
                     path);
    if (!mayCreate && !file.exists())
        return Error(Error::Kind::NotFound,
                     Error::tr("There is no database at %1; nothing was created.").arg(path), path);
    if (!mayCreate && file.isFile() && file.size() == 0)
        return Error(
            Error::Kind::NotADatabase,
            Error::tr("%1 is an empty file, not an Attend database; it was not changed.").arg(path),
            path);
    if (auto usable = checkFile(path); !usable)
        return usable.error();
    return path;
}

Result<QSqlQuery> SqliteDialect::run(QSqlDatabase &db, const QString &sql,
                                     const QString &location) const
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return classify(query.lastError(), sql, location);
    return query;
}

void SqliteDialect::prepare(QSqlDatabase &db, const QString &location, int busyTimeoutMs,
                            bool readOnly) const
{
    db.setDatabaseName(location);
    db.setConnectOptions(connectOptions(busyTimeoutMs, readOnly));
}

bool SqliteDialect::hasSideFiles(const QString &location) const
{
    return QFileInfo::exists(location + QStringLiteral("-wal")) ||
           QFileInfo::exists(location + QStringLiteral("-shm"));
}

void SqliteDialect::tidySideFiles(const QString &location, int busyTimeoutMs) const
{
    const QString name = QStringLiteral("attend-tidy-%1").arg(quintptr(&location));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver(), name);
        prepare(db, location, busyTimeoutMs, false);
        if (db.open()) {
            // What it reads does not matter; its close does.
            static_cast<void>(
                run(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), location));
            db.close(); // the last connection checkpoints nothing and deletes the empty log
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QString SqliteDialect::adaptDdl(QString ddl) const
{
    // SQLite's INTEGER holds 64 bits; the key is the rowid.
    ddl.replace(QStringLiteral("{id}"), QStringLiteral("INTEGER PRIMARY KEY"));
    ddl.replace(QStringLiteral("{int64}"), QStringLiteral("INTEGER"));
    ddl.replace(QStringLiteral("{blob}"), QStringLiteral("BLOB"));
    // A version 4 UUID (RFC 4122 §4.4) from SQLite's random bytes, for rows made before UUIDs.
    ddl.replace(QStringLiteral("{new_uuid}"),
                QStringLiteral("lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || "
                               "'-4' || substr(lower(hex(randomblob(2))), 2) || '-' || "
                               "substr('89ab', 1 + (abs(random()) % 4), 1) || "
                               "substr(lower(hex(randomblob(2))), 2) || '-' || "
                               "lower(hex(randomblob(6)))"));
    return ddl;
}

// SQLite's JSON1 functions give JSON false as the integer 0.
QString SqliteDialect::jsonIsFalse(const QString &column) const
{
    return QStringLiteral("json_extract(%1, ?) = 0").arg(column);
}

QVariant SqliteDialect::jsonPath(const QStringList &keys) const
{
    QString path = QStringLiteral("$");
    for (const QString &key : keys)
        path += QStringLiteral(".\"%1\"").arg(key);
    return path;
}

Result<void> SqliteDialect::configure(QSqlDatabase &db, const QString &path, bool durableCommits,
                                      int busyTimeoutMs, bool readOnly) const
{
    if (readOnly) { // nothing that writes: the journal mode stays as the file has it
        auto keys = run(db, QStringLiteral("PRAGMA foreign_keys = ON"), path);
        if (!keys)
            return keys.error();
        return {};
    }
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON",
          durableCommits ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"}) {
        auto result = run(db, QString::fromLatin1(pragma), path);
        if (!result)
            return result.error();
    }
    // Switching a new file to WAL needs it to itself, and SQLite answers "busy" at once rather
    // than waiting: while a second program is creating the same file, wait as for any lock.
    QElapsedTimer waited;
    waited.start();
    auto mode = run(db, QStringLiteral("PRAGMA journal_mode = WAL"), path);
    while (!mode && mode.error().kind() == Error::Kind::Locked &&
           waited.elapsed() < busyTimeoutMs) {
        QThread::msleep(20);
        mode = run(db, QStringLiteral("PRAGMA journal_mode = WAL"), path);
    }
    if (!mode)
        return mode.error();
    if (!mode.value().next() || mode.value().value(0).toString().compare(u"wal") != 0)
        return Error(
            Error::Kind::Query,
            Error::tr("Could not switch the database %1 to write-ahead logging.").arg(path), path);
    return {};
}

Result<int> SqliteDialect::schemaVersion(QSqlDatabase &db, const QString &path) const
{
    auto query = run(db, QStringLiteral("PRAGMA user_version"), path);
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toInt();
}

Result<void> SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version,
                                             const QString &path) const
{
    auto query = run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), path);
    if (!query)
        return query.error();
    return {};
}

Result<int> SqliteDialect::probe(const QString &path, int busyTimeoutMs, bool readOnly) const
{
    const QString name = QStringLiteral("attend-probe-%1").arg(quintptr(&path));
    const bool hadSideFiles = hasSideFiles(path);
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions(busyTimeoutMs, readOnly));
        if (!db.open()) {
            result = classify(db.lastError(), Error::tr("opening"), path);
        } else {
            // Reading the schema table forces SQLite to read and check the file header.
            auto schema = run(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), path);
            result = schema ? schemaVersion(db, path) : Result<int>(schema.error());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    // A read-only look at a WAL database makes its -wal and -shm; a file refused (e.g. of a
    // newer schema) is left as it was found.
    if (readOnly && !hadSideFiles && hasSideFiles(path))
        tidySideFiles(path, busyTimeoutMs);
    return result;
}

Result<int> SqliteDialect::probeVersion(const QString &path, int busyTimeoutMs) const
{
    if (!QFileInfo::exists(path))
        return 0;
    // Read-only, so that a database of a newer schema is left as it was. A program killed in the
    // middle of a transaction leaves a journal that only a writer may roll back (SQLite reports
    // the file as read-only then); the caller has checked the file is writable, and the roll-back
    // is SQLite's own crash recovery, so a second look is taken with a writer.
    Result<int> result = probe(path, busyTimeoutMs, true);
    if (!result && result.error().kind() == Error::Kind::FileReadOnly)
        result = probe(path, busyTimeoutMs, false);
    return result;
}

QStringList SqliteDialect::logProblems(const QString &location) const
{
    return SqliteWalCheck::problems(QFileInfo(location).absoluteFilePath());
}

Result<QStringList> SqliteDialect::integrityCheck(QSqlDatabase &db, const QString &path) const
{
    auto query = run(db, QStringLiteral("PRAGMA integrity_check"), path);
    if (!query)
        return query.error();
    // One problem a line: SQLite may put several in one row, under "*** in database main ***".
    QStringList lines;
    while (query.value().next())
        for (const QString &line :
             query.value().value(0).toString().split(u'\n', Qt::SkipEmptyParts))
            if (!line.startsWith(u"*** "))
                lines << line;
    return lines;
}

std::unique_ptr<SessionHold> SqliteDialect::holdSession(QSqlDatabase &, const QString &location,
                                                        qint64 id) const
{
    return LockFileHold::take(location, id);
}

bool SqliteDialect::sessionHeld(QSqlDatabase &, const QString &location, qint64 id) const
{
    return !LockFileHold::take(location, id); // taken and released at once when no one holds it
}

Error SqliteDialect::classify(const QSqlError &error, const QString &what,
                              const QString &path) const
{
    using Kind = Error::Kind;
    const QString detail = error.databaseText();
    const int native = error.nativeErrorCode().toInt() & 0xff; // extended codes carry the primary
    const int code = native != 0 ? native : codeOfText(detail);
    switch (code) {
    case kBusy:
    case kLocked:
        return {Kind::Locked,
                Error::tr("The database %1 is locked by another program. Close it and try again.")
                    .arg(path),
                path};
    case kNotADatabase:
        return {Kind::NotADatabase, Error::tr("The file %1 is not an Attend database.").arg(path),
                path};
    case kCorrupt:
        return {Kind::Corrupt, Error::tr("The database %1 is damaged (%2).").arg(path, detail),
                path};
    case kReadOnly:
        return {Kind::FileReadOnly, Error::tr("The database %1 is read-only.").arg(path), path};
    case kFull:
        return {Kind::Query, Error::tr("The disk holding %1 is full.").arg(path), path};
    case kCantOpen:
        return {Kind::FolderNotWritable, Error::tr("The database %1 cannot be opened.").arg(path),
                path};
    case kConstraint:
        return {Kind::Duplicate,
                Error::tr("%1 was refused by the database %2: %3").arg(what, path, detail), path};
    default:
        return {Kind::Query, Error::tr("%1 failed on the database %2: %3").arg(what, path, detail),
                path};
    }
}

} // namespace attend
