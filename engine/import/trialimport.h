#pragma once

#include "importplan.h"
#include "result.h"

#include <functional>

namespace attend {

class Database;
class ExerciseRegistry;

// attend-cli import and File → Import (docs/import.md): trial rows recorded elsewhere become
// sessions of an exercise, marked as imported with their file's name and content hash, their
// measures computed by the same code as a recorded session's. A file is stored whole or not at
// all (one transaction), and a file imported before is refused.
class TrialImport
{
    Q_DECLARE_TR_FUNCTIONS(TrialImport)

public:
    struct Request
    {
        QString file;
        QString exercise;    // required with a mapping; Attend's own file: only this one
        QString mappingFile; // empty: the file must be Attend's own trials.csv
        QString participant; // empty: the file's (or the mapping's) participant column
    };
    struct Outcome
    {
        int participantsAdded = 0;
        int sessions = 0;
        int trials = 0;
    };
    // Called with (sessions done, sessions in all) while measures are computed; false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // Reads and checks the file without touching a database. A file that cannot be read at all
    // is an error; problems in its rows are listed in the plan.
    static Result<ImportPlan> read(const Request &request, const ExerciseRegistry &exercises);
    // Stores a plan without problems. Nothing is stored when anything fails.
    static Result<Outcome> store(Database &db, const ExerciseRegistry &exercises,
                                 const ImportPlan &plan, const Progress &progress = {});
};

} // namespace attend
