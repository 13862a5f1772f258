#pragma once

#include "clioptions.h"
#include "exerciseregistry.h"
#include "export/exportformats.h"
#include "result.h"
#include "sceneregistry.h"
#include "session/traineesimulation.h"
#include "storage/database.h"

#include <QStringList>
#include <optional>

class QTextStream;

namespace attend {

class Database;

// attend-cli: headless commands over an Attend database (DESIGN.md §7). Exit codes: 0 ok,
// 1 bad usage, 2 data problem; every failure is one line that says what and where.
class CliCommands
{
public:
    enum ExitCode { Ok = 0, Usage = 1, DataProblem = 2 };

    CliCommands(QTextStream &out, QTextStream &err);

    // `arguments` includes the program name, as QCoreApplication::arguments() gives it.
    int run(const QStringList &arguments);

private:
    int check(Database &db);
    // `namesShown`: the clinician lock is open (or there is none).
    int participants(Database &db, const QStringList &args, const QString &name, bool namesShown);
    Result<bool> clinicianLock(bool fromStdin);
    QString readSecret(const QString &prompt, bool askTerminal);
    Result<std::unique_ptr<Database>> open(const QString &location,
                                           const Database::Options &options);
    static Database::Options databaseOptions(const QString &command, bool adding);
    std::optional<int> refusedBeforeOpening(const CliOptions &options, bool adding,
                                            bool &namesShown);
    int closeInterrupted(Database &db); // sessions close-interrupted
    int serverInit(Database &db);       // server init
    std::optional<int> refusedOnServer(Database &db, const QString &command);
    int copy(const QString &from, const QString &to);
    int simulate(Database &db, const SimulateOptions &options);
    int exportData(Database &db, const ExportOptions &options);
    int dryRun(const TrialImport::Request &request);
    int importTrials(Database &db, const TrialImport::Request &request);
    // Progress of long work on stderr; `lastTenth` keeps where a log line was last written.
    bool showProgress(int done, int total, const QString &what, int &lastTenth);
    int evaluate(Database &db, const EvaluateOptions &options);
    // The same selection (--exercise, --participant) as evaluate.
    int recompute(Database &db, const EvaluateOptions &options);
    // The ExportFormats id that --format (and --audience, for pdf) name; none if unknown.
    std::optional<QString> formatId(const QString &format, const QString &audience) const;
    int fail(int code, const QString &message);
    // The usage message for an exercise id this version does not have.
    QString unknownExercise(const QString &id, bool allMeansEvery) const;

    QTextStream &m_out;
    QTextStream &m_err;
    ExerciseRegistry m_exercises;
    SceneRegistry m_scenes;
    ExportFormats m_formats; // with the PDF reports
};

} // namespace attend
