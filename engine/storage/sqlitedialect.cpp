#include "sqlitedialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace attend::sqlite {

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

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return classify(query.lastError(), sql, path);
    return query;
}

} // namespace

QString connectOptions(int busyTimeoutMs, bool readOnly)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

QString adaptDdl(QString ddl)
{
    ddl.replace(QStringLiteral("{id}"), QStringLiteral("INTEGER PRIMARY KEY"));
    ddl.replace(QStringLiteral("{blob}"), QStringLiteral("BLOB"));
    return ddl;
}

Result<void> configure(QSqlDatabase &db, const QString &path, bool durableCommits)
{
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON",
          durableCommits ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"}) {
        auto result = run(db, QString::fromLatin1(pragma), path);
        if (!result)
            return result.error();
    }
    auto mode = run(db, QStringLiteral("PRAGMA journal_mode = WAL"), path);
    if (!mode)
        return mode.error();
    if (!mode.value().next() || mode.value().value(0).toString().compare(u"wal") != 0)
        return Error(
            Error::Kind::Query,
            Error::tr("Could not switch the database %1 to write-ahead logging.").arg(path), path);
    return {};
}

Result<int> userVersion(QSqlDatabase &db, const QString &path)
{
    auto query = run(db, QStringLiteral("PRAGMA user_version"), path);
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toInt();
}

Result<void> setUserVersion(QSqlDatabase &db, int version, const QString &path)
{
    auto query = run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), path);
    if (!query)
        return query.error();
    return {};
}

Result<int> probeVersion(const QString &path, int busyTimeoutMs)
{
    const QString name = QStringLiteral("attend-probe-%1").arg(quintptr(&path));
    const auto probe = [&](bool readOnly) {
        Result<int> result = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(connectOptions(busyTimeoutMs, readOnly));
            if (!db.open()) {
                result = classify(db.lastError(), Error::tr("opening"), path);
            } else {
                // Reading the schema table forces SQLite to read and check the file header.
                auto schema = run(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), path);
                result = schema ? userVersion(db, path) : Result<int>(schema.error());
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    };
    // Read-only, so that a database of a newer schema is left as it was. A program killed in the
    // middle of a transaction leaves a journal that only a writer may roll back (SQLite reports
    // the file as read-only then); the caller has checked the file is writable, and the roll-back
    // is SQLite's own crash recovery, so a second look is taken with a writer.
    Result<int> result = probe(true);
    if (!result && result.error().kind() == Error::Kind::FileReadOnly)
        result = probe(false);
    return result;
}

Result<QStringList> integrityCheck(QSqlDatabase &db, const QString &path)
{
    auto query = run(db, QStringLiteral("PRAGMA integrity_check"), path);
    if (!query)
        return query.error();
    QStringList lines;
    while (query.value().next())
        lines << query.value().value(0).toString();
    return lines;
}

Error classify(const QSqlError &error, const QString &what, const QString &path)
{
    using Kind = Error::Kind;
    const int code = error.nativeErrorCode().toInt() & 0xff; // extended codes carry the primary
    const QString detail = error.databaseText();
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

} // namespace attend::sqlite
