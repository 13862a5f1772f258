#include "postgresdialect.h"

#include "postgreslocation.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace attend {

namespace {

// Any number, the same in every Attend: the advisory lock two workstations take to migrate the
// schema one after the other.
constexpr int kSchemaLock = 0x41747464; // "Attd"

// The first key of the advisory locks that mark sessions in progress ("Sess"); the second is
// the session's id.
constexpr int kSessionLock = 0x53657373;

// Held by the connection of the program doing the session; the server drops it when that
// connection ends, also when the program is killed or its computer loses power. Released only
// by the server process that took it: after a reconnection the name is the same but the
// server's process is another, which does not hold it (and would say so on stderr).
class AdvisoryHold final : public SessionHold
{
public:
    AdvisoryHold(QString connectionName, qint64 id, qint64 backend)
        : m_connection(std::move(connectionName)), m_id(id), m_backend(backend)
    {}
    ~AdvisoryHold() override
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("SELECT CASE WHEN pg_backend_pid() = %3 THEN "
                                              "pg_advisory_unlock(%1, %2) END")
                                   .arg(kSessionLock)
                                   .arg(m_id)
                                   .arg(m_backend));
    }

private:
    QString m_connection;
    qint64 m_id;
    qint64 m_backend; // pg_backend_pid() of the connection that took it
};

// libpq's words for a connection that went away mid-statement, which reach Qt without an
// SQLSTATE (libpq's fe-misc.c, fe-protocol3.c; the server's 57P01 as text).
bool connectionLost(const QSqlError &error)
{
    static const char *const lost[] = {
        "terminating connection",
        "server closed the connection",
        "no connection to the server",
        "could not receive data from server",
        "could not send data to server",
        "connection has been closed",
        "database not open",
        "Driver not loaded",
    };
    const QString text = error.databaseText() + u' ' + error.driverText();
    return std::any_of(std::begin(lost), std::end(lost),
                       [&](const char *words) { return text.contains(QLatin1String(words)); });
}

const char kTablesInUse[] = "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                            "current_schema() AND tablename <> 'attend_schema'";

} // namespace

Result<QString> PostgresDialect::checkLocation(const QString &location, bool) const
{
    // The database itself must exist either way: creating one is the server administrator's.
    auto parsed = PostgresLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return parsed.value().url();
}

void PostgresDialect::prepare(QSqlDatabase &db, const QString &location, int, bool) const
{
    const PostgresLocation l = PostgresLocation::parse(location).value();
    db.setHostName(l.host);
    if (l.port)
        db.setPort(*l.port);
    db.setDatabaseName(l.database);
    db.setUserName(l.user);
    db.setConnectOptions(l.connectOptions());
}

Result<QSqlQuery> PostgresDialect::run(QSqlDatabase &db, const QString &sql,
                                       const QString &location) const
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return classify(query.lastError(), sql, location);
    return query;
}

Result<int> PostgresDialect::probeVersion(const QString &location, int busyTimeoutMs) const
{
    const QString name = QStringLiteral("attend-probe-%1").arg(quintptr(&location));
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver(), name);
        prepare(db, location, busyTimeoutMs, true);
        if (!db.open()) {
            result = connectionError(db.lastError(), location);
        } else {
            result = schemaVersion(db, location);
            auto others = run(db, QString::fromLatin1(kTablesInUse), location);
            if (result && result.value() == 0 && others && others.value().next() &&
                others.value().value(0).toInt() > 0)
                result = Error(Error::Kind::NotADatabase,
                               Error::tr("The database %1 holds tables that are not Attend's; "
                                         "it was not changed.")
                                   .arg(location),
                               location);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<bool> PostgresDialect::clinicianRights(QSqlDatabase &db, const QString &location) const
{
    auto names = run(db,
                     QStringLiteral("SELECT has_column_privilege('participants', 'display_name', "
                                    "'SELECT')"),
                     location);
    if (!names)
        return names.error();
    return names.value().next() && names.value().value(0).toBool();
}

QStringList PostgresDialect::beginWriteTransaction() const
{
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock)};
}

QString PostgresDialect::returningId(const QString &insert) const
{
    return insert + QStringLiteral(" RETURNING id");
}

QString PostgresDialect::jsonIsFalse(const QString &column) const
{
    return QStringLiteral("(%1::jsonb #> ?::text[]) = 'false'::jsonb").arg(column);
}

QVariant PostgresDialect::jsonPath(const QStringList &keys) const
{
    QStringList quoted;
    for (QString key : keys)
        quoted << u'"' +
                      key.replace(u'\\', QStringLiteral("\\\\"))
                          .replace(u'"', QStringLiteral("\\\"")) +
                      u'"';
    return u'{' + quoted.join(u',') + u'}';
}

Result<void> PostgresDialect::configure(QSqlDatabase &db, const QString &location,
                                        bool durableCommits, int busyTimeoutMs, bool readOnly) const
{
    QStringList settings = {QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs),
                            QStringLiteral("SET client_min_messages = warning")};
    // Bulk simulated data only: a server crash may lose the last commits, never corrupt.
    if (!durableCommits)
        settings << QStringLiteral("SET synchronous_commit = off");
    if (readOnly)
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString &setting : settings)
        if (auto done = run(db, setting, location); !done)
            return done.error();
    return {};
}

QString PostgresDialect::adaptDdl(QString ddl) const
{
    ddl.replace(QStringLiteral("{id}"),
                QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    ddl.replace(QStringLiteral("{int64}"), QStringLiteral("BIGINT"));
    ddl.replace(QStringLiteral("{blob}"), QStringLiteral("BYTEA"));
    ddl.replace(QStringLiteral("{new_uuid}"), QStringLiteral("gen_random_uuid()::text"));
    // PostgreSQL's REAL has 4 bytes (6 digits); SQLite's, like every value Attend stores, 8.
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    ddl.replace(real, QStringLiteral("DOUBLE PRECISION"));
    return ddl;
}

Result<int> PostgresDialect::schemaVersion(QSqlDatabase &db, const QString &location) const
{
    auto exists =
        run(db, QStringLiteral("SELECT to_regclass('attend_schema') IS NOT NULL"), location);
    if (!exists)
        return exists.error();
    if (!exists.value().next() || !exists.value().value(0).toBool())
        return 0;
    auto version = run(db, QStringLiteral("SELECT max(version) FROM attend_schema"), location);
    if (!version)
        return version.error();
    return version.value().next() ? version.value().value(0).toInt() : 0;
}

Result<void> PostgresDialect::setSchemaVersion(QSqlDatabase &db, int version,
                                               const QString &location) const
{
    for (const QString &sql :
         {QStringLiteral("CREATE TABLE IF NOT EXISTS attend_schema (version INTEGER NOT NULL)"),
          QStringLiteral("DELETE FROM attend_schema"),
          QStringLiteral("INSERT INTO attend_schema (version) VALUES (%1)").arg(version)})
        if (auto done = run(db, sql, location); !done)
            return done.error();
    return {};
}

Result<QStringList> PostgresDialect::integrityCheck(QSqlDatabase &db, const QString &location) const
{
    // The server keeps its own files sound (and checksums them when the cluster was made so);
    // what a client can check is that every table of the schema is there and readable.
    for (const char *table :
         {"participants", "sessions", "trials", "model_states", "audit", "programme_assignments"})
        if (auto read = run(db,
                            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) t")
                                .arg(QLatin1String(table)),
                            location);
            !read)
            return read.error();
    return QStringList{QStringLiteral("ok")};
}

std::unique_ptr<SessionHold> PostgresDialect::holdSession(QSqlDatabase &db, const QString &,
                                                          qint64 id) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1, %2), pg_backend_pid()")
                        .arg(kSessionLock)
                        .arg(id)) ||
        !query.next() || !query.value(0).toBool())
        return nullptr;
    return std::make_unique<AdvisoryHold>(db.connectionName(), id, query.value(1).toLongLong());
}

// pg_locks shows a two-key advisory lock as classid, objid and objsubid 2 (PostgreSQL 15
// documentation, §54.12), held by any connection to this database, this one included.
bool PostgresDialect::sessionHeld(QSqlDatabase &db, const QString &, qint64 id) const
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                     "AND database = (SELECT oid FROM pg_database WHERE datname "
                                     "= current_database()) AND classid = %1 AND objid = %2 AND "
                                     "objsubid = 2 AND granted")
                          .arg(kSessionLock)
                          .arg(id)) &&
           query.next() && query.value(0).toInt() > 0;
}

Error PostgresDialect::connectionError(const QSqlError &error, const QString &location) const
{
    using Kind = Error::Kind;
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.driverText()
                               : error.databaseText().trimmed();
    const QString first = detail.section(u'\n', 0, 0);
    struct Known // a text of libpq's and what it means
    {
        QStringList needles;
        Kind kind;
        QString message; // %1 the location, %2 libpq's first line
    };
    // Checked in this order. Not every text naming SSL: a TLS connection that drops ("SSL
    // SYSCALL error") is only lost.
    const Known known[] = {
        {{QStringLiteral("password"), QStringLiteral("authentication")},
         Kind::AccessDenied,
         Error::tr("The server of %1 did not accept the user or password (%2). Attend reads the "
                   "password from ~/.pgpass or the PGPASSWORD variable.")},
        {{QStringLiteral("pg_hba.conf")},
         Kind::AccessDenied,
         Error::tr("The server of %1 does not accept this connection (%2). Its pg_hba.conf says "
                   "who may connect from where, and whether only with TLS (sslmode; "
                   "docs/clinic.md).")},
        {{QStringLiteral("certificate"), QStringLiteral("does not support SSL")},
         Kind::AccessDenied,
         Error::tr("The server of %1 could not be verified over TLS (%2): check the certificate "
                   "of the authority that signed the server's (sslrootcert; docs/clinic.md).")},
        {{QStringLiteral("does not exist")},
         Kind::NotFound,
         Error::tr("The server has no such database or user: %1 (%2).")},
    };
    for (const Known &k : known)
        if (std::any_of(k.needles.begin(), k.needles.end(),
                        [&](const QString &needle) { return detail.contains(needle); }))
            return {k.kind, k.message.arg(location, first), location};
    return {Kind::Unreachable,
            Error::tr("The database server of %1 cannot be reached: %2")
                .arg(location, detail.isEmpty() ? Error::tr("the connection was lost.") : first),
            location};
}

Error PostgresDialect::classify(const QSqlError &error, const QString &what,
                                const QString &location) const
{
    using Kind = Error::Kind;
    // SQLSTATE codes (PostgreSQL 15 documentation, Appendix A).
    const QString state = error.nativeErrorCode();
    const QString detail = error.databaseText().section(u'\n', 0, 0).trimmed();
    if (error.type() == QSqlError::ConnectionError || state.startsWith(u"08") ||
        state.startsWith(u"57P") || (state.isEmpty() && detail.isEmpty()) || connectionLost(error))
        return connectionError(error, location);
    if (state.startsWith(u"28") || state == u"42501")
        return {Kind::AccessDenied,
                Error::tr("%1 is not allowed for this user on the database %2: %3")
                    .arg(what, location, detail),
                location};
    if (state == u"23505")
        return {Kind::Duplicate,
                Error::tr("%1 was refused by the database %2: %3").arg(what, location, detail),
                location};
    if (state == u"55P03" || state == u"40001" || state == u"40P01")
        return {Kind::Locked,
                Error::tr("The database %1 is busy with another workstation's change. Try again.")
                    .arg(location),
                location};
    if (state == u"53100")
        return {Kind::Query, Error::tr("The disk of the server holding %1 is full.").arg(location),
                location};
    if (state == u"25006")
        return {Kind::FileReadOnly,
                Error::tr("%1 was refused: the database %2 is open read-only.").arg(what, location),
                location};
    return {Kind::Query, Error::tr("%1 failed on the database %2: %3").arg(what, location, detail),
            location};
}

} // namespace attend
