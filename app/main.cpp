#include "appidentity.h"
#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "focusonexpose.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "sceneregistry.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/trialspool.h"
#include "timingcheck/timingcheckexercise.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <cstdio>

using namespace attend;

namespace {

// A problem with how Attend was started: the line on stderr, and a dialog too when there is a
// screen to show it on (started from a desktop icon, stderr goes nowhere) — but not for an
// unattended run (--quit-when-done), which a dialog would hold up.
int reportProblem(const QString &message, int exitCode)
{
    std::fprintf(stderr, "attend: %s\n", qPrintable(message));
    const QString platform = QGuiApplication::platformName();
    if (platform != u"offscreen" && platform != u"minimal" &&
        !QCoreApplication::arguments().contains(QStringLiteral("--quit-when-done")))
        QMessageBox::critical(nullptr, QApplication::translate("main", "Attend"), message);
    return exitCode;
}

int usageError(const QString &message)
{
    return reportProblem(message, 1);
}

// Opens the database, letting the user pick another file while the chosen one cannot be used.
std::unique_ptr<Database> openInteractively(QString location, bool interactive)
{
    for (;;) {
        auto opened = Database::open(location);
        if (opened)
            return std::move(opened).value();
        if (!interactive) {
            std::fprintf(stderr, "attend: %s\n", qPrintable(opened.error().message()));
            return nullptr;
        }
        // A clinic's server that wants a password neither ~/.pgpass nor PGPASSWORD gives: asked
        // once, kept for this run only (docs/clinic.md).
        if (opened.error().kind() == Error::Kind::AccessDenied &&
            opened.error().message().contains(QStringLiteral("no password supplied")) &&
            !qEnvironmentVariableIsSet("PGPASSWORD")) {
            bool given = false;
            const QString password = QInputDialog::getText(
                nullptr, QApplication::translate("main", "Attend"),
                QApplication::translate("main", "Password for %1:").arg(location),
                QLineEdit::Password, {}, &given);
            if (given) {
                qputenv("PGPASSWORD", password.toLocal8Bit());
                continue;
            }
        }
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Attend"),
                        QApplication::translate("main", "Attend cannot use its database.\n\n%1")
                            .arg(opened.error().message()));
        QPushButton *other = box.addButton(QApplication::translate("main", "Choose another file…"),
                                           QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return nullptr;
        location = QFileDialog::getSaveFileName(
            nullptr, QApplication::translate("main", "Database file"), location,
            QApplication::translate("main", "Attend databases (*.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (location.isEmpty())
            return nullptr;
    }
}

// Trials an earlier session kept on this computer while the clinic's server was away (issue
// #23) go to it now, before anything lists sessions still running; what was sent, for the
// status bar (empty: nothing waited).
QString sendSpooledTrials(Database &db)
{
    if (!db.isServer())
        return {};
    auto sent = TrialSpool::sendWaiting(db, TrialSpool::defaultLocation());
    if (!sent) {
        std::fprintf(stderr, "attend: %s\n", qPrintable(sent.error().message()));
        return sent.error().message();
    }
    if (sent.value().sessions == 0)
        return {};
    return QApplication::translate("main", "Sent to the server: %1 trials kept on this computer "
                                           "while it was out of reach (sessions: %2).")
        .arg(sent.value().trials)
        .arg(sent.value().sessions);
}

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

// --mode and --trials of a kiosk run.
Result<void> parseRun(const QCommandLineParser &parser, const QCommandLineOption &mode,
                      const QCommandLineOption &trials, RunRequest &request)
{
    if (parser.isSet(mode)) {
        const QString m = parser.value(mode);
        if (m != u"assessment" && m != u"training")
            return Error(
                Error::Kind::InvalidInput,
                QStringLiteral("--mode must be assessment or training, not \"%1\"").arg(m));
        request.mode = m == u"training" ? SessionMode::Training : SessionMode::Assessment;
    }
    if (parser.isSet(trials)) {
        bool ok = false;
        request.trialLimit = parser.value(trials).toInt(&ok);
        if (!ok || request.trialLimit < 1 || request.trialLimit > 100000)
            return Error(Error::Kind::InvalidInput,
                         QStringLiteral("--trials must be a whole number from 1 to 100000, "
                                        "not \"%1\"")
                             .arg(parser.value(trials)));
    }
    return {};
}

// attend's command line (DESIGN.md §7). Kiosk options (a session started directly) are checked
// before anything is opened, so a wrong clinic script fails at once.
struct Launch
{
    QString database; // empty: the one in the settings
    QString language; // empty: the one in the settings
    QString participant;
    bool timingCheck = false;
    bool quitWhenDone = false;
    RunRequest request; // exerciseId set: a kiosk run
    bool kiosk() const { return timingCheck || !request.exerciseId.isEmpty(); }
};

Result<Launch> parseLaunch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Attend: attention training and assessment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto db = option("db",
                           "Database file, or a clinic's server as postgresql://user@host/db "
                           "(default: the standard location).",
                           "PATH|URL");
    const auto lang = option("lang", "Interface language: en or zh_CN.", "LANG");
    const auto participant =
        option("participant", "Open this participant; with --exercise, start a session.", "CODE");
    const auto exercise = option("exercise", "Start a session of this exercise.", "ID");
    const auto mode = option("mode", "assessment (default) or training.", "MODE");
    const auto trials = option("trials", "Run at most N trials (practice not counted).", "N");
    const auto noInstructions = option("no-instructions", "Skip the instruction screen.");
    const auto quitWhenDone = option("quit-when-done", "Quit when the session ends.");
    const auto fullScreen = option("fullscreen", "Run the session full screen.");
    const auto marker = option("photodiode-marker", "Show the photodiode marker (top-left).");
    const auto timingCheck = option("timing-check", "Run the timing check.");
    parser.addOptions({db, lang, participant, exercise, mode, trials, noInstructions, quitWhenDone,
                       fullScreen, marker, timingCheck});
    parser.process(arguments); // --help and --version print and exit here
    const auto usage = [](const QString &message) {
        return Error(Error::Kind::InvalidInput, message);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"; see --help")
                         .arg(parser.positionalArguments().constFirst()));
    Launch launch;
    launch.database = parser.value(db);
    launch.language = parser.value(lang);
    launch.participant = parser.value(participant);
    launch.timingCheck = parser.isSet(timingCheck);
    launch.quitWhenDone = parser.isSet(quitWhenDone);
    launch.request.exerciseId = parser.value(exercise);
    if (launch.timingCheck && parser.isSet(exercise))
        return usage(QStringLiteral("--timing-check and --exercise exclude each other"));
    if (parser.isSet(exercise) && !parser.isSet(participant))
        return usage(QStringLiteral("--exercise needs --participant CODE"));
    for (const QCommandLineOption *sessionOnly : {&mode, &trials, &noInstructions, &quitWhenDone})
        if (parser.isSet(*sessionOnly) && !launch.kiosk())
            return usage(QStringLiteral("--%1 needs --exercise or --timing-check")
                             .arg(sessionOnly->names().constFirst()));
    if (auto r = parseRun(parser, mode, trials, launch.request); !r)
        return r.error();
    launch.request.instructions = !parser.isSet(noInstructions);
    if (launch.quitWhenDone)
        launch.request.summarySeconds = 5; // unattended: show the summary, then go
    launch.request.fullScreen = launch.request.fullScreen || parser.isSet(fullScreen);
    launch.request.photodiodeMarker = launch.request.photodiodeMarker || parser.isSet(marker);
    return launch;
}

// Starts the session a clinic script asked for; the exit code on failure, 0 once it runs.
int startKiosk(MainWindow &window, const ExerciseRegistry &registry, Launch &launch)
{
    RunRequest &request = launch.request;
    if (launch.timingCheck) {
        request.exerciseId = TimingCheckExercise::exerciseId();
        request.participantId = 0; // the timing check measures the computer
        // Its trials are one block: --trials sets how many there are.
        if (request.trialLimit > 0)
            request.parameterOverrides.insert(QStringLiteral("trials"), request.trialLimit);
    } else if (!registry.find(request.exerciseId)) {
        return usageError(QStringLiteral("there is no exercise \"%1\" in this version of Attend")
                              .arg(request.exerciseId));
    }
    QString problem;
    if (!window.startRun(request, &problem))
        return reportProblem(problem, 2);
    QObject::connect(&window, &MainWindow::runFinished, &window, [&window, &launch] {
        if (launch.quitWhenDone)
            QApplication::quit();
        else
            window.show();
    });
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    applyAppIdentity();
    keepNewFilesPrivate();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attend.svg")));
    auto parsed = parseLaunch(QCoreApplication::arguments());
    if (!parsed)
        return usageError(parsed.error().message());
    Launch &launch = parsed.value();

    const auto store = openUserSettings();
    Settings settings(*store);
    const QString language = launch.language.isEmpty() ? settings.languageCode() : launch.language;
    LanguageLoader languages(&app);
    if (!languages.load(language))
        return usageError(QStringLiteral("--lang %1 is not available; choose one of: %2")
                              .arg(language, LanguageLoader::available().join(u", ")));
    const auto database = openInteractively(
        launch.database.isEmpty() ? settings.databaseLocation() : launch.database, !launch.kiosk());
    if (!database)
        return 2;

    const QString sent = sendSpooledTrials(*database);

    ExerciseRegistry registry;
    SceneRegistry scenes;
    registerBuiltInExercises(registry, scenes);
    MainWindow window(*database, settings, registry, scenes);
    if (!sent.isEmpty())
        window.statusBar()->showMessage(sent);
    if (!launch.participant.isEmpty()) {
        auto found = ParticipantRepository(*database).byCode(launch.participant);
        if (!found || found.value().archived)
            return usageError(QStringLiteral("there is no active participant %1 in %2")
                                  .arg(launch.participant, database->location()));
        launch.request.participantId = found.value().id;
        window.openParticipant(found.value().code);
    }
    if (!launch.kiosk()) {
        window.show();
        FocusOnExpose::install(&window, &window);
        return app.exec();
    }
    if (const int failed = startKiosk(window, registry, launch))
        return failed;
    return app.exec();
}
