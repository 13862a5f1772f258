#pragma once

#include "delimitedtext.h"
#include "importplan.h"

namespace attend {

class ExerciseRegistry;

// Sessions from Attend's own trials.csv export (a round trip): a session per participant and
// session_id, its trials as exported. The export's export.json beside it, when there, gives each
// session's parameters, seed, start and the version that recorded it; the onsets and frame
// counts are left out (Attend makes no timing claim for an imported trial) but the RT is kept.
class AttendTrialsReader
{
    Q_DECLARE_TR_FUNCTIONS(AttendTrialsReader)

public:
    // Whether `header` is that of Attend's trials.csv.
    static bool recognises(const QStringList &header);
    // Adds the sessions to `plan` and every problem to plan.problems. `exercise`: only that
    // exercise's rows (empty: all); `participant`: store every row under this code (empty: the
    // file's). `provenance`: the export.json object (empty when there was none).
    static void read(const DelimitedText &table, const ExerciseRegistry &exercises,
                     const QString &exercise, const QString &participant,
                     const QJsonObject &provenance, ImportPlan &plan);
};

} // namespace attend
