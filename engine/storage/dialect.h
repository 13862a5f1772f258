#pragma once

#include "result.h"
#include "sessionhold.h"

#include <QSqlDatabase>
#include <QStringList>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace attend {

// Everything particular to one database backend (DESIGN.md §2, storage/): how a location is
// checked and opened, the column types of the portable schema, the schema version, the
// integrity check and what a driver error means. Database and the repositories speak portable
// SQL through it; a second backend (PostgreSQL) is a sibling of SqliteDialect.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The dialect for a location: a postgresql:// URL is PostgreSQL, anything else an SQLite
    // file path.
    static Result<std::unique_ptr<Dialect>> forLocation(const QString &location);

    virtual QString driver() const = 0; // the Qt SQL driver
    virtual bool isServer() const = 0;  // a shared server rather than a file of this computer
    // Whether the connected user may read names and what a clinician recorded (and so add,
    // archive and export): on a server, the clinician role (ServerRoles).
    virtual Result<bool> clinicianRights(QSqlDatabase &db, const QString &location) const = 0;
    // The location as stored (e.g. an absolute path); checks it can hold a database, writing
    // nothing but a missing folder. Without `mayCreate` the database must already exist (and
    // nothing, not even the folder, is created).
    virtual Result<QString> checkLocation(const QString &location, bool mayCreate) const = 0;
    // The schema version of an existing database, read without changing it (0 when none
    // exists yet); tells "not a database", "locked" and "corrupt" apart.
    virtual Result<int> probeVersion(const QString &location, int busyTimeoutMs) const = 0;
    // `readOnly`: the connection may not write (commands that only read).
    virtual void prepare(QSqlDatabase &db, const QString &location, int busyTimeoutMs,
                         bool readOnly) const = 0;
    // The statements that begin a transaction holding the schema's write lock from its start.
    virtual QStringList beginWriteTransaction() const = 0;
    // An INSERT into a table with an {id} key, made to give the new row's id as its one result
    // column where the driver cannot tell it otherwise; unchanged where it can.
    virtual QString returningId(const QString &insert) const = 0;
    // An SQL condition: the JSON text in `column`, at the path bound to its one placeholder
    // (see jsonPath), holds false.
    virtual QString jsonIsFalse(const QString &column) const = 0;
    virtual QVariant jsonPath(const QStringList &keys) const = 0;
    // Session settings after opening (SQLite: foreign keys, WAL, synchronous); a read-only
    // connection changes nothing in the file (it is not switched to WAL).
    virtual Result<void> configure(QSqlDatabase &db, const QString &location, bool durableCommits,
                                   int busyTimeoutMs, bool readOnly) const = 0;
    // Whether the files the backend keeps beside the database (SQLite: -wal, -shm) are there.
    virtual bool hasSideFiles(const QString &location) const = 0;
    // Removes side files that a read-only connection made and no program uses, without touching
    // the data (SQLite: a connection opened and closed deletes an empty log when it is the last).
    virtual void tidySideFiles(const QString &location, int busyTimeoutMs) const = 0;
    // The portable schema's placeholders as this backend's types: {id} a 64-bit key, {int64}
    // a 64-bit integer (nanoseconds, seeds), {blob} bytes; {new_uuid} an expression giving a
    // random UUID as text.
    virtual QString adaptDdl(QString ddl) const = 0;
    virtual Result<int> schemaVersion(QSqlDatabase &db, const QString &location) const = 0;
    virtual Result<void> setSchemaVersion(QSqlDatabase &db, int version,
                                          const QString &location) const = 0;
    // What is wrong with the backend's log of committed changes not yet in the database, read
    // without opening or changing anything (SQLite: a damaged or missing -wal); none when sound.
    virtual QStringList logProblems(const QString &location) const = 0;
    // "ok", or the problems the backend reports.
    virtual Result<QStringList> integrityCheck(QSqlDatabase &db, const QString &location) const = 0;
    // Marks that this program does session `id` (see SessionHold); none when a running program
    // holds the mark already.
    virtual std::unique_ptr<SessionHold> holdSession(QSqlDatabase &db, const QString &location,
                                                     qint64 id) const = 0;
    virtual bool sessionHeld(QSqlDatabase &db, const QString &location, qint64 id) const = 0;
    // A driver error as an Error whose message names the operation and the location.
    virtual Error classify(const QSqlError &error, const QString &what,
                           const QString &location) const = 0;
};

} // namespace attend
