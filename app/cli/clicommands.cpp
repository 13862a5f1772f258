#include "clicommands.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/schema.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace attend {

namespace {

const char kUsage[] = "Commands:\n"
                      "  check                          integrity and schema report\n"
                      "  participants list              list every participant\n"
                      "  participants add CODE [--name NAME]\n"
                      "                                 add a participant\n";

} // namespace

int CliCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Attend's command-line tool.\n\n") +
                                     QString::fromLatin1(kUsage));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: %1).").arg(Database::defaultLocation()),
        QStringLiteral("PATH"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("Display name for participants add."),
                                        QStringLiteral("NAME"));
    parser.addOptions({dbOption, nameOption});
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
    if (command != u"check" && command != u"participants")
        return fail(Usage, QStringLiteral("unknown command \"%1\"; try --help").arg(command));
    if (parser.isSet(nameOption) && !(command == u"participants" && args.value(1) == u"add"))
        return fail(Usage, QStringLiteral("--name is only for \"participants add\""));
    if (command == u"check" && args.size() > 1)
        return fail(Usage, QStringLiteral("check takes no arguments (use --db PATH)"));

    auto db = Database::open(parser.isSet(dbOption) ? parser.value(dbOption)
                                                    : Database::defaultLocation());
    if (!db)
        return fail(DataProblem, db.error().message());
    if (command == u"check")
        return check(*db.value());
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
    for (const StorageError *error :
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
            return fail(added.error().kind() == StorageError::Kind::InvalidInput ? Usage
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

} // namespace attend
