#include "clioptions.h"

#include "appidentity.h"
#include "settings.h"

#include "storage/database.h"

#include <QSettings>

namespace attend {

namespace {

const char kUsage[] =
    "Commands:\n"
    "  check                          integrity and schema report\n"
    "  participants list              list every participant\n"
    "  participants add CODE [--name NAME]\n"
    "                                 add a participant\n"
    "  sessions close-interrupted     close sessions left running by a program that\n"
    "                                 stopped (not those in progress), keeping their\n"
    "                                 trials and measures\n"
    "  simulate --participants N --sessions S --exercise ID|all\n"
    "           [--mode assessment|training] [--seed K] [--trials N]\n"
    "           [--population FILE.json]\n"
    "                                 simulated trainees through real sessions\n"
    "                                 (default: an assessment, then training)\n"
    "  simulate --participants N --programme ID [--seed K]\n"
    "           [--population FILE.json]\n"
    "                                 ... through a whole programme, baseline to\n"
    "                                 final assessment (docs/programme.md)\n"
    "  export --format FORMAT --out DIR [--participant CODE]\n"
    "         [--exercise ID] [--since YYYY-MM-DD] [--names] [--force]\n"
    "         [--audience clinician|participant]   (pdf: one report each)\n"
    "                                 export sessions (never changes the database);\n"
    "                                 FORMAT is %1\n"
    "  evaluate [--exercise ID] [--participant CODE] [--json]\n"
    "                                 replay stored trials through the attention model\n"
    "                                 and baselines (predict, then update)\n"
    "  import FILE [--exercise ID] [--mapping MAP.json] [--participant CODE]\n"
    "         [--dry-run]\n"
    "                                 store trials recorded elsewhere as imported\n"
    "                                 sessions: Attend's own trials.csv, or any\n"
    "                                 CSV/TSV with a mapping (docs/import.md)\n"
    "  copy --from SOURCE --to TARGET\n"
    "                                 add what SOURCE has and TARGET lacks (a workstation's\n"
    "                                 file into a clinic's server, or back as a backup);\n"
    "                                 run twice, it stores nothing twice\n"
    "  server init --db postgresql://…\n"
    "                                 make the schema and the clinician and workstation\n"
    "                                 roles on a clinic's server (docs/clinic.md)\n"
    "  recompute [--exercise ID] [--participant CODE]\n"
    "                                 bring stored measures to the current metrics\n"
    "                                 version; the old values go to the audit log\n"
    "\n"
    "With the clinician lock on (File > Clinician lock in the app), export and\n"
    "participants add need its passphrase, and participants list shows names only\n"
    "with it: typed at the terminal, or piped with --passphrase-stdin. On a clinic's\n"
    "server the server's roles decide instead (docs/clinic.md).\n";

Error usage(const QString &message)
{
    return Error(Error::Kind::InvalidInput, message);
}

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

} // namespace

CliOptions::CliOptions(const QStringList &formats)
    : m_formats(formats),
      m_db(QStringLiteral("db"),
           QStringLiteral("Database file, or a clinic's server as postgresql://user@host/db "
                          "(default: the one chosen in the app's settings, else %1).")
               .arg(Database::defaultLocation()),
           QStringLiteral("PATH|URL")),
      m_name(option("name", "Display name for participants add.", "NAME")),
      m_participants(option("participants", "simulate: how many people (1–1000).", "N")),
      m_sessions(option("sessions", "simulate: sessions per person and exercise (1–200).", "S")),
      m_exercise(option("exercise",
                        "simulate, export, evaluate, recompute, import: an exercise id "
                        "(simulate: or all).",
                        "ID")),
      m_mode(option("mode", "simulate: assessment or training only.", "MODE")),
      m_seed(option("seed", "simulate: random seed (default 1).", "K")),
      m_trials(option("trials",
                      "simulate: at most N trials per session (default: the full "
                      "protocol).",
                      "N")),
      m_format(QStringLiteral("format"), QStringLiteral("export: %1.").arg(formats.join(u'|')),
               QStringLiteral("FORMAT")),
      m_out(option("out", "export: the folder to write.", "DIR")),
      m_participant(option("participant",
                           "export, evaluate, recompute: only this participant (export: "
                           "repeatable); import: store every row under this code.",
                           "CODE")),
      m_since(option("since", "export: sessions from this date on.", "YYYY-MM-DD")),
      m_names(option("names", "export: include display names.")),
      m_audience(
          option("audience", "export --format pdf: clinician (default) or participant.", "WHO")),
      m_force(option("force", "export: write into a folder that holds files.")),
      m_json(option("json", "evaluate: one JSON object per exercise, one per line.")),
      m_population(option("population",
                          "simulate: draw people from this population file (docs/simulation.md).",
                          "FILE")),
      m_programme(option("programme",
                         "simulate: follow this programme (attention-4w, speed-2w) instead of "
                         "--sessions, --exercise and --mode.",
                         "ID")),
      m_mapping(
          option("mapping", "import: how the file's columns map to Attend's fields.", "MAP.json")),
      m_dryRun(option("dry-run", "import: report what would be stored; store nothing.")),
      m_passphraseStdin(option("passphrase-stdin",
                               "export, participants: read the clinician lock's passphrase from "
                               "the first line of standard input (a terminal is asked).")),
      m_from(
          option("from", "copy: the database to copy from (a file or postgresql://…).", "SOURCE")),
      m_to(option("to", "copy: the database to copy into (made when missing).", "TARGET"))
{
    m_parser.setApplicationDescription(QStringLiteral("Attend's command-line tool.\n\n") +
                                       QString::fromLatin1(kUsage).arg(formats.join(u'|')));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_db,
                         m_name,
                         m_participants,
                         m_sessions,
                         m_exercise,
                         m_mode,
                         m_seed,
                         m_trials,
                         m_format,
                         m_out,
                         m_participant,
                         m_since,
                         m_names,
                         m_force,
                         m_audience,
                         m_json,
                         m_population,
                         m_mapping,
                         m_dryRun,
                         m_passphraseStdin,
                         m_programme,
                         m_from,
                         m_to});
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."),
                                   QStringLiteral("check|participants ..."));
}

Result<void> CliOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (helpAsked() || versionAsked())
        return {};
    const QString c = command();
    if (c.isEmpty())
        return usage(QStringLiteral("no command given; try --help"));
    if (c != u"check" && c != u"participants" && c != u"sessions" && c != u"simulate" &&
        c != u"export" && c != u"evaluate" && c != u"recompute" && c != u"import" &&
        c != u"server" && c != u"copy")
        return usage(QStringLiteral("unknown command \"%1\"; try --help").arg(c));
    return checkCommand();
}

Result<void> CliOptions::checkCommand() const
{
    const QString c = command();
    const auto only = [this, &c](std::initializer_list<const QCommandLineOption *> options,
                                 const QString &owner) -> Result<void> {
        for (const auto *o : options)
            if (m_parser.isSet(*o) && c != owner)
                return usage(
                    QStringLiteral("--%1 is only for \"%2\"").arg(o->names().constFirst(), owner));
        return {};
    };
    if (auto r = only({&m_format, &m_out, &m_since, &m_names, &m_force, &m_audience},
                      QStringLiteral("export"));
        !r)
        return r;
    if (m_parser.isSet(m_participant) && c != u"export" && c != u"evaluate" && c != u"recompute" &&
        c != u"import")
        return usage(
            QStringLiteral("--participant is only for export, evaluate, recompute and import"));
    if (auto r = only({&m_mapping, &m_dryRun}, QStringLiteral("import")); !r)
        return r;
    if (m_parser.isSet(m_passphraseStdin) && c != u"export" && c != u"participants")
        return usage(QStringLiteral("--passphrase-stdin is only for export and participants"));
    if (c == u"import" && commandArguments().size() != 1)
        return usage(QStringLiteral("import takes one file: import FILE [--mapping MAP.json]"));
    if (auto r = only({&m_participants, &m_sessions, &m_mode, &m_seed, &m_trials, &m_population,
                       &m_programme},
                      QStringLiteral("simulate"));
        !r)
        return r;
    if (m_parser.isSet(m_name) && !(c == u"participants" && commandArguments().value(0) == u"add"))
        return usage(QStringLiteral("--name is only for \"participants add\""));
    if ((c == u"export" || c == u"simulate" || c == u"evaluate" || c == u"recompute") &&
        !commandArguments().isEmpty())
        return usage(QStringLiteral("%1 takes options only; try --help").arg(c));
    if (auto r = only({&m_from, &m_to}, QStringLiteral("copy")); !r)
        return r;
    if (c == u"copy" && (m_parser.value(m_from).isEmpty() || m_parser.value(m_to).isEmpty() ||
                         m_parser.isSet(m_db) || !commandArguments().isEmpty()))
        return usage(QStringLiteral("use \"copy --from SOURCE --to TARGET\""));
    if (c == u"server" && commandArguments() != QStringList{QStringLiteral("init")})
        return usage(QStringLiteral("use \"server init --db postgresql://…\""));
    if (c == u"check" && !commandArguments().isEmpty())
        return usage(QStringLiteral("check takes no arguments (use --db PATH)"));
    return {};
}

QString CliOptions::database() const
{
    if (m_parser.isSet(m_db))
        return m_parser.value(m_db);
    // The database the app uses: the one chosen in its settings, or the standard one.
    const auto store = openUserSettings();
    return Settings(*store).databaseLocation();
}

Result<ExportOptions> CliOptions::exportOptions(const FormatLookup &formatId) const
{
    const QString audience =
        m_parser.isSet(m_audience) ? m_parser.value(m_audience) : QStringLiteral("clinician");
    if (m_parser.isSet(m_audience) && (m_parser.value(m_format) != u"pdf" ||
                                       (audience != u"clinician" && audience != u"participant")))
        return usage(QStringLiteral("--audience is clinician or participant, for --format pdf"));
    const auto id = formatId(m_parser.value(m_format), audience);
    if (!id)
        return usage(QStringLiteral("--format is %1").arg(m_formats.join(u'|')));
    if (m_parser.value(m_out).isEmpty())
        return usage(QStringLiteral("--out needs the folder to write"));
    ExportOptions o;
    o.format = *id;
    o.out = m_parser.value(m_out);
    o.force = m_parser.isSet(m_force);
    o.selection.participantCodes = m_parser.values(m_participant);
    if (m_parser.isSet(m_exercise))
        o.selection.exercises = {m_parser.value(m_exercise)};
    o.selection.includeNames = m_parser.isSet(m_names);
    if (m_parser.isSet(m_since)) {
        o.selection.since = QDate::fromString(m_parser.value(m_since), Qt::ISODate);
        if (!o.selection.since.isValid())
            return usage(QStringLiteral("--since needs a date as YYYY-MM-DD, not \"%1\"")
                             .arg(m_parser.value(m_since)));
    }
    return o;
}

EvaluateOptions CliOptions::evaluateOptions() const
{
    return {m_parser.value(m_exercise), m_parser.value(m_participant), m_parser.isSet(m_json)};
}

Result<ImportOptions> CliOptions::importOptions() const
{
    ImportOptions o;
    o.request.file = commandArguments().value(0);
    o.request.exercise = m_parser.value(m_exercise);
    o.request.mappingFile = m_parser.value(m_mapping);
    o.request.participant = m_parser.value(m_participant);
    o.dryRun = m_parser.isSet(m_dryRun);
    if (!o.request.mappingFile.isEmpty() && o.request.exercise.isEmpty())
        return usage(QStringLiteral("--mapping needs --exercise: the exercise the trials are of"));
    return o;
}

std::optional<int> CliOptions::count(const QCommandLineOption &option, int low, int high,
                                     int fallback) const
{
    if (!m_parser.isSet(option))
        return fallback >= 0 ? std::optional<int>(fallback) : std::nullopt;
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    return ok && value >= low && value <= high ? std::optional<int>(value) : std::nullopt;
}

Result<SimulateOptions> CliOptions::simulateOptions() const
{
    SimulateOptions o;
    const auto participants = count(m_participants, 1, 1000, -1);
    if (!participants)
        return usage(QStringLiteral("--participants needs a number from 1 to 1000"));
    if (m_parser.isSet(m_programme)) {
        if (m_parser.isSet(m_sessions) || m_parser.isSet(m_exercise) || m_parser.isSet(m_mode) ||
            m_parser.isSet(m_trials))
            return usage(QStringLiteral("--programme decides the sessions: leave out --sessions, "
                                        "--exercise, --mode and --trials"));
        o.programme = m_parser.value(m_programme);
    }
    const auto sessions = o.programme.isEmpty() ? count(m_sessions, 1, 200, -1) : std::optional(1);
    if (!sessions)
        return usage(QStringLiteral("--sessions needs a number from 1 to 200"));
    const auto trials = count(m_trials, 1, 100000, 0);
    if (!trials)
        return usage(QStringLiteral("--trials needs a number from 1 to 100000"));
    o.plan.participants = *participants;
    o.plan.sessions = *sessions;
    o.plan.trialLimit = *trials;
    bool seedOk = true;
    o.plan.seed = m_parser.isSet(m_seed) ? m_parser.value(m_seed).toULongLong(&seedOk) : 1;
    if (!seedOk)
        return usage(QStringLiteral("--seed needs a whole number"));
    if (!m_parser.isSet(m_exercise) && o.programme.isEmpty())
        return usage(QStringLiteral("--exercise needs an exercise id or all"));
    o.exercise = m_parser.value(m_exercise);
    o.populationFile = m_parser.value(m_population);
    const QString mode = m_parser.value(m_mode);
    if (mode == u"assessment")
        o.plan.mode = SessionMode::Assessment;
    else if (mode == u"training")
        o.plan.mode = SessionMode::Training;
    else if (m_parser.isSet(m_mode))
        return usage(QStringLiteral("--mode is assessment or training, not \"%1\"").arg(mode));
    return o;
}

} // namespace attend
