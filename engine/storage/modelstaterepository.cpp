#include "modelstaterepository.h"

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace attend {

Result<void> ModelStateRepository::save(qint64 participantId, const QString &exercise,
                                        const ModelState &state)
{
    // INSERT … ON CONFLICT … DO UPDATE is understood by SQLite (3.24+) and PostgreSQL alike.
    auto saved = m_db.exec(
        Error::tr("Saving the model of participant %1").arg(participantId),
        QStringLiteral("INSERT INTO model_states (participant_id, exercise, model_version, "
                       "weights, trained_on, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (participant_id, exercise) DO UPDATE SET "
                       "model_version = excluded.model_version, weights = excluded.weights, "
                       "trained_on = excluded.trained_on, updated_at = excluded.updated_at"),
        {participantId, exercise, state.modelVersion, state.weights, state.trainedOn,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!saved)
        return saved.error();
    return {};
}

Result<std::optional<ModelState>> ModelStateRepository::load(qint64 participantId,
                                                             const QString &exercise)
{
    auto query =
        m_db.exec(Error::tr("Reading the model of participant %1").arg(participantId),
                  QStringLiteral("SELECT model_version, weights, trained_on FROM model_states "
                                 "WHERE participant_id = ? AND exercise = ?"),
                  {participantId, exercise});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ModelState>();
    return std::optional<ModelState>(ModelState{query.value().value(0).toInt(),
                                                query.value().value(1).toByteArray(),
                                                query.value().value(2).toLongLong()});
}

} // namespace attend
