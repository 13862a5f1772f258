#include "trialspool.h"

#include "appidentity.h"
#include "auditrepository.h"
#include "database.h"
#include "sessionrepository.h"
#include "trialrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace attend {

namespace {

const QString kTrial = QStringLiteral("trial");
const QString kEnd = QStringLiteral("end");

// Nanoseconds as text: JSON numbers are doubles, exact only to 2^53.
QJsonValue nsJson(std::optional<std::int64_t> ns)
{
    return ns ? QJsonValue(QString::number(*ns)) : QJsonValue();
}

std::optional<std::int64_t> nsFrom(const QJsonValue &v)
{
    return v.isString() ? std::optional<std::int64_t>(v.toString().toLongLong()) : std::nullopt;
}

QJsonValue realJson(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> realFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject trialJson(const TrialRecord &t)
{
    const auto text = [](const std::string &s) { return QString::fromStdString(s); };
    return {{QStringLiteral("task"), text(t.task)},
            {QStringLiteral("block"), t.block},
            {QStringLiteral("index"), t.index},
            {QStringLiteral("practice"), t.practice},
            {QStringLiteral("condition"), text(t.condition)},
            {QStringLiteral("difficulty"), t.difficulty},
            {QStringLiteral("stimulus"), text(t.stimulus)},
            {QStringLiteral("requested_onset_ns"), nsJson(t.requestedOnsetNs)},
            {QStringLiteral("onset_ns"), nsJson(t.onsetNs)},
            {QStringLiteral("frames_shown"), t.framesShown},
            {QStringLiteral("response"), text(t.response)},
            {QStringLiteral("response_ns"), nsJson(t.responseNs)},
            {QStringLiteral("correct"), t.correct},
            {QStringLiteral("flags"), qint64(t.flags)},
            {QStringLiteral("predicted_correct"), realJson(t.predictedCorrect)},
            {QStringLiteral("predicted_rt_ms"), realJson(t.predictedRtMs)},
            {QStringLiteral("controller_rule"), text(t.controllerRule)}};
}

TrialRecord trialFrom(const QJsonObject &o)
{
    const auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString().toStdString();
    };
    TrialRecord t;
    t.task = text("task");
    t.block = o.value(QStringLiteral("block")).toInt();
    t.index = o.value(QStringLiteral("index")).toInt();
    t.practice = o.value(QStringLiteral("practice")).toBool();
    t.condition = text("condition");
    t.difficulty = o.value(QStringLiteral("difficulty")).toDouble();
    t.stimulus = text("stimulus");
    t.requestedOnsetNs = nsFrom(o.value(QStringLiteral("requested_onset_ns")));
    t.onsetNs = nsFrom(o.value(QStringLiteral("onset_ns")));
    t.framesShown = o.value(QStringLiteral("frames_shown")).toInt();
    t.response = text("response");
    t.responseNs = nsFrom(o.value(QStringLiteral("response_ns")));
    t.correct = o.value(QStringLiteral("correct")).toBool();
    t.flags = std::uint32_t(o.value(QStringLiteral("flags")).toInteger());
    t.predictedCorrect = realFrom(o.value(QStringLiteral("predicted_correct")));
    t.predictedRtMs = realFrom(o.value(QStringLiteral("predicted_rt_ms")));
    t.controllerRule = text("controller_rule");
    return t;
}

struct Item
{
    qint64 id = 0;
    QString session;
    QString kind;
    QJsonObject content;
};

// A trial the server has already is not stored again; an end finds its session running, or
// closed meanwhile (a clinician closed it as interrupted): then the end is dropped.
Result<void> sendItem(Database &db, qint64 session, const QString &kind, const QJsonObject &content)
{
    if (kind == kTrial) {
        auto stored = TrialRepository(db).insertOnce(session, trialFrom(content));
        return stored ? Result<void>() : Result<void>(stored.error());
    }
    auto ended = SessionRepository(db).finish(
        session, sessionStatusFrom(content.value(QStringLiteral("status")).toString()),
        content.value(QStringLiteral("summary")).toObject(),
        QDateTime::fromString(content.value(QStringLiteral("ended_at")).toString(),
                              Qt::ISODateWithMs));
    if (!ended && ended.error().kind() == Error::Kind::NotFound)
        return {};
    return ended;
}

} // namespace

TrialSpool::TrialSpool(QString location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{}

TrialSpool::~TrialSpool()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString TrialSpool::defaultLocation()
{
    return QFileInfo(openUserSettings()->fileName()).dir().filePath(QStringLiteral("spool.sqlite"));
}

Result<std::unique_ptr<TrialSpool>> TrialSpool::open(const QString &location)
{
    if (!QDir().mkpath(QFileInfo(location).absolutePath()))
        return Error(Error::Kind::FolderNotWritable,
                     Error::tr("Trials cannot be kept on this computer: the folder of %1 cannot "
                               "be made.")
                         .arg(location),
                     location);
    const QString name = QStringLiteral("attend-spool-%1").arg(QUuid::createUuid().toString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::unique_ptr<TrialSpool> spool(new TrialSpool(location, name));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open())
        return spool->failure(
            Error::tr("The trials kept on this computer in %1 could not be opened: %2"));
    QSqlQuery q(db);
    for (const QString &statement :
         {QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS kept (id INTEGER PRIMARY KEY, "
                         "session_uuid TEXT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, "
                         "kept_at TEXT NOT NULL)")})
        if (!q.exec(statement))
            return spool->failure(
                Error::tr("The trials kept on this computer in %1 could not be opened: %2"));
    return spool;
}

// `sentence` names the spool's file as %1 and the driver's reason as %2.
Error TrialSpool::failure(const QString &sentence) const
{
    const QSqlError e = QSqlDatabase::database(m_connectionName, false).lastError();
    return Error(Error::Kind::Query, sentence.arg(m_location, e.text()), m_location);
}

Result<void> TrialSpool::keep(const QString &sessionUuid, const QString &kind,
                              const QJsonObject &content)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO kept (session_uuid, kind, content, kept_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(sessionUuid);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return failure(Error::tr("A trial could not be kept on this computer in %1: %2"));
    return {};
}

Result<void> TrialSpool::keepTrial(const QString &sessionUuid, const TrialRecord &trial)
{
    return keep(sessionUuid, kTrial, trialJson(trial));
}

Result<void> TrialSpool::keepEnd(const QString &sessionUuid, SessionStatus status,
                                 const QJsonObject &summary, const QDateTime &endedAt)
{
    return keep(sessionUuid, kEnd,
                {{QStringLiteral("status"), storedName(status)},
                 {QStringLiteral("summary"), summary},
                 {QStringLiteral("ended_at"), endedAt.toUTC().toString(Qt::ISODateWithMs)}});
}

Result<int> TrialSpool::waiting()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM kept")) || !q.next())
        return failure(
            Error::tr("The trials kept on this computer in %1 could not be counted: %2"));
    return q.value(0).toInt();
}

Result<void> TrialSpool::forget(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM kept WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(Error::tr("A trial sent to the server could not be removed from %1: %2"));
    return {};
}

Result<TrialSpool::Sent> TrialSpool::send(Database &db)
{
    std::vector<Item> items;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (!q.exec(QStringLiteral("SELECT id, session_uuid, kind, content FROM kept ORDER BY id")))
            return failure(
                Error::tr("The trials kept on this computer in %1 could not be read: %2"));
        while (q.next())
            items.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             QJsonDocument::fromJson(q.value(3).toByteArray()).object()});
    }
    QHash<QString, std::optional<qint64>> sessions; // UUID → the server's id
    QHash<qint64, int> trialsOf;                    // sent, per session
    Sent sent;
    for (const Item &item : items) {
        if (!sessions.contains(item.session)) {
            auto id = SessionRepository(db).byUuid(item.session);
            if (!id)
                return id.error();
            sessions.insert(item.session, id.value());
        }
        const std::optional<qint64> session = sessions.value(item.session);
        if (!session)
            continue; // another server's: it waits for that one
        if (auto stored = sendItem(db, *session, item.kind, item.content); !stored)
            return stored.error();
        if (auto gone = forget(item.id); !gone)
            return gone.error();
        trialsOf[*session] += item.kind == kTrial ? 1 : 0;
    }
    for (auto it = trialsOf.cbegin(); it != trialsOf.cend(); ++it) {
        (void)AuditRepository(db).record(QStringLiteral("spool-sent"), QString::number(it.key()),
                                         {{QStringLiteral("trials"), it.value()}});
        sent.trials += it.value();
        ++sent.sessions;
    }
    return sent;
}

Result<TrialSpool::Sent> TrialSpool::sendWaiting(Database &db, const QString &location)
{
    if (!QFileInfo::exists(location))
        return Sent{};
    auto spool = open(location);
    if (!spool)
        return spool.error();
    return spool.value()->send(db);
}

} // namespace attend
