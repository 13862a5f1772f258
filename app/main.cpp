#include "appidentity.h"
#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "storage/database.h"

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
std::unique_ptr<Database> openInteractively(QString location)
{
    for (;;) {
        auto opened = Database::open(location);
        if (opened)
            return std::move(opened).value();
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Attend"),
                        QApplication::translate("main", "Attend cannot use its database.\n\n%1")
                            .arg(opened.error().message()));
        QPushButton *other = box.addButton(
            QApplication::translate("main", "Choose another file…"), QMessageBox::AcceptRole);
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
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file (default: %1).")
                                          .arg(Database::defaultLocation()),
                                      QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: en or zh_CN."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption participantOption(
        QStringLiteral("participant"), QStringLiteral("Open this participant's home page."),
        QStringLiteral("CODE"));
    parser.addOptions({dbOption, langOption, participantOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"; see --help")
                              .arg(parser.positionalArguments().constFirst()));

    const auto store = openUserSettings();
    Settings settings(*store);
    const QString language = parser.isSet(langOption) ? parser.value(langOption)
                                                      : settings.languageCode();
    LanguageLoader languages(&app);
    if (!languages.load(language))
        return usageError(QStringLiteral("--lang %1 is not available; choose one of: %2")
                              .arg(language, LanguageLoader::available().join(u", ")));

    const auto db = openInteractively(parser.isSet(dbOption) ? parser.value(dbOption)
                                                             : settings.databaseLocation());
    if (!db)
        return 2;

    ExerciseRegistry registry;
    registerBuiltInExercises(registry);
    MainWindow window(*db, settings, registry);
    if (parser.isSet(participantOption) && !window.openParticipant(parser.value(participantOption)))
        return usageError(QStringLiteral("there is no active participant %1 in %2")
                              .arg(parser.value(participantOption), db->location()));
    window.show();
    return app.exec();
}
