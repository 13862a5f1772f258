#include "database.h"

#include "schema.h"
#include "sqlitedialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace attend {

namespace {

// Mode bits as well as access(): root may write anywhere, but a file or folder someone marked
// read-only is meant to stay untouched.
bool writable(const QFileInfo &info)
{
    return info.isWritable() && info.permission(QFileDevice::WriteOwner);
}

Result<void> checkLocation(const QString &path)
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

int nextConnectionNumber()
{
    static QAtomicInt counter;
    return counter.fetchAndAddRelaxed(1);
}

} // namespace

Database::Database(QString location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("attend.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Options options)
{
    using Kind = Error::Kind;
    if (location.trimmed().isEmpty())
        return Error(Kind::InvalidInput, Error::tr("No database location was given."));
    if (location.startsWith(u"postgresql://") || location.startsWith(u"postgres://"))
        return Error(Kind::Unsupported,
                     Error::tr("PostgreSQL databases are not supported by this version of "
                               "Attend: %1")
                         .arg(location),
                     location);

    const QString path = QFileInfo(location).absoluteFilePath();
    if (auto usable = checkLocation(path); !usable)
        return usable.error();

    const int latest = Schema::latestVersion();
    const int target = options.targetVersion < 0 ? latest : options.targetVersion;
    if (QFileInfo::exists(path)) {
        auto version = sqlite::probeVersion(path, options.busyTimeoutMs);
        if (!version)
            return version.error();
        if (version.value() > latest)
            return Error(Kind::NewerSchema,
                         Error::tr("The database %1 was written by a newer version of Attend "
                                   "(schema %2; this version knows up to %3). It was not "
                                   "changed.")
                             .arg(path)
                             .arg(version.value())
                             .arg(latest),
                         path);
    }

    const QString name = QStringLiteral("attend-%1").arg(nextConnectionNumber());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(sqlite::connectOptions(options.busyTimeoutMs, false));
    }
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return sqlite::classify(db.lastError(), Error::tr("Opening"), path);
    if (auto configured = sqlite::configure(db, path, options.durableCommits); !configured)
        return configured.error();
    if (auto migrated = database->migrate(target); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Database::schemaVersion()
{
    QSqlDatabase db = connection();
    return sqlite::userVersion(db, m_location);
}

Result<QStringList> Database::integrityCheck()
{
    QSqlDatabase db = connection();
    return sqlite::integrityCheck(db, m_location);
}

Result<void> Database::migrate(int target)
{
    auto current = schemaVersion();
    if (!current)
        return current.error();
    for (int version = current.value() + 1; version <= target; ++version) {
        auto step = transaction([&]() -> Result<void> {
            for (const QString &statement : Schema::migration(version)) {
                auto done = exec(Error::tr("Upgrading the schema to version %1").arg(version),
                                 sqlite::adaptDdl(statement));
                if (!done)
                    return done.error();
            }
            QSqlDatabase db = connection();
            return sqlite::setUserVersion(db, version, m_location);
        });
        if (!step)
            return step.error();
    }
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return sqlite::classify(db.lastError(), Error::tr("Starting a transaction"), m_location);
    Result<void> outcome = work();
    if (!outcome) {
        db.rollback();
        return outcome;
    }
    if (!db.commit()) {
        Error error = sqlite::classify(db.lastError(), Error::tr("Saving"), m_location);
        db.rollback();
        return error;
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &what, const QString &sql,
                                 const QVariantList &bindings)
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return sqlite::classify(query.lastError(), what, m_location);
    for (const QVariant &value : bindings) {
        // A null QString is still text: store '' (the columns are NOT NULL). SQL NULL is asked
        // for with a null QVariant.
        const bool nullText =
            value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        return sqlite::classify(query.lastError(), what, m_location);
    return query;
}

Result<qint64> Database::insert(const QString &what, const QString &sql,
                                const QVariantList &bindings)
{
    qint64 id = 0;
    auto saved = transaction([&]() -> Result<void> {
        auto query = exec(what, sql, bindings);
        if (!query)
            return query.error();
        id = query.value().lastInsertId().toLongLong();
        return {};
    });
    if (!saved)
        return saved.error();
    return id;
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
