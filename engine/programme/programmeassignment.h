#pragma once

#include <QDateTime>
#include <QStringList>

namespace attend {

// A programme as assigned to one participant: a clinician may change the minutes per day and
// the exercises from the programme's own (docs/programme.md).
struct ProgrammeAssignment
{
    QString programmeId;
    int minutesPerDay = 0;
    QStringList exercises;
    QDateTime assignedAt; // UTC; sessions before it do not count towards the programme
};

} // namespace attend
