#pragma once

#include "delimitedtext.h"
#include "importmapping.h"
#include "importplan.h"

namespace attend {

class Exercise;

// Sessions from a file recorded by another tool, through a mapping (docs/import.md): one session
// per participant and value of the "session" field, in the order the file first names them;
// trials in the order of their block and trial number (file order without one). Imported
// trials carry no onsets: Attend makes no timing claim for them.
class MappedTrialsReader
{
    Q_DECLARE_TR_FUNCTIONS(MappedTrialsReader)

public:
    // Adds the sessions to `plan` and every problem to plan.problems. `participant`: every row's
    // participant code (empty: the mapping's "participant" field).
    static void read(const DelimitedText &table, const ImportMapping &mapping,
                     const Exercise &exercise, const QString &participant, ImportPlan &plan);
};

} // namespace attend
