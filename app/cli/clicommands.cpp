#include "clicommands.h"

#include "programme/programme.h"

#include "appidentity.h"
#include "clinicianlock.h"
#include "metricsversion.h"
#include "programme/programme.h"
#include "session/measurerecompute.h"
#include "session/sessionlock.h"
#include "session/sessionrunner.h"
#include "settings.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/participantrepository.h"
#include "storage/postgreslocation.h"
#include "storage/schema.h"
#include "storage/serverroles.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include "builtinexercises.h"
#include "evaluation/modelevaluation.h"
#include "pdfreportformat.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace attend {

CliCommands::CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{
    registerBuiltInExercises(m_exercises, m_scenes);
    PdfReportFormat::addTo(m_formats, m_exercises);
}

// "pdf" with --audience is short for pdf-clinician or pdf-participant.
std::optional<QString> CliCommands::formatId(const QString &format, const QString &audience) const
{
    const QString id = format == u"pdf" ? QStringLiteral("pdf-") + audience : format;
    if (!m_formats.find(id))
        return std::nullopt;
    return id;
}

int CliCommands::run(const QStringList &arguments)
{
    CliOptions options(m_formats.ids() << QStringLiteral("pdf"));
    if (auto parsed = options.parse(arguments); !parsed)
        return fail(Usage, parsed.error().message());
    if (options.helpAsked()) {
        m_out << options.helpText();
        return Ok;
    }
    if (options.versionAsked()) {
        m_out << "attend-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QString command = options.command();
    const auto exporting = command == u"export"
                               ? options.exportOptions([this](const QString &f, const QString &a) {
                                     return formatId(f, a);
                                 })
                               : Result<ExportOptions>(ExportOptions{});
    if (!exporting)
        return fail(Usage, exporting.error().message());
    const auto simulation = command == u"simulate" ? options.simulateOptions()
                                                   : Result<SimulateOptions>(SimulateOptions{});
    if (!simulation)
        return fail(Usage, simulation.error().message());

    const auto importing =
        command == u"import" ? options.importOptions() : Result<ImportOptions>(ImportOptions{});
    if (!importing)
        return fail(Usage, importing.error().message());

    const QStringList args = options.commandArguments();
    const bool adding = args.size() == 2 && args.at(0) == u"add";
    if (command == u"participants" && !adding && args != QStringList{QStringLiteral("list")})
        return fail(Usage, QStringLiteral("use \"participants list\" or \"participants add CODE "
                                          "[--name NAME]\""));
    if (command == u"sessions" && args != QStringList{QStringLiteral("close-interrupted")})
        return fail(Usage, QStringLiteral("use \"sessions close-interrupted\""));
    QStringList exercises = exporting.value().selection.exercises;
    exercises << simulation.value().exercise << options.evaluateOptions().exercise;
    for (const QString &id : exercises)
        if (!id.isEmpty() && !m_exercises.find(id) && !(id == u"all" && command == u"simulate"))
            return fail(Usage, unknownExercise(id, command == u"simulate"));

    if (command == u"import" && importing.value().dryRun)
        return dryRun(importing.value().request);
    if (command == u"copy")
        return copy(options.copyFrom(), options.copyTo());
    if (command == u"server" && !PostgresLocation::isUrl(options.database()))
        return fail(Usage, QStringLiteral("server init is for a clinic's PostgreSQL database "
                                          "(--db postgresql://…), not the file %1")
                               .arg(options.database()));
    bool namesShown = true;
    if (const auto refused = refusedBeforeOpening(options, adding, namesShown))
        return *refused;
    auto db = open(options.database(), databaseOptions(command, adding));
    if (!db)
        return fail(DataProblem, db.error().message());
    if (const auto refused = refusedOnServer(*db.value(), command))
        return *refused;
    if (command == u"check")
        return check(*db.value());
    if (command == u"sessions")
        return closeInterrupted(*db.value());
    if (command == u"simulate")
        return simulate(*db.value(), simulation.value());
    if (command == u"export")
        return exportData(*db.value(), exporting.value());
    if (command == u"evaluate")
        return evaluate(*db.value(), options.evaluateOptions());
    if (command == u"recompute")
        return recompute(*db.value(), options.evaluateOptions());
    if (command == u"import")
        return importTrials(*db.value(), importing.value().request);
    if (command == u"server")
        return serverInit(*db.value());
    if (db.value()->isServer()) // the server's roles, not the local lock, guard names
        namesShown = db.value()->clinicianRights();
    return participants(*db.value(), args, options.name(), namesShown);
}

// How a command opens the database (`adding`: participants add).
Database::Options CliCommands::databaseOptions(const QString &command, bool adding)
{
    Database::Options o;
    // Simulated data is written in bulk; WAL keeps the file safe, a power cut may lose the
    // last sessions, which can be simulated again.
    o.durableCommits = command != u"simulate";
    // Only commands that add data make a database; one that reads refuses a mistyped path.
    o.mayCreate = command == u"simulate" || command == u"import" || command == u"server" ||
                  (command == u"participants" && adding);
    // Commands that only read leave the file as they found it (journal mode, side files).
    o.readOnly = command == u"check" || command == u"export" || command == u"evaluate" ||
                 (command == u"participants" && !adding);
    return o;
}

// What stops a command before the database is opened: a damaged log (check), or the clinician
// lock, which guards exports, adding people and their names here as in the app. The exit
// code when refused; `namesShown` says whether names may be listed.
std::optional<int> CliCommands::refusedBeforeOpening(const CliOptions &options, bool adding,
                                                     bool &namesShown)
{
    const QString command = options.command();
    // Opening (even to read) replays what it can of a damaged log and rebuilds its index,
    // which would hide the loss for good.
    if (command == u"check")
        if (const QStringList lost = Database::logProblems(options.database()); !lost.isEmpty())
            return fail(DataProblem,
                        lost.join(u' ') +
                            QStringLiteral(" Nothing was opened or changed: keep a copy of the "
                                           "database with its -wal and -shm files before Attend "
                                           "opens it again."));
    if ((command != u"export" && command != u"participants") ||
        PostgresLocation::isUrl(options.database()))
        return std::nullopt;
    auto lock = clinicianLock(options.passphraseFromStdin());
    if (!lock)
        return fail(DataProblem, lock.error().message());
    namesShown = lock.value();
    if (!lock.value() && (command == u"export" || adding))
        return fail(DataProblem,
                    QStringLiteral("the clinician lock is on: %1 needs its passphrase (typed at "
                                   "a terminal, or piped with --passphrase-stdin)")
                        .arg(command == u"export" ? QStringLiteral("export")
                                                  : QStringLiteral("adding a participant")));
    return std::nullopt;
}

// A line from standard input; at a terminal (`askTerminal`) asked with `prompt` and not echoed.
QString CliCommands::readSecret(const QString &prompt, bool askTerminal)
{
    termios saved{};
    const bool terminal = askTerminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        m_err << prompt << Qt::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_err << '\n';
    }
    return line;
}

// Opens a database; a server that asks for a password neither ~/.pgpass nor PGPASSWORD gives
// is answered at the terminal, once, for this run only (docs/clinic.md).
Result<std::unique_ptr<Database>> CliCommands::open(const QString &location,
                                                    const Database::Options &options)
{
    auto db = Database::open(location, options);
    if (db || db.error().kind() != Error::Kind::AccessDenied ||
        !db.error().message().contains(QStringLiteral("no password supplied")) ||
        !isatty(STDIN_FILENO) || qEnvironmentVariableIsSet("PGPASSWORD"))
        return db;
    qputenv("PGPASSWORD",
            readSecret(QStringLiteral("Password for %1: ").arg(location), true).toLocal8Bit());
    return Database::open(location, options);
}

// On a clinic's server, what a workstation's log-in may not do (ServerRoles); the exit code
// when refused.
std::optional<int> CliCommands::refusedOnServer(Database &db, const QString &command)
{
    static const QStringList clinicianOnly = {
        QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("evaluate"),
        QStringLiteral("recompute"), QStringLiteral("import")};
    if (!db.isServer() || db.clinicianRights() || !clinicianOnly.contains(command))
        return std::nullopt;
    return fail(DataProblem, QStringLiteral("%1 needs the clinician role on the server of %2; "
                                            "this user has a workstation's rights "
                                            "(docs/clinic.md)")
                                 .arg(command, db.location()));
}

// Whether the clinician lock is open: there is none, or its passphrase came from stdin
// (`fromStdin`) or a terminal, where it is typed unseen. False when no passphrase can be asked
// for; an error for a wrong one or while a wait runs (the same back-off as in the app).
Result<bool> CliCommands::clinicianLock(bool fromStdin)
{
    const auto store = openUserSettings();
    Settings settings(*store);
    ClinicianLock lock(settings);
    if (!lock.enabled())
        return true;
    if (!fromStdin && !isatty(STDIN_FILENO))
        return false;
    const QString passphrase = readSecret(QStringLiteral("Clinician passphrase: "), !fromStdin);
    const ClinicianLock::Outcome outcome = lock.unlock(passphrase);
    if (outcome == ClinicianLock::Outcome::Unlocked)
        return true;
    return Error(Error::Kind::InvalidInput,
                 QStringLiteral("the clinician lock stays shut: ") + lock.message(outcome));
}

QString CliCommands::unknownExercise(const QString &id, bool allMeansEvery) const
{
    QStringList known;
    for (const auto &e : m_exercises.all())
        known << e->id();
    return QStringLiteral("there is no exercise \"%1\"; choose one of %2%3")
        .arg(id, known.join(QStringLiteral(", ")),
             allMeansEvery ? QStringLiteral(" or all") : QString());
}

int CliCommands::check(Database &db)
{
    auto integrity = db.integrityCheck();
    if (!integrity)
        return fail(DataProblem, integrity.error().message());
    auto version = db.schemaVersion();
    auto participants = ParticipantRepository(db).list(ParticipantRepository::Which::All);
    auto active = ParticipantRepository(db).list(ParticipantRepository::Which::Active);
    auto sessions = SessionRepository(db).countByStatus();
    auto running = SessionRepository(db).running();
    auto trials = TrialRepository(db).count();
    auto audit = AuditRepository(db).count();
    for (const Error *error :
         {version ? nullptr : &version.error(), participants ? nullptr : &participants.error(),
          active ? nullptr : &active.error(), sessions ? nullptr : &sessions.error(),
          running ? nullptr : &running.error(), trials ? nullptr : &trials.error(),
          audit ? nullptr : &audit.error()})
        if (error)
            return fail(DataProblem, error->message());

    const bool healthy = integrity.value() == QStringList{QStringLiteral("ok")};
    const auto &bySession = sessions.value();
    qint64 sessionTotal = 0;
    for (qint64 n : bySession)
        sessionTotal += n;

    m_out << "database: " << db.location() << '\n';
    m_out << "schema version: " << version.value() << " (this Attend: " << Schema::latestVersion()
          << ")\n";
    m_out << "integrity: " << integrity.value().join(QStringLiteral("; ")) << '\n';
    m_out << "write-ahead log: ok\n"; // run() refused a damaged one before opening
    m_out << "participants: " << participants.value().size() << " ("
          << participants.value().size() - active.value().size() << " archived)\n";
    m_out << "sessions: " << sessionTotal << " (completed "
          << bySession.value(SessionStatus::Completed) << ", running "
          << bySession.value(SessionStatus::Running) << ", aborted "
          << bySession.value(SessionStatus::Aborted) << ", interrupted "
          << bySession.value(SessionStatus::Interrupted) << ")\n";
    m_out << "trials: " << trials.value() << '\n';
    m_out << "audit entries: " << audit.value() << '\n';
    // A session a running program holds is in progress, not left behind (SessionLock).
    QList<SessionInfo> left, live;
    for (const SessionInfo &s : running.value())
        (SessionLock::held(db, s.id) ? live : left) << s;
    for (const auto &[title, list] : {std::pair{"sessions in progress: ", &live},
                                      std::pair{"sessions left running: ", &left}}) {
        m_out << title << list->size() << '\n';
        for (const SessionInfo &s : *list)
            m_out << "  session " << s.id << ": participant " << s.participantCode << ", "
                  << s.exercise << ", " << storedName(s.mode) << ", started "
                  << s.startedAt.toString(Qt::ISODate) << ", " << s.trialCount << " trials saved\n";
    }
    m_out.flush();
    if (!healthy)
        return fail(
            DataProblem,
            QStringLiteral("the database %1 failed its integrity check: %2%3")
                .arg(db.location(), integrity.value().value(0),
                     integrity.value().size() > 1
                         ? QStringLiteral(" (%1 problems in all)").arg(integrity.value().size())
                         : QString()));
    return Ok;
}

int CliCommands::participants(Database &db, const QStringList &args, const QString &name,
                              bool namesShown)
{
    const QString sub = args.value(0);
    if (sub == u"list" && args.size() == 1) {
        auto all = ParticipantRepository(db).list(ParticipantRepository::Which::All);
        if (!all)
            return fail(DataProblem, all.error().message());
        m_out << "code\tname\tcreated_at\tarchived\n";
        // A name stored by other means may hold control characters: shown as �, so that a tab
        // cannot shift the columns nor an escape sequence reach the terminal.
        const auto printable = [](QString name) {
            for (QChar &c : name)
                if (c.category() == QChar::Other_Control)
                    c = QChar::ReplacementCharacter;
            return name;
        };
        if (!namesShown && db.isServer())
            m_err << "names are hidden: this user has a workstation's rights on the server "
                     "(docs/clinic.md)\n";
        else if (!namesShown)
            m_err << "names are hidden: the clinician lock is on (give its passphrase with "
                     "--passphrase-stdin, or at a terminal)\n";
        for (const Participant &p : all.value())
            m_out << p.code << '\t' << (namesShown ? printable(p.displayName) : QString()) << '\t'
                  << p.createdAt.toString(Qt::ISODate) << '\t' << (p.archived ? "yes" : "no")
                  << '\n';
        return Ok;
    }
    auto added = ParticipantRepository(db).add(args.at(1), name); // "add CODE": run() checked
    if (!added)
        return fail(added.error().kind() == Error::Kind::InvalidInput ? Usage : DataProblem,
                    added.error().message());
    m_out << "added participant " << added.value().code << '\n';
    return Ok;
}

int CliCommands::copy(const QString &from, const QString &to)
{
    Database::Options reading;
    reading.mayCreate = false;
    reading.readOnly = true;
    auto source = open(from, reading);
    if (!source)
        return fail(DataProblem, source.error().message());
    auto target = open(to, {});
    if (!target)
        return fail(DataProblem, target.error().message());
    if (source.value()->location() == target.value()->location())
        return fail(Usage, QStringLiteral("--from and --to are the same database"));
    int lastTenth = -1;
    auto copied = DatabaseCopy(*source.value(), *target.value())
                      .run([&](int done, int total, const QString &what) {
                          return showProgress(done, total, what, lastTenth);
                      });
    if (!copied)
        return fail(DataProblem, copied.error().message());
    const DatabaseCopy::Summary &s = copied.value();
    m_out << "copied " << s.participants << " participants, " << s.sessions << " sessions, "
          << s.trials << " trials, " << s.modelStates << " model states and " << s.programmes
          << " programme assignments into " << target.value()->location() << "; " << s.alreadyThere
          << " sessions were there already\n";
    for (const QString &running : s.stillRunning)
        m_out << "left for a later copy (still running): " << running << '\n';
    return Ok;
}

int CliCommands::serverInit(Database &db)
{
    if (auto made = ServerRoles::init(db); !made)
        return fail(made.error().kind() == Error::Kind::InvalidInput ? Usage : DataProblem,
                    made.error().message());
    m_out << "schema version " << Schema::latestVersion() << " and the roles "
          << ServerRoles::kClinician << " and " << ServerRoles::kWorkstation << " are ready on "
          << db.location() << "\n"
          << "give each person a log-in in one of them, e.g.\n"
          << "  CREATE ROLE dr_lee LOGIN PASSWORD '…' IN ROLE " << ServerRoles::kClinician
          << ";\n  CREATE ROLE ws_room1 LOGIN PASSWORD '…' IN ROLE " << ServerRoles::kWorkstation
          << ";\n";
    return Ok;
}

int CliCommands::closeInterrupted(Database &db)
{
    auto running = SessionRepository(db).running();
    if (!running)
        return fail(DataProblem, running.error().message());
    const QList<SessionInfo> left = SessionLock::leftBehind(db, running.value());
    for (const SessionInfo &s : left)
        if (auto closed = SessionRunner::closeInterrupted(db, m_exercises.find(s.exercise), s.id);
            !closed)
            return fail(DataProblem, closed.error().message());
    m_out << "closed " << left.size()
          << " sessions left running as interrupted (their trials and measures are kept); "
          << running.value().size() - left.size() << " in progress left alone\n";
    return Ok;
}

int CliCommands::fail(int code, const QString &message)
{
    m_out.flush();
    m_err << "attend-cli: " << message << '\n';
    m_err.flush();
    return code;
}

int CliCommands::simulate(Database &db, const SimulateOptions &options)
{
    SimulationPlan plan = options.plan;
    if (!options.populationFile.isEmpty()) {
        auto population = PopulationFile::read(options.populationFile);
        if (!population)
            return fail(DataProblem, population.error().message());
        plan.population = population.value();
    }
    QStringList all;
    for (const auto &e : m_exercises.all())
        all << e->id();
    plan.exercises = options.exercise == u"all" ? all : QStringList{options.exercise};
    int lastTenth = -1;
    const auto progress = [&](int done, int total, const QString &what) {
        return showProgress(done, total, what, lastTenth);
    };
    std::optional<Programme> programme;
    if (!options.programme.isEmpty()) {
        programme = Programme::shippedById(options.programme, all);
        if (!programme)
            return fail(Usage, QStringLiteral("there is no programme \"%1\"; see docs/programme.md")
                                   .arg(options.programme));
    }
    TraineeSimulation simulation(db, m_exercises);
    auto codes = programme ? simulation.runProgramme(plan, *programme, progress)
                           : simulation.run(plan, progress);
    if (!codes)
        return fail(DataProblem, codes.error().message());
    m_out << "simulated " << codes.value().size() << " participants ("
          << codes.value().join(QStringLiteral(", ")) << "), ";
    if (programme)
        m_out << "programme " << programme->id() << " from baseline to final assessment";
    else
        m_out << plan.sessions << " sessions each of " << plan.exercises.join(QStringLiteral(", "));
    m_out << " into " << db.location() << '\n';
    return Ok;
}

// A bar on a terminal; otherwise a line every tenth of the way, for logs.
bool CliCommands::showProgress(int done, int total, const QString &what, int &lastTenth)
{
    if (isatty(fileno(stderr))) {
        const int width = 30, filled = width * done / total;
        m_err << '\r' << '[' << QString(filled, u'#') << QString(width - filled, u' ') << "] "
              << done << '/' << total << ' ' << what << "\x1b[K";
        if (done == total)
            m_err << '\n';
    } else if (done * 10 / total != lastTenth) {
        lastTenth = done * 10 / total;
        m_err << done << '/' << total << " sessions (" << what << ")\n";
    }
    m_err.flush();
    return true;
}

// Reports what a file would add and every problem in it; exit 2 when there is any.
int CliCommands::dryRun(const TrialImport::Request &request)
{
    auto plan = TrialImport::read(request, m_exercises);
    if (!plan)
        return fail(DataProblem, plan.error().message());
    const ImportPlan &p = plan.value();
    for (const PlannedSession &s : p.sessions)
        m_out << "would store " << s.participant << ' ' << s.exercise << ' ' << storedName(s.mode)
              << " session " << s.label << ": " << s.trials.size() << " trials\n";
    for (const QString &problem : p.problems)
        m_err << problem << '\n';
    m_out << p.rows << " rows (" << p.skipped << " left out by the mapping), " << p.sessions.size()
          << " sessions, " << p.problems.size() << " problems in " << request.file
          << "; nothing stored (--dry-run)\n";
    return p.problems.isEmpty() ? Ok : DataProblem;
}

int CliCommands::importTrials(Database &db, const TrialImport::Request &request)
{
    auto plan = TrialImport::read(request, m_exercises);
    if (!plan)
        return fail(DataProblem, plan.error().message());
    if (!plan.value().problems.isEmpty()) {
        for (const QString &problem : plan.value().problems.mid(1))
            m_err << problem << '\n';
        return fail(DataProblem,
                    plan.value().problems.front() + QStringLiteral(" (nothing was stored)"));
    }
    int lastTenth = -1;
    auto stored = TrialImport::store(db, m_exercises, plan.value(), [&](int done, int total) {
        return showProgress(done, total, QStringLiteral("measures"), lastTenth);
    });
    if (!stored)
        return fail(DataProblem, stored.error().message());
    const TrialImport::Outcome &o = stored.value();
    m_out << "imported from " << request.file << " into " << db.location() << ": sessions "
          << o.sessions << ", trials " << o.trials << ", new participants " << o.participantsAdded
          << '\n';
    return Ok;
}

int CliCommands::exportData(Database &db, const ExportOptions &options)
{
    auto written =
        m_formats.find(options.format)->run(db, options.selection, options.out, options.force);
    if (!written) {
        const auto kind = written.error().kind();
        // A folder that holds files, or an unknown participant, is a usage problem.
        return fail(kind == Error::Kind::InvalidInput || kind == Error::Kind::NotFound
                        ? Usage
                        : DataProblem,
                    written.error().message());
    }
    m_out << "wrote " << written.value().size() << " files (" << options.format << ") to "
          << QFileInfo(options.out).absoluteFilePath() << '\n';
    return Ok;
}

int CliCommands::recompute(Database &db, const EvaluateOptions &options)
{
    if (!options.participant.isEmpty())
        if (auto known = ParticipantRepository(db).byCode(options.participant); !known)
            return fail(known.error().kind() == Error::Kind::NotFound ? Usage : DataProblem,
                        known.error().message());
    auto done = MeasureRecompute::run(db, m_exercises, options.exercise, options.participant);
    if (!done)
        return fail(DataProblem, done.error().message());
    m_out << "recomputed " << done.value().recomputed << " sessions under metrics version "
          << kMetricsVersion << " (old values in the audit log); " << done.value().current
          << " already at it";
    if (done.value().unknown > 0)
        m_out << "; " << done.value().unknown << " of exercises this version does not have, left";
    m_out << '\n';
    return Ok;
}

int CliCommands::evaluate(Database &db, const EvaluateOptions &options)
{
    if (!options.participant.isEmpty()) // an unknown participant is a usage problem
        if (auto known = ParticipantRepository(db).byCode(options.participant); !known)
            return fail(known.error().kind() == Error::Kind::NotFound ? Usage : DataProblem,
                        known.error().message());
    auto results = ModelEvaluation::run(db, m_exercises, options.exercise, options.participant);
    if (!results)
        return fail(DataProblem, results.error().message());
    for (const auto &r : results.value()) {
        if (options.json) {
            m_out << QJsonDocument(ModelEvaluation::toJson(r)).toJson(QJsonDocument::Compact)
                  << '\n';
            continue;
        }
        m_out << r.exercise << ": " << r.scores[ModelEvaluation::Model].n() << " trials of "
              << r.people << " people, each predicted before it was learnt from\n";
        m_out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                     .arg(QStringLiteral("predictor"), -26)
                     .arg(QStringLiteral("Brier"), 8)
                     .arg(QStringLiteral("log loss"), 9)
                     .arg(QStringLiteral("pred-obs"), 9)
                     .arg(QStringLiteral("logRT RMSE"), 11);
        for (int k = 0; k < ModelEvaluation::Count; ++k) {
            const auto &s = r.scores[std::size_t(k)];
            const auto f = [](std::optional<double> v, int width) {
                return v ? QStringLiteral("%1").arg(*v, width, 'f', 4)
                         : QStringLiteral("%1").arg(QStringLiteral("-"), width);
            };
            m_out << "  "
                  << QStringLiteral("%1").arg(ModelEvaluation::name(ModelEvaluation::Predictor(k)),
                                              -26)
                  << ' ' << f(s.brier(), 8) << ' ' << f(s.logLoss(), 9) << ' '
                  << f(s.calibration(), 9) << ' ' << f(s.logRtRmse(), 11) << '\n';
        }
        m_out << "  reliability of the model (predicted: n, mean predicted, observed):\n";
        const auto bins = r.scores[ModelEvaluation::Model].reliability();
        for (std::size_t b = 0; b < bins.size(); ++b)
            if (bins[b].n > 0)
                m_out << QStringLiteral("    %1-%2: %3, %4, %5\n")
                             .arg(double(b) / 10, 0, 'f', 1)
                             .arg(double(b + 1) / 10, 0, 'f', 1)
                             .arg(bins[b].n)
                             .arg(bins[b].meanPredicted, 0, 'f', 3)
                             .arg(bins[b].meanObserved, 0, 'f', 3);
    }
    return Ok;
}

} // namespace attend
