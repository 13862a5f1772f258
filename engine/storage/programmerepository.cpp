#include "programmerepository.h"

#include "auditrepository.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attend {

Result<void> ProgrammeRepository::assign(qint64 participantId,
                                         const ProgrammeAssignment &assignment)
{
    const QString exercises =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(assignment.exercises))
                              .toJson(QJsonDocument::Compact));
    const QString at = assignment.assignedAt.toUTC().toString(Qt::ISODateWithMs);
    return m_db.transaction([&]() -> Result<void> {
        auto id = m_db.insert(
            Error::tr("Assigning programme %1 to participant %2")
                .arg(assignment.programmeId)
                .arg(participantId),
            QStringLiteral("INSERT INTO programme_assignments (participant_id, programme, "
                           "minutes_per_day, exercises_json, assigned_at) VALUES (?, ?, ?, ?, ?)"),
            {participantId, assignment.programmeId, assignment.minutesPerDay, exercises, at});
        if (!id)
            return id.error();
        return AuditRepository(m_db).record(
            QStringLiteral("programme-assigned"), QString::number(participantId),
            {{QStringLiteral("programme"), assignment.programmeId},
             {QStringLiteral("minutes_per_day"), assignment.minutesPerDay},
             {QStringLiteral("exercises"), QJsonArray::fromStringList(assignment.exercises)}});
    });
}

Result<std::optional<ProgrammeAssignment>> ProgrammeRepository::current(qint64 participantId)
{
    auto query = m_db.exec(Error::tr("Reading the programme of participant %1").arg(participantId),
                           QStringLiteral("SELECT programme, minutes_per_day, exercises_json, "
                                          "assigned_at FROM programme_assignments WHERE "
                                          "participant_id = ? ORDER BY id DESC LIMIT 1"),
                           {participantId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ProgrammeAssignment>();
    ProgrammeAssignment a;
    a.programmeId = query.value().value(0).toString();
    a.minutesPerDay = query.value().value(1).toInt();
    for (const QJsonValue &v :
         QJsonDocument::fromJson(query.value().value(2).toString().toUtf8()).array())
        a.exercises << v.toString();
    a.assignedAt = QDateTime::fromString(query.value().value(3).toString(), Qt::ISODateWithMs);
    return std::optional<ProgrammeAssignment>(a);
}

} // namespace attend
