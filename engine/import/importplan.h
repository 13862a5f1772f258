#pragma once

#include "storage/sessioninfo.h"
#include "storage/sessionrepository.h"
#include "trialrecord.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace attend {

// One session found in a file to import, ready to store (engine/import).
struct PlannedSession
{
    QString participant; // code
    QString exercise;
    SessionMode mode = SessionMode::Assessment;
    SessionStatus status = SessionStatus::Completed;
    QJsonObject parameters, platform;
    std::optional<quint32> seed;  // of the measures' bootstrap intervals; none: from the file
    QDateTime startedAt, endedAt; // invalid: the time of the import
    QString appVersion, buildId;  // of the tool that recorded it
    QString label;                // how the file names it, for messages
    std::vector<TrialRecord> trials;
};

// What a file would add, and every problem found in it (none: it can be stored).
struct ImportPlan
{
    ImportSource source;
    QString format;  // "attend" (Attend's own trials.csv) or "mapped"
    int rows = 0;    // rows read as trials
    int skipped = 0; // rows the mapping's "rows" filter left out
    std::vector<PlannedSession> sessions;
    QStringList problems;
};

} // namespace attend
