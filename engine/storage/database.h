#pragma once

#include "result.h"
#include "sessionhold.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class TestDatabase; // tests/tst_database.cpp checks exec() itself

namespace attend {

class Dialect;

// One open Attend database: an SQLite file (the embedded default) or a PostgreSQL database (a
// clinic's shared store), through its Dialect.
// Opening checks the database without writing to it first, so a file Attend cannot use is left
// exactly as it was. Only storage/ speaks SQL: the repositories run statements through the
// private exec(), insert() and updateOne().
class Database
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        // Migrate only up to this version (tests build every earlier version); none: latest.
        std::optional<int> targetVersion;
        // Every commit reaches the disk before it returns (synchronous = FULL). Off only for
        // bulk simulated data, where WAL with synchronous = NORMAL still never corrupts the file
        // but a power cut may lose the last commits.
        bool durableCommits = true;
        // Whether a missing database is created. Off for whatever only reads (attend-cli check,
        // export, …): a mistyped path must not become a new, empty database.
        bool mayCreate = true;
        // Opened read-only (attend-cli check, export, evaluate, participants list): never
        // migrated nor switched to WAL, and the side files it makes are removed when it closes.
        bool readOnly = false;
    };

    static Result<std::unique_ptr<Database>> open(const QString &location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &location)
    {
        return open(location, Options{});
    }
    // What is wrong with the log of committed changes beside the database at `location` (a
    // damaged or missing write-ahead log), read before anything opens it: opening would replay
    // what it can and hide the rest. None when sound.
    static QStringList logProblems(const QString &location);
    // AppDataLocation/attend.sqlite; the application identity must be set first.
    static QString defaultLocation();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString location() const { return m_location; }
    // A shared server (PostgreSQL) rather than a file of this computer.
    bool isServer() const;
    // Whether this connection may read names and what a clinician recorded, add and archive
    // participants and export: always with a file (the app's clinician lock guards it); with
    // the clinician role on a server (ServerRoles).
    bool clinicianRights() const { return m_clinicianRights; }
    QSqlDatabase connection() const;
    Result<int> schemaVersion();
    Result<QStringList> integrityCheck();

    // Marks that this program does session `id` until the hold is destroyed; none when another
    // running program does it. Whether a running program (this one too) holds the mark.
    std::unique_ptr<SessionHold> holdSession(qint64 id) const;
    bool sessionHeld(qint64 id) const;
    // Opens the connection to a server again after it was lost; how often that happened (a
    // session's mark, held by the connection, must then be taken again).
    Result<void> reconnect();
    int reconnections() const { return m_reconnections; }

    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    // Inside another transaction it joins that one (an import stores a whole file at once).
    Result<void> transaction(const std::function<Result<void>()> &work);

private:
    friend class AuditRepository;
    friend class DatabaseCopy;
    friend class ModelStateRepository;
    friend class ParticipantRepository;
    friend class ProgrammeRepository;
    friend class ServerRoles;
    friend class SessionRepository;
    friend class TrialRepository;
    friend class ::TestDatabase;

    // Prepares and runs a statement with positional bindings; the error names `what` and the file.
    Result<QSqlQuery> exec(const QString &what, const QString &sql,
                           const QVariantList &bindings = {});
    // exec() once, on the connection as it is.
    Result<QSqlQuery> run(const QString &what, const QString &sql, const QVariantList &bindings);
    // A server's connection closed after it was lost is opened again (outside a transaction).
    Result<void> reopenIfClosed();
    // A statement prepared once and run for many rows (DatabaseCopy's trials), with the same
    // bindings as exec().
    Result<QSqlQuery> prepare(const QString &what, const QString &sql);
    Result<void> execPrepared(QSqlQuery &query, const QString &what, const QVariantList &bindings);
    // Runs an INSERT (committed when this returns, unless inside a transaction()) and gives the
    // new id.
    Result<qint64> insert(const QString &what, const QString &sql, const QVariantList &bindings);
    // Runs a statement that must change exactly one row; otherwise fails as NotFound with
    // `missing` as its message. One statement, so it may run inside a transaction().
    Result<void> updateOne(const QString &what, const QString &sql, const QVariantList &bindings,
                           const QString &missing);

    const Dialect &dialect() const { return *m_dialect; }

    Database(QString location, QString connectionName, std::unique_ptr<Dialect> dialect);
    Result<void> migrate(int target);

    QString m_location;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
    int m_transactionDepth = 0;
    // Statements that failed inside the transaction, kept until it is rolled back: PostgreSQL
    // will not free a statement in an aborted transaction, and Qt's driver says so on stderr.
    std::vector<QSqlQuery> m_failedInTransaction;
    bool m_tidyOnClose = false; // read-only, and the side files were not there at the start
    bool m_clinicianRights = true;
    Options m_options;
    int m_reconnections = 0;
};

} // namespace attend
