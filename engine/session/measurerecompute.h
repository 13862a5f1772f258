#pragma once

#include "result.h"

#include <QString>

namespace attend {

class Database;
class ExerciseRegistry;

// attend-cli recompute (DESIGN.md §3): brings the stored measures of finished sessions to the
// current metrics version (metricsversion.h), from their stored trials, when a person asks.
// Each session's old measures and version go into the audit log in the same transaction as the
// new ones, so nothing is lost and nothing is half done. Sessions already at the current
// version, and sessions of exercises this version does not have, are left as they are.
class MeasureRecompute
{
public:
    struct Outcome
    {
        int recomputed = 0;
        int current = 0; // already at the current version
        int unknown = 0; // of an exercise this version does not have
    };

    // `exercise`, `participantCode`: empty for all.
    static Result<Outcome> run(Database &db, const ExerciseRegistry &exercises,
                               const QString &exercise, const QString &participantCode);
};

} // namespace attend
