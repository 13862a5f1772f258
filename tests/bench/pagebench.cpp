// Benchmark (issue #22): how long the app's pages take to open on a large database, timed in the
// app's own classes on Qt's offscreen platform —
//   start (database opened, main window built and shown) to a usable participant list;
//   the progress page of the participant with the most completed sessions of one exercise;
//   that participant's clinician PDF report (it runs while the export dialog shows progress).
//
//   build/tests/bench/pagebench DB.sqlite        (tests/bench/scale.sh runs it on ~1 M trials)
#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "mainwindow.h"
#include "participantpage.h"
#include "progresspage.h"
#include "reportwriter.h"
#include "sceneregistry.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/participantrepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWindow>
#include <cstdio>

using namespace attend;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The participant with the most completed sessions of one exercise, and that exercise.
std::pair<QString, QString> busiest(Database &db, int &sessions)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT p.code, s.exercise, count(*) AS n FROM sessions s JOIN "
                          "participants p ON p.id = s.participant_id WHERE s.status = "
                          "'completed' GROUP BY s.participant_id, s.exercise ORDER BY n DESC "
                          "LIMIT 1"));
    if (!q.next())
        return {};
    sessions = q.value(2).toInt();
    return {q.value(0).toString(), q.value(1).toString()};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer start;
    start.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: pagebench DB.sqlite\n");
        return 1;
    }
    QTemporaryDir home;
    QSettings store(home.filePath(QStringLiteral("attend.ini")), QSettings::IniFormat);
    Settings settings(store);
    ExerciseRegistry registry;
    SceneRegistry scenes;
    registerBuiltInExercises(registry, scenes);
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 2;
    }
    MainWindow window(*db.value(), settings, registry, scenes);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        app.processEvents();
    app.processEvents();
    const int rows =
        window.participantPage()->findChild<QAbstractItemView *>()->model()->rowCount();
    std::printf("%-52s %8.0f ms  (%d participants listed)\n", "start to a usable participant list",
                ms(start), rows);

    int sessions = 0;
    const auto [code, exercise] = busiest(*db.value(), sessions);
    const auto participant = ParticipantRepository(*db.value()).byCode(code);
    if (!participant)
        return 2;
    ProgressPage page(*db.value(), registry);
    page.setExercise(exercise);
    QElapsedTimer timer;
    timer.start();
    page.setParticipant(participant.value());
    page.show();
    app.processEvents();
    std::printf("%-52s %8.0f ms  (%s, %d sessions of %s)\n", "progress page", ms(timer),
                qPrintable(code), sessions, qPrintable(exercise));

    timer.restart();
    const auto written =
        ReportWriter(*db.value(), registry)
            .write(code, ReportWriter::Audience::Clinician, home.filePath(QStringLiteral("r.pdf")));
    std::printf("%-52s %8.0f ms%s\n", "clinician PDF report of that participant", ms(timer),
                written ? "" : "  (failed)");
    return 0;
}
