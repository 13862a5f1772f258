#include "appidentity.h"
#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "exportdialog.h"
#include "focusonexpose.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "sceneregistry.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "timingcheck/timingcheckexercise.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <cstdio>

using namespace attend;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "attend: %s\n", qPrintable(message));
    return 1;
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

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    applyAppIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attend.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Attend: attention training and assessment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto db = option("db", "Database file (default: the standard location).", "PATH");
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
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"; see --help")
                              .arg(parser.positionalArguments().constFirst()));

    // Kiosk options are checked before anything is opened, so a wrong script fails at once.
    RunRequest request;
    const bool kiosk = parser.isSet(timingCheck) || parser.isSet(exercise);
    if (parser.isSet(timingCheck) && parser.isSet(exercise))
        return usageError(QStringLiteral("--timing-check and --exercise exclude each other"));
    if (parser.isSet(exercise) && !parser.isSet(participant))
        return usageError(QStringLiteral("--exercise needs --participant CODE"));
    if (parser.isSet(mode)) {
        const QString m = parser.value(mode);
        if (m != u"assessment" && m != u"training")
            return usageError(
                QStringLiteral("--mode must be assessment or training, not \"%1\"").arg(m));
        request.mode = m == u"training" ? SessionMode::Training : SessionMode::Assessment;
    }
    if (parser.isSet(trials)) {
        bool ok = false;
        request.trialLimit = parser.value(trials).toInt(&ok);
        if (!ok || request.trialLimit < 1 || request.trialLimit > 100000)
            return usageError(QStringLiteral("--trials must be a whole number from 1 to 100000, "
                                             "not \"%1\"")
                                  .arg(parser.value(trials)));
    }
    for (const QCommandLineOption *sessionOnly : {&mode, &trials, &noInstructions, &quitWhenDone})
        if (parser.isSet(*sessionOnly) && !kiosk)
            return usageError(QStringLiteral("--%1 needs --exercise or --timing-check")
                                  .arg(sessionOnly->names().constFirst()));
    request.instructions = !parser.isSet(noInstructions);
    if (parser.isSet(quitWhenDone))
        request.summarySeconds = 5; // unattended: show the summary, then go
    if (parser.isSet(fullScreen))
        request.fullScreen = true;
    if (parser.isSet(marker))
        request.photodiodeMarker = true;

    const auto store = openUserSettings();
    Settings settings(*store);
    const QString language = parser.isSet(lang) ? parser.value(lang) : settings.languageCode();
    LanguageLoader languages(&app);
    if (!languages.load(language))
        return usageError(QStringLiteral("--lang %1 is not available; choose one of: %2")
                              .arg(language, LanguageLoader::available().join(u", ")));

    const auto database = openInteractively(
        parser.isSet(db) ? parser.value(db) : settings.databaseLocation(), !kiosk);
    if (!database)
        return 2;

    ExerciseRegistry registry;
    SceneRegistry scenes;
    registerBuiltInExercises(registry, scenes);
    MainWindow window(*database, settings, registry, scenes);

    if (parser.isSet(participant)) {
        auto found = ParticipantRepository(*database).byCode(parser.value(participant));
        if (!found || found.value().archived)
            return usageError(QStringLiteral("there is no active participant %1 in %2")
                                  .arg(parser.value(participant), database->location()));
        request.participantId = found.value().id;
        window.openParticipant(found.value().code);
    }
    QObject::connect(&window, &MainWindow::exportRequested, &window,
                     [&](const QString &participantCode) {
                         ExportDialog dialog(*database, registry, participantCode, &window);
                         dialog.exec();
                     });
    if (!kiosk) {
        window.show();
        FocusOnExpose::install(&window, &window);
        return app.exec();
    }

    request.exerciseId =
        parser.isSet(timingCheck) ? TimingCheckExercise::exerciseId() : parser.value(exercise);
    if (parser.isSet(timingCheck)) {
        request.participantId = 0; // the timing check measures the computer
        // Its trials are one block: --trials sets how many there are.
        if (request.trialLimit > 0)
            request.parameterOverrides.insert(QStringLiteral("trials"), request.trialLimit);
    } else if (!registry.find(request.exerciseId))
        return usageError(QStringLiteral("there is no exercise \"%1\" in this version of Attend")
                              .arg(request.exerciseId));
    QString problem;
    if (!window.startRun(request, &problem)) {
        std::fprintf(stderr, "attend: %s\n", qPrintable(problem));
        return 2;
    }
    QObject::connect(&window, &MainWindow::runFinished, &app, [&] {
        if (parser.isSet(quitWhenDone))
            QApplication::quit();
        else
            window.show();
    });
    return app.exec();
}
