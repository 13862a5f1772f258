#include "database.h"

#include "dialect.h"
#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace attend {

namespace {

int nextConnectionNumber()
{
    static QAtomicInt counter;
    return counter.fetchAndAddRelaxed(1);
}

} // namespace

Database::Database(QString location, QString connectionName, std::unique_ptr<Dialect> dialect)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)),
      m_dialect(std::move(dialect))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_tidyOnClose && m_dialect->hasSideFiles(m_location))
        m_dialect->tidySideFiles(m_location, m_options.busyTimeoutMs);
}

QStringList Database::logProblems(const QString &location)
{
    auto dialect = Dialect::forLocation(location);
    return dialect ? dialect.value()->logProblems(location) : QStringList();
}

QString Database::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("attend.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options)
{
    auto dialect = Dialect::forLocation(location);
    if (!dialect)
        return dialect.error();
    auto checked = dialect.value()->checkLocation(location, options.mayCreate);
    if (!checked)
        return checked.error();
    const QString where = checked.value();
    const int latest = Schema::latestVersion();
    const int target = options.targetVersion.value_or(latest);
    auto version = dialect.value()->probeVersion(where, options.busyTimeoutMs);
    if (!version)
        return version.error();
    if (version.value() < 0)
        return Error(Error::Kind::Corrupt,
                     Error::tr("The database %1 is damaged: its schema version reads %2. It was "
                               "not changed.")
                         .arg(where)
                         .arg(version.value()),
                     where);
    if (version.value() > latest)
        return Error(Error::Kind::NewerSchema,
                     Error::tr("The database %1 was written by a newer version of Attend "
                               "(schema %2; this version knows up to %3). It was not changed.")
                         .arg(where)
                         .arg(version.value())
                         .arg(latest),
                     where);

    if (options.readOnly && version.value() < target)
        return Error(Error::Kind::Unsupported,
                     Error::tr("The database %1 has schema version %2, older than this Attend's "
                               "%3; the app or a command that writes upgrades it. It was not "
                               "changed.")
                         .arg(where)
                         .arg(version.value())
                         .arg(target),
                     where);
    const QString name = QStringLiteral("attend-%1").arg(nextConnectionNumber());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.value()->driver(), name);
        dialect.value()->prepare(db, where, options.busyTimeoutMs, options.readOnly);
    }
    const bool hadSideFiles = dialect.value()->hasSideFiles(where);
    std::unique_ptr<Database> database(new Database(where, name, std::move(dialect).value()));
    database->m_tidyOnClose = options.readOnly && !hadSideFiles;
    database->m_options = options;
    const Dialect &d = *database->m_dialect;
    QSqlDatabase db = database->connection();
    if (!db.open())
        return d.classify(db.lastError(), Error::tr("Opening"), where);
    if (auto configured =
            d.configure(db, where, options.durableCommits, options.busyTimeoutMs, options.readOnly);
        !configured)
        return configured.error();
    if (auto migrated = database->migrate(target); !migrated) {
        if (d.isServer() && migrated.error().kind() == Error::Kind::AccessDenied)
            return Error(Error::Kind::AccessDenied,
                         Error::tr("The database %1 has schema version %2 and this Attend needs "
                                   "%3; only the database's owner may upgrade it: ask the "
                                   "server's administrator to run \"attend-cli server init\" "
                                   "(docs/clinic.md).")
                             .arg(where)
                             .arg(version.value())
                             .arg(target),
                         where);
        return migrated.error();
    }
    auto rights = d.clinicianRights(db, where);
    if (!rights)
        return rights.error();
    database->m_clinicianRights = rights.value();
    return database;
}

bool Database::isServer() const
{
    return m_dialect->isServer();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Database::schemaVersion()
{
    QSqlDatabase db = connection();
    return m_dialect->schemaVersion(db, m_location);
}

Result<QStringList> Database::integrityCheck()
{
    QSqlDatabase db = connection();
    return m_dialect->integrityCheck(db, m_location);
}

std::unique_ptr<SessionHold> Database::holdSession(qint64 id) const
{
    QSqlDatabase db = connection();
    return m_dialect->holdSession(db, m_location, id);
}

Result<void> Database::reconnect()
{
    QSqlDatabase db = connection();
    db.close();
    m_transactionDepth = 0;
    if (!db.open())
        return m_dialect->classify(db.lastError(), Error::tr("Opening"), m_location);
    ++m_reconnections;
    return m_dialect->configure(db, m_location, m_options.durableCommits, m_options.busyTimeoutMs,
                                m_options.readOnly);
}

bool Database::sessionHeld(qint64 id) const
{
    QSqlDatabase db = connection();
    return m_dialect->sessionHeld(db, m_location, id);
}

Result<void> Database::migrate(int target)
{
    auto current = schemaVersion();
    if (!current)
        return current.error();
    if (current.value() >= target)
        return {};
    // The write lock before the version is read again: a second process opening the same new
    // file waits here (busy timeout), then finds the first one's schema instead of creating it
    // twice ("table participants already exists").
    for (const QString &begin : m_dialect->beginWriteTransaction())
        if (auto locked = exec(Error::tr("Locking the database to upgrade it"), begin); !locked)
            return locked.error();
    const auto finish = [&](Result<void> outcome) -> Result<void> {
        auto ended = exec(Error::tr("Upgrading the schema"),
                          outcome ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        if (!outcome)
            return outcome;
        return ended ? Result<void>() : Result<void>(ended.error());
    };
    current = schemaVersion();
    if (!current)
        return finish(current.error());
    for (int version = current.value() + 1; version <= target; ++version) {
        for (const QString &statement : Schema::migration(version))
            if (auto done = exec(Error::tr("Upgrading the schema to version %1").arg(version),
                                 m_dialect->adaptDdl(statement));
                !done)
                return finish(done.error());
        QSqlDatabase db = connection();
        if (auto set = m_dialect->setSchemaVersion(db, version, m_location); !set)
            return finish(set.error());
    }
    return finish({});
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (m_transactionDepth > 0)
        return work(); // the outer transaction commits or rolls back
    QSqlDatabase db = connection();
    if (!db.transaction())
        return m_dialect->classify(db.lastError(), Error::tr("Starting a transaction"), m_location);
    ++m_transactionDepth;
    Result<void> outcome = work();
    --m_transactionDepth;
    if (outcome && !db.commit())
        outcome = m_dialect->classify(db.lastError(), Error::tr("Saving"), m_location);
    if (!outcome)
        db.rollback();
    m_failedInTransaction.clear();
    return outcome;
}

// A server's connection lost outside a transaction is closed, and opened again by the next
// statement, so that the program recovers once the server is back. A read runs again at once on
// the new connection (twice changes nothing); a write does not: it may have committed before its
// answer was lost (TrialRepository::insert looks before it writes again).
Result<QSqlQuery> Database::exec(const QString &what, const QString &sql,
                                 const QVariantList &bindings)
{
    if (auto open = reopenIfClosed(); !open)
        return open.error();
    auto done = run(what, sql, bindings);
    if (done || done.error().kind() != Error::Kind::Unreachable || !isServer() ||
        m_transactionDepth > 0)
        return done;
    connection().close();
    if (!sql.trimmed().startsWith(u"SELECT", Qt::CaseInsensitive) || !reconnect())
        return done;
    return run(what, sql, bindings);
}

Result<void> Database::reopenIfClosed()
{
    if (!isServer() || m_transactionDepth > 0 || connection().isOpen())
        return {};
    return reconnect();
}

Result<QSqlQuery> Database::run(const QString &what, const QString &sql,
                                const QVariantList &bindings)
{
    // Without bindings, run as it is: PostgreSQL cannot prepare every statement (BEGIN).
    if (bindings.isEmpty()) {
        QSqlQuery query(connection());
        if (!query.exec(sql))
            return m_dialect->classify(query.lastError(), what, m_location);
        return query;
    }
    auto prepared = prepare(what, sql);
    if (!prepared)
        return prepared.error();
    if (auto done = execPrepared(prepared.value(), what, bindings); !done) {
        if (m_transactionDepth > 0)
            m_failedInTransaction.push_back(std::move(prepared).value());
        return done.error();
    }
    return prepared;
}

Result<QSqlQuery> Database::prepare(const QString &what, const QString &sql)
{
    if (auto open = reopenIfClosed(); !open)
        return open.error();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_dialect->classify(query.lastError(), what, m_location);
    return query;
}

Result<void> Database::execPrepared(QSqlQuery &query, const QString &what,
                                    const QVariantList &bindings)
{
    for (const QVariant &value : bindings) {
        // A null QString is still text: store '' (the columns are NOT NULL). SQL NULL is asked
        // for with a null QVariant. Flags are INTEGER columns, which PostgreSQL keeps apart
        // from its booleans.
        const bool nullText =
            value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
        if (nullText)
            query.addBindValue(QStringLiteral(""));
        else if (value.typeId() == QMetaType::Bool)
            query.addBindValue(int(value.toBool()));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return m_dialect->classify(query.lastError(), what, m_location);
    return {};
}

Result<qint64> Database::insert(const QString &what, const QString &sql,
                                const QVariantList &bindings)
{
    // One statement commits by itself; inside a transaction() it joins that one.
    auto query = exec(what, m_dialect->returningId(sql), bindings);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong()
                                : query.value().lastInsertId().toLongLong();
}

Result<void> Database::updateOne(const QString &what, const QString &sql,
                                 const QVariantList &bindings, const QString &missing)
{
    auto query = exec(what, sql, bindings);
    if (!query)
        return query.error();
    if (query.value().numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, missing, m_location);
    return {};
}

} // namespace attend
