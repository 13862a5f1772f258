#pragma once

#include "participant.h"
#include "result.h"

#include <QList>

namespace attend {

class Database;

class ParticipantRepository
{
public:
    enum class Which { Active, All };

    explicit ParticipantRepository(Database &db) : m_db(db) {}

    // Validates the code (ParticipantCode) and refuses a code already taken in any letter case.
    Result<Participant> add(const QString &code, const QString &displayName);
    Result<QList<Participant>> list(Which which);
    Result<Participant> byCode(const QString &code);
    Result<void> rename(qint64 id, const QString &displayName);
    Result<ParticipantDetails> details(qint64 id);
    // Checks each field (a birth year from 1900 to this year, the listed handedness and vision
    // values, no control characters but line breaks in notes); recorded in the audit log.
    Result<void> setDetails(qint64 id, const ParticipantDetails &details);
    // Archiving hides a participant from the picker; nothing is ever deleted.
    Result<void> setArchived(qint64 id, bool archived);

private:
    QString missing(qint64 id) const;
    Database &m_db;
};

} // namespace attend
