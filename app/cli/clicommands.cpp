#include "clicommands.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/schema.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include "builtinexercises.h"
#include "pdfreportformat.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace attend {

namespace {

const char kUsage[] =
    "Commands:\n"
    "  check                          integrity and schema report\n"
    "  participants list              list every participant\n"
    "  participants add CODE [--name NAME]\n"
    "                                 add a participant\n"
    "  simulate --participants N --sessions S --exercise ID|all\n"
    "           [--mode assessment|training] [--seed K] [--trials N]\n"
    "                                 simulated trainees through real sessions\n"
    "                                 (default: an assessment, then training)\n"
    "  export --format FORMAT --out DIR [--participant CODE]\n"
    "         [--exercise ID] [--since YYYY-MM-DD] [--names] [--force]\n"
    "         [--audience clinician|participant]   (pdf: one report each)\n"
    "                                 export sessions (never changes the database);\n"
    "                                 FORMAT is %1\n";

} // namespace

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
    QCommandLineParser parser;
    const QString formats = (m_formats.ids() << QStringLiteral("pdf")).join(u'|');
    parser.setApplicationDescription(QStringLiteral("Attend's command-line tool.\n\n") +
                                     QString::fromLatin1(kUsage).arg(formats));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: %1).").arg(Database::defaultLocation()),
        QStringLiteral("PATH"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("Display name for participants add."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption participantsOption(
        QStringLiteral("participants"), QStringLiteral("simulate: how many people (1–1000)."),
        QStringLiteral("N"));
    const QCommandLineOption sessionsOption(
        QStringLiteral("sessions"),
        QStringLiteral("simulate: sessions per person and exercise (1–200)."), QStringLiteral("S"));
    const QCommandLineOption exerciseOption(QStringLiteral("exercise"),
                                            QStringLiteral("simulate: an exercise id, or all."),
                                            QStringLiteral("ID"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("simulate: assessment or training only."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("simulate: random seed (default 1)."),
                                        QStringLiteral("K"));
    const QCommandLineOption trialsOption(
        QStringLiteral("trials"),
        QStringLiteral("simulate: at most N trials per session (default: the full protocol)."),
        QStringLiteral("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("export: %1.").arg(formats),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("export: the folder to write."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption participantOption(
        QStringLiteral("participant"),
        QStringLiteral("export: only this participant (repeatable)."), QStringLiteral("CODE"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         QStringLiteral("export: sessions from this date on."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption namesOption(QStringLiteral("names"),
                                         QStringLiteral("export: include display names."));
    const QCommandLineOption audienceOption(
        QStringLiteral("audience"),
        QStringLiteral("export --format pdf: clinician (default) or participant."),
        QStringLiteral("WHO"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), QStringLiteral("export: write into a folder that holds files."));
    parser.addOptions({dbOption, nameOption, participantsOption, sessionsOption, exerciseOption,
                       modeOption, seedOption, trialsOption, formatOption, outOption,
                       participantOption, sinceOption, namesOption, forceOption, audienceOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."),
                                 QStringLiteral("check|participants ..."));

    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(version)) {
        m_out << "attend-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(Usage, QStringLiteral("no command given; try --help"));
    const QString command = args.constFirst();
    if (command != u"check" && command != u"participants" && command != u"simulate" &&
        command != u"export")
        return fail(Usage, QStringLiteral("unknown command \"%1\"; try --help").arg(command));
    for (const auto *option : {&formatOption, &outOption, &participantOption, &sinceOption,
                               &namesOption, &forceOption, &audienceOption})
        if (parser.isSet(*option) && command != u"export")
            return fail(
                Usage,
                QStringLiteral("--%1 is only for \"export\"").arg(option->names().constFirst()));
    ExportOptions exporting;
    if (command == u"export") {
        if (args.size() > 1)
            return fail(Usage, QStringLiteral("export takes options only; try --help"));
        const QString audience = parser.isSet(audienceOption) ? parser.value(audienceOption)
                                                              : QStringLiteral("clinician");
        if (parser.isSet(audienceOption) &&
            (parser.value(formatOption) != u"pdf" ||
             (audience != u"clinician" && audience != u"participant")))
            return fail(Usage, QStringLiteral("--audience is clinician or participant, for "
                                              "--format pdf"));
        const auto id = formatId(parser.value(formatOption), audience);
        if (!id)
            return fail(Usage, QStringLiteral("--format is %1").arg(formats));
        if (parser.value(outOption).isEmpty())
            return fail(Usage, QStringLiteral("--out needs the folder to write"));
        exporting.format = *id;
        exporting.out = parser.value(outOption);
        exporting.force = parser.isSet(forceOption);
        exporting.selection.participantCodes = parser.values(participantOption);
        if (parser.isSet(exerciseOption))
            exporting.selection.exercises = {parser.value(exerciseOption)};
        exporting.selection.includeNames = parser.isSet(namesOption);
        if (parser.isSet(sinceOption)) {
            exporting.selection.since = QDate::fromString(parser.value(sinceOption), Qt::ISODate);
            if (!exporting.selection.since.isValid())
                return fail(Usage, QStringLiteral("--since needs a date as YYYY-MM-DD, not \"%1\"")
                                       .arg(parser.value(sinceOption)));
        }
    }
    for (const auto *option :
         {&participantsOption, &sessionsOption, &modeOption, &seedOption, &trialsOption})
        if (parser.isSet(*option) && command != u"simulate")
            return fail(
                Usage,
                QStringLiteral("--%1 is only for \"simulate\"").arg(option->names().constFirst()));
    SimulateOptions simulation;
    if (command == u"simulate") {
        if (args.size() > 1)
            return fail(Usage, QStringLiteral("simulate takes options only; try --help"));
        const auto count = [&](const QCommandLineOption &option, int low, int high, int fallback,
                               int &value) {
            if (!parser.isSet(option)) {
                value = fallback;
                return fallback >= 0;
            }
            bool ok = false;
            value = parser.value(option).toInt(&ok);
            return ok && value >= low && value <= high;
        };
        if (!count(participantsOption, 1, 1000, -1, simulation.plan.participants))
            return fail(Usage, QStringLiteral("--participants needs a number from 1 to 1000"));
        if (!count(sessionsOption, 1, 200, -1, simulation.plan.sessions))
            return fail(Usage, QStringLiteral("--sessions needs a number from 1 to 200"));
        if (!count(trialsOption, 1, 100000, 0, simulation.plan.trialLimit))
            return fail(Usage, QStringLiteral("--trials needs a number from 1 to 100000"));
        bool seedOk = true;
        simulation.plan.seed =
            parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&seedOk) : 1;
        if (!seedOk)
            return fail(Usage, QStringLiteral("--seed needs a whole number"));
        if (!parser.isSet(exerciseOption))
            return fail(Usage, QStringLiteral("--exercise needs an exercise id or all"));
        simulation.exercise = parser.value(exerciseOption);
        const QString mode = parser.value(modeOption);
        if (mode == u"assessment")
            simulation.plan.mode = SessionMode::Assessment;
        else if (mode == u"training")
            simulation.plan.mode = SessionMode::Training;
        else if (parser.isSet(modeOption))
            return fail(Usage,
                        QStringLiteral("--mode is assessment or training, not \"%1\"").arg(mode));
    }
    if (parser.isSet(nameOption) && !(command == u"participants" && args.value(1) == u"add"))
        return fail(Usage, QStringLiteral("--name is only for \"participants add\""));
    if (command == u"check" && args.size() > 1)
        return fail(Usage, QStringLiteral("check takes no arguments (use --db PATH)"));

    Database::Options dbOptions;
    // Simulated data is written in bulk; WAL keeps the file safe, a power cut may lose the
    // last sessions, which can be simulated again.
    dbOptions.durableCommits = command != u"simulate";
    auto db = Database::open(
        parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultLocation(), dbOptions);
    if (!db)
        return fail(DataProblem, db.error().message());
    if (command == u"check")
        return check(*db.value());
    if (command == u"simulate")
        return simulate(*db.value(), simulation);
    if (command == u"export")
        return exportData(*db.value(), exporting);
    return participants(*db.value(), args.mid(1), parser.value(nameOption));
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
    m_out << "participants: " << participants.value().size() << " ("
          << participants.value().size() - active.value().size() << " archived)\n";
    m_out << "sessions: " << sessionTotal << " (completed "
          << bySession.value(SessionStatus::Completed) << ", running "
          << bySession.value(SessionStatus::Running) << ", aborted "
          << bySession.value(SessionStatus::Aborted) << ", interrupted "
          << bySession.value(SessionStatus::Interrupted) << ")\n";
    m_out << "trials: " << trials.value() << '\n';
    m_out << "audit entries: " << audit.value() << '\n';
    m_out << "sessions left running: " << running.value().size() << '\n';
    for (const SessionInfo &s : running.value())
        m_out << "  session " << s.id << ": participant " << s.participantCode << ", " << s.exercise
              << ", " << storedName(s.mode) << ", started " << s.startedAt.toString(Qt::ISODate)
              << ", " << s.trialCount << " trials saved\n";
    m_out.flush();
    if (!healthy)
        return fail(DataProblem, QStringLiteral("the database %1 failed its integrity check: %2")
                                     .arg(db.location(), integrity.value().constFirst()));
    return Ok;
}

int CliCommands::participants(Database &db, const QStringList &args, const QString &name)
{
    const QString sub = args.value(0);
    if (sub == u"list" && args.size() == 1) {
        auto all = ParticipantRepository(db).list(ParticipantRepository::Which::All);
        if (!all)
            return fail(DataProblem, all.error().message());
        m_out << "code\tname\tcreated_at\tarchived\n";
        for (const Participant &p : all.value())
            m_out << p.code << '\t' << p.displayName << '\t' << p.createdAt.toString(Qt::ISODate)
                  << '\t' << (p.archived ? "yes" : "no") << '\n';
        return Ok;
    }
    if (sub == u"add" && args.size() == 2) {
        auto added = ParticipantRepository(db).add(args.at(1), name);
        if (!added)
            return fail(added.error().kind() == Error::Kind::InvalidInput ? Usage
                                                                                 : DataProblem,
                        added.error().message());
        m_out << "added participant " << added.value().code << '\n';
        return Ok;
    }
    return fail(Usage, QStringLiteral("use \"participants list\" or \"participants add CODE "
                                      "[--name NAME]\""));
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
    const ExerciseRegistry &registry = m_exercises;
    SimulationPlan plan = options.plan;
    if (options.exercise == u"all") {
        for (const auto &e : registry.all())
            plan.exercises << e->id();
    } else if (registry.find(options.exercise)) {
        plan.exercises << options.exercise;
    } else {
        QStringList known;
        for (const auto &e : registry.all())
            known << e->id();
        return fail(Usage, QStringLiteral("there is no exercise \"%1\"; choose one of %2 or all")
                               .arg(options.exercise, known.join(QStringLiteral(", "))));
    }
    // A bar on a terminal; otherwise a line every tenth of the way, for logs.
    const bool terminal = isatty(fileno(stderr));
    int lastTenth = -1;
    const auto progress = [&](int done, int total, const QString &what) {
        if (terminal) {
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
    };
    auto codes = TraineeSimulation(db, registry).run(plan, progress);
    if (!codes)
        return fail(DataProblem, codes.error().message());
    m_out << "simulated " << codes.value().size() << " participants ("
          << codes.value().join(QStringLiteral(", ")) << "), " << plan.sessions
          << " sessions each of " << plan.exercises.join(QStringLiteral(", ")) << " into "
          << db.location() << '\n';
    return Ok;
}

int CliCommands::exportData(Database &db, const ExportOptions &options)
{
    auto written = m_formats.find(options.format)
                       ->run(db, options.selection, options.out, options.force);
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

} // namespace attend
