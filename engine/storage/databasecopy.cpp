#include "databasecopy.h"

#include "auditrepository.h"
#include "database.h"

#include <QJsonObject>
#include <QSqlField>
#include <QSqlRecord>
#include <optional>

namespace attend {

namespace {

// The row's columns but `id`, with `replaced` values (keys into the target).
std::pair<QStringList, QVariantList> columns(const QSqlRecord &row,
                                             const QHash<QString, QVariant> &replaced)
{
    QStringList names;
    QVariantList values;
    for (int i = 0; i < row.count(); ++i) {
        const QString name = row.fieldName(i);
        if (name == u"id")
            continue;
        names << name;
        values << replaced.value(name, row.value(i));
    }
    return {names, values};
}

QString insertSql(const QString &table, const QStringList &names)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, names.join(QStringLiteral(", ")),
             QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
}

} // namespace

Result<DatabaseCopy::Summary> DatabaseCopy::run(const Progress &progress)
{
    for (const Database *db : {&m_from, &m_to})
        if (!db->clinicianRights())
            return Error(Error::Kind::AccessDenied,
                         Error::tr("Copying needs the clinician role on the server of %1.")
                             .arg(db->location()),
                         db->location());
    Summary summary;
    if (auto done = participants(summary); !done)
        return done.error();
    auto ids = m_from.exec(Error::tr("Listing the sessions to copy"),
                           QStringLiteral("SELECT id FROM sessions ORDER BY id"));
    if (!ids)
        return ids.error();
    QList<qint64> sessions;
    while (ids.value().next())
        sessions << ids.value().value(0).toLongLong();
    for (int i = 0; i < sessions.size(); ++i) {
        if (auto done = session(sessions[i], summary); !done)
            return done.error();
        if (progress &&
            !progress(i + 1, int(sessions.size()), Error::tr("session %1").arg(sessions[i])))
            return Error(Error::Kind::Cancelled, Error::tr("The copy was stopped; whole sessions "
                                                           "only were copied."));
    }
    for (auto step : {&DatabaseCopy::modelStates, &DatabaseCopy::programmes})
        if (auto done = (this->*step)(summary); !done)
            return done.error();
    if (auto logged =
            AuditRepository(m_to).record(QStringLiteral("copied-in"), m_from.location(),
                                         {{QStringLiteral("participants"), summary.participants},
                                          {QStringLiteral("sessions"), summary.sessions},
                                          {QStringLiteral("trials"), double(summary.trials)}});
        !logged)
        return logged.error();
    return summary;
}

Result<void> DatabaseCopy::participants(Summary &summary)
{
    auto rows = m_from.exec(Error::tr("Reading the participants to copy"),
                            QStringLiteral("SELECT * FROM participants ORDER BY id"));
    if (!rows)
        return rows.error();
    return m_to.transaction([&]() -> Result<void> {
        while (rows.value().next()) {
            const QSqlRecord row = rows.value().record();
            const QString code = row.value(QStringLiteral("code")).toString();
            auto same = m_to.exec(Error::tr("Looking up participant %1").arg(code),
                                  QStringLiteral("SELECT id, uuid FROM participants WHERE "
                                                 "uuid = ? OR lower(code) = ?"),
                                  {row.value(QStringLiteral("uuid")), code.toLower()});
            if (!same)
                return same.error();
            if (same.value().next()) {
                if (same.value().value(1) != row.value(QStringLiteral("uuid")))
                    return Error(Error::Kind::Duplicate,
                                 Error::tr("The code %1 names a different person in %2 than in "
                                           "%3; nothing was copied. Give one of them another "
                                           "code first.")
                                     .arg(code, m_to.location(), m_from.location()),
                                 m_to.location());
                m_people.insert(row.value(QStringLiteral("id")).toLongLong(),
                                same.value().value(0).toLongLong());
                continue;
            }
            const auto [names, values] = columns(row, {});
            auto id = m_to.insert(Error::tr("Copying participant %1").arg(code),
                                  insertSql(QStringLiteral("participants"), names), values);
            if (!id)
                return id.error();
            m_people.insert(row.value(QStringLiteral("id")).toLongLong(), id.value());
            ++summary.participants;
        }
        return {};
    });
}

Result<QVariant> DatabaseCopy::targetParticipant(const QVariant &sourceId)
{
    if (sourceId.isNull())
        return QVariant(QMetaType(QMetaType::LongLong)); // a timing check's session
    const auto found = m_people.constFind(sourceId.toLongLong());
    if (found == m_people.constEnd())
        return Error(Error::Kind::Corrupt,
                     Error::tr("A session in %1 names participant %2, who is not there.")
                         .arg(m_from.location())
                         .arg(sourceId.toLongLong()),
                     m_from.location());
    return QVariant(*found);
}

Result<void> DatabaseCopy::session(qint64 sourceId, Summary &summary)
{
    auto read = m_from.exec(Error::tr("Reading session %1").arg(sourceId),
                            QStringLiteral("SELECT s.*, p.code AS copy_code FROM sessions s LEFT "
                                           "JOIN participants p ON p.id = s.participant_id "
                                           "WHERE s.id = ?"),
                            {sourceId});
    if (!read)
        return read.error();
    read.value().next();
    QSqlRecord row = read.value().record();
    const QString who = row.value(QStringLiteral("copy_code")).toString();
    row.remove(row.indexOf(QStringLiteral("copy_code")));
    if (row.value(QStringLiteral("status")).toString() == u"running") {
        summary.stillRunning << QStringLiteral("%1 %2, session %3")
                                    .arg(who, row.value(QStringLiteral("exercise")).toString())
                                    .arg(sourceId);
        return {};
    }
    auto there = m_to.exec(Error::tr("Looking up session %1").arg(sourceId),
                           QStringLiteral("SELECT 1 FROM sessions WHERE uuid = ?"),
                           {row.value(QStringLiteral("uuid"))});
    if (!there)
        return there.error();
    if (there.value().next()) {
        ++summary.alreadyThere;
        return {};
    }
    auto person = targetParticipant(row.value(QStringLiteral("participant_id")));
    if (!person)
        return person.error();
    return m_to.transaction([&]() -> Result<void> {
        const auto [names, values] =
            columns(row, {{QStringLiteral("participant_id"), person.value()}});
        auto id = m_to.insert(Error::tr("Copying session %1").arg(sourceId),
                              insertSql(QStringLiteral("sessions"), names), values);
        if (!id)
            return id.error();
        auto trials = m_from.exec(Error::tr("Reading the trials of session %1").arg(sourceId),
                                  QStringLiteral("SELECT * FROM trials WHERE session_id = ? "
                                                 "ORDER BY id"),
                                  {sourceId});
        if (!trials)
            return trials.error();
        const QString what = Error::tr("Copying the trials of session %1").arg(sourceId);
        std::optional<QSqlQuery> insert; // prepared once: every row has the same columns
        while (trials.value().next()) {
            const auto [tNames, tValues] =
                columns(trials.value().record(), {{QStringLiteral("session_id"), id.value()}});
            if (!insert) {
                auto prepared = m_to.prepare(what, insertSql(QStringLiteral("trials"), tNames));
                if (!prepared)
                    return prepared.error();
                insert = std::move(prepared).value();
            }
            if (auto stored = m_to.execPrepared(*insert, what, tValues); !stored)
                return stored.error();
            ++summary.trials;
        }
        ++summary.sessions;
        return {};
    });
}

Result<void> DatabaseCopy::eachOfAPerson(const QString &what, const QString &table,
                                         const RowWork &work)
{
    auto rows = m_from.exec(what, QStringLiteral("SELECT * FROM %1").arg(table));
    if (!rows)
        return rows.error();
    return m_to.transaction([&]() -> Result<void> {
        while (rows.value().next()) {
            const QSqlRecord row = rows.value().record();
            auto person = targetParticipant(row.value(QStringLiteral("participant_id")));
            if (!person)
                return person.error();
            if (auto done = work(row, person.value()); !done)
                return done;
        }
        return {};
    });
}

Result<void> DatabaseCopy::modelStates(Summary &summary)
{
    return eachOfAPerson(
        Error::tr("Reading the model states to copy"), QStringLiteral("model_states"),
        [&](const QSqlRecord &row, const QVariant &person) -> Result<void> {
            const QVariantList key = {person, row.value(QStringLiteral("exercise"))};
            auto theirs = m_to.exec(Error::tr("Reading a model state"),
                                    QStringLiteral("SELECT updated_at FROM model_states WHERE "
                                                   "participant_id = ? AND exercise = ?"),
                                    key);
            if (!theirs)
                return theirs.error();
            const bool present = theirs.value().next();
            if (present && theirs.value().value(0).toString() >=
                               row.value(QStringLiteral("updated_at")).toString())
                return {}; // the target's is as new or newer
            const QString sql =
                present ? QStringLiteral("UPDATE model_states SET model_version = ?, weights = ?, "
                                         "trained_on = ?, updated_at = ? WHERE participant_id = ? "
                                         "AND exercise = ?")
                        : QStringLiteral("INSERT INTO model_states (model_version, weights, "
                                         "trained_on, updated_at, participant_id, exercise) "
                                         "VALUES (?, ?, ?, ?, ?, ?)");
            QVariantList values;
            for (const char *name : {"model_version", "weights", "trained_on", "updated_at"})
                values << row.value(QLatin1String(name));
            if (auto saved = m_to.exec(Error::tr("Copying a model state"), sql, values + key);
                !saved)
                return saved.error();
            ++summary.modelStates;
            return {};
        });
}

Result<void> DatabaseCopy::programmes(Summary &summary)
{
    return eachOfAPerson(
        Error::tr("Reading the programme assignments to copy"),
        QStringLiteral("programme_assignments ORDER BY id"),
        [&](const QSqlRecord &row, const QVariant &person) -> Result<void> {
            auto there = m_to.exec(
                Error::tr("Looking up a programme assignment"),
                QStringLiteral("SELECT 1 FROM programme_assignments WHERE participant_id = ? AND "
                               "programme = ? AND assigned_at = ?"),
                {person, row.value(QStringLiteral("programme")),
                 row.value(QStringLiteral("assigned_at"))});
            if (!there)
                return there.error();
            if (there.value().next())
                return {};
            const auto [names, values] = columns(row, {{QStringLiteral("participant_id"), person}});
            if (auto added =
                    m_to.insert(Error::tr("Copying a programme assignment"),
                                insertSql(QStringLiteral("programme_assignments"), names), values);
                !added)
                return added.error();
            ++summary.programmes;
            return {};
        });
}

} // namespace attend
