#include "participantrepository.h"

#include "auditrepository.h"
#include "database.h"
#include "participantcode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <algorithm>

namespace attend {

namespace {

// A workstation of a clinic's server may not read names (ServerRoles): it lists codes.
QString columns(const Database &db)
{
    return db.clinicianRights() ? QStringLiteral("id, code, display_name, created_at, archived_at")
                                : QStringLiteral("id, code, '', created_at, archived_at");
}

// A row as a participant. A code that Attend would never have stored (it names export files
// and folders: "../x" would write outside them) means the file was changed by other means.
Result<Participant> fromQuery(const QSqlQuery &query, const QString &location)
{
    Participant p;
    p.id = query.value(0).toLongLong();
    p.code = query.value(1).toString();
    p.displayName = query.value(2).toString();
    p.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    p.archived = !query.value(4).isNull();
    if (const QString problem = ParticipantCode::problem(p.code); !problem.isEmpty())
        return Error(Error::Kind::Corrupt,
                     Error::tr("The database %1 holds a participant code that Attend never "
                               "writes (participant %2: %3); it was changed by other means, and "
                               "Attend will not use it.")
                         .arg(location)
                         .arg(p.id)
                         .arg(problem),
                     location);
    return p;
}

// Control characters in a name would break lists and pass terminal escapes through.
bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<Participant> ParticipantRepository::add(const QString &code, const QString &displayName)
{
    using Kind = Error::Kind;
    if (const QString problem = ParticipantCode::problem(code); !problem.isEmpty())
        return Error(Kind::InvalidInput, problem, m_db.location());
    if (hasControlCharacters(displayName))
        return Error(Kind::InvalidInput,
                     Error::tr("A display name cannot hold control characters."), m_db.location());
    auto taken = m_db.exec(Error::tr("Looking up participant %1").arg(code),
                           QStringLiteral("SELECT code FROM participants WHERE lower(code) = ?"),
                           {code.toLower()});
    if (!taken)
        return taken.error();
    if (taken.value().next())
        return Error(Kind::Duplicate,
                     Error::tr("The code %1 is already used by participant %2.")
                         .arg(code, taken.value().value(0).toString()),
                     m_db.location());
    Participant p;
    p.code = code;
    p.displayName = displayName.trimmed();
    p.createdAt = QDateTime::fromString(nowUtc(), Qt::ISODateWithMs);
    auto id = m_db.insert(Error::tr("Adding participant %1").arg(code),
                          QStringLiteral("INSERT INTO participants (code, display_name, "
                                         "created_at, uuid) VALUES (?, ?, ?, ?)"),
                          {p.code, p.displayName, p.createdAt.toString(Qt::ISODateWithMs),
                           QUuid::createUuid().toString(QUuid::WithoutBraces)});
    if (!id)
        return id.error();
    p.id = id.value();
    return p;
}

Result<QList<Participant>> ParticipantRepository::list(Which which)
{
    const QString filter =
        which == Which::Active ? QStringLiteral(" WHERE archived_at IS NULL") : QString();
    auto query = m_db.exec(
        Error::tr("Listing participants"),
        QStringLiteral("SELECT %1 FROM participants%2 ORDER BY code").arg(columns(m_db), filter));
    if (!query)
        return query.error();
    QList<Participant> all;
    while (query.value().next()) {
        auto p = fromQuery(query.value(), m_db.location());
        if (!p)
            return p.error();
        all << p.value();
    }
    return all;
}

Result<Participant> ParticipantRepository::byCode(const QString &code)
{
    auto query = m_db.exec(
        Error::tr("Looking up participant %1").arg(code),
        QStringLiteral("SELECT %1 FROM participants WHERE lower(code) = ?").arg(columns(m_db)),
        {code.toLower()});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(
            Error::Kind::NotFound,
            Error::tr("There is no participant with the code %1 in %2.").arg(code, m_db.location()),
            m_db.location());
    return fromQuery(query.value(), m_db.location());
}

QString ParticipantRepository::missing(qint64 id) const
{
    return Error::tr("Participant %1 no longer exists in %2.").arg(id).arg(m_db.location());
}

Result<void> ParticipantRepository::rename(qint64 id, const QString &displayName)
{
    if (hasControlCharacters(displayName))
        return Error(Error::Kind::InvalidInput,
                     Error::tr("A display name cannot hold control characters."), m_db.location());
    return m_db.updateOne(Error::tr("Renaming a participant"),
                          QStringLiteral("UPDATE participants SET display_name = ? WHERE id = ?"),
                          {displayName.trimmed(), id}, missing(id));
}

Result<void> ParticipantRepository::setArchived(qint64 id, bool archived)
{
    return m_db.transaction([&]() -> Result<void> {
        auto update = m_db.updateOne(
            Error::tr("Archiving a participant"),
            QStringLiteral("UPDATE participants SET archived_at = ? WHERE id = ?"),
            {archived ? QVariant(nowUtc()) : QVariant(QMetaType(QMetaType::QString)), id},
            missing(id));
        if (!update)
            return update;
        return AuditRepository(m_db).record(archived ? QStringLiteral("participant-archived")
                                                     : QStringLiteral("participant-restored"),
                                            QString::number(id), {});
    });
}

Result<ParticipantDetails> ParticipantRepository::details(qint64 id)
{
    auto query = m_db.exec(Error::tr("Reading participant %1").arg(id),
                           QStringLiteral("SELECT notes, birth_year, handedness, vision FROM "
                                          "participants WHERE id = ?"),
                           {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound, missing(id), m_db.location());
    const QSqlQuery &q = query.value();
    ParticipantDetails d;
    d.notes = q.value(0).toString();
    if (!q.value(1).isNull())
        d.birthYear = q.value(1).toInt();
    d.handedness = q.value(2).toString();
    d.vision = q.value(3).toString();
    return d;
}

Result<void> ParticipantRepository::setDetails(qint64 id, const ParticipantDetails &d)
{
    const int thisYear = QDate::currentDate().year();
    const bool notesOk = std::all_of(d.notes.begin(), d.notes.end(), [](QChar c) {
        return c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control;
    });
    const auto one = [](const QString &value, const QStringList &allowed) {
        return value.isEmpty() || allowed.contains(value);
    };
    if (!notesOk || (d.birthYear && (*d.birthYear < 1900 || *d.birthYear > thisYear)) ||
        !one(d.handedness,
             {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("ambidextrous")}) ||
        !one(d.vision,
             {QStringLiteral("none"), QStringLiteral("glasses"), QStringLiteral("contact-lenses")}))
        return Error(Error::Kind::InvalidInput,
                     Error::tr("These details cannot be stored: a birth year from 1900 to %1, "
                               "and notes without control characters, please.")
                         .arg(thisYear),
                     m_db.location());
    const auto orNull = [](const QString &v) {
        return v.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v);
    };
    return m_db.transaction([&]() -> Result<void> {
        auto update = m_db.updateOne(
            Error::tr("Saving the details of participant %1").arg(id),
            QStringLiteral("UPDATE participants SET notes = ?, birth_year = ?, handedness = ?, "
                           "vision = ? WHERE id = ?"),
            {d.notes, d.birthYear ? QVariant(*d.birthYear) : QVariant(QMetaType(QMetaType::Int)),
             orNull(d.handedness), orNull(d.vision), id},
            missing(id));
        if (!update)
            return update;
        return AuditRepository(m_db).record(
            QStringLiteral("participant-details-changed"), QString::number(id),
            {{QStringLiteral("notes"), d.notes},
             {QStringLiteral("birth_year"), d.birthYear ? QJsonValue(*d.birthYear) : QJsonValue()},
             {QStringLiteral("handedness"), d.handedness},
             {QStringLiteral("vision"), d.vision}});
    });
}

} // namespace attend
