#include "breakpage.h"
#include "builtinexercises.h"
#include "exerciseregistry.h"
#include "homepage.h"
#include "mainwindow.h"
#include "participantdialog.h"
#include "participantpage.h"
#include "runwindow.h"
#include "sceneregistry.h"
#include "session/sessionrunner.h"
#include "settings.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "testdatabase.h"
#include "testexercise.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace attend;

namespace {

// Runs `handle` on the next modal dialog, once it is up (dialogs run their own event loop).
template <typename Handler> void whenModal(Handler handle)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            handle(modal);
        }
    });
    poll->start(10);
}

QAction *action(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void anEmptyDatabaseOpensOnThePicker();
    void aParticipantCreatedByKeyboardSurvivesARestart();
    void theDialogRefusesBadCodesAndDuplicates();
    void archivingAsksFirstAndKeepsTheParticipant();
    void homeSaysWhenNoExerciseIsInstalled();
    void homeTilesShowTheLastSession();
    void aDatabaseThatCannotBeReadIsNamedOnceOnHome();
    void sessionsLeftRunningAreReported();
    void aSessionLeftRunningCanBeClosedOrResumed();
    void theFeedbackSettingReachesTrainingOnly();
    void theWindowFitsTheScreenAndComesBackWhereItWas();
    void dialogsGrowToShowTheirProblemInFull();
    void todaysPlanRunsItsSessionsWithABreakBetween();

private:
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    ExerciseRegistry m_registry;
    SceneRegistry m_scenes;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testing::openOrFail(m_dir->filePath(QStringLiteral("gui.sqlite")));
    QVERIFY(m_db);
    m_store =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_db, *m_settings, m_registry, m_scenes);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

// Issue "clinician's workspace": a problem shown in a dialog is never cut off nor drawn over the
// help text; the dialog grows with it.
void TestMainWindow::dialogsGrowToShowTheirProblemInFull()
{
    ParticipantDialog dialog(ParticipantDialog::Purpose::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int before = dialog.height();
    dialog.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("P 01-x"));
    QTest::qWait(50);
    QLabel *problem = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("A-Z")) || label->text().contains(u"A–Z"))
            problem = label;
    QVERIFY(problem);
    QVERIFY2(problem->height() >= problem->heightForWidth(problem->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(problem->height())
                            .arg(problem->heightForWidth(problem->width()))));
    QVERIFY(dialog.rect().contains(problem->geometry()));
    QVERIFY(dialog.height() > before);
}

void TestMainWindow::theWindowFitsTheScreenAndComesBackWhereItWas()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    {
        auto window = makeWindow();
        QVERIFY(screen.contains(window->frameGeometry().topLeft()));
        QVERIFY(window->width() <= screen.width() && window->height() <= screen.height());
        window->setGeometry(QRect(screen.topLeft() + QPoint(20, 30), QSize(900, 650)));
        QVERIFY(window->close());
    }
    auto again = makeWindow();
    QCOMPARE(again->size(), QSize(900, 650));
}

void TestMainWindow::anEmptyDatabaseOpensOnThePicker()
{
    auto window = makeWindow();
    auto *list = window->participantPage()->findChild<QTableView *>();
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(
        window->participantPage()->findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
    QVERIFY(!action(window.get(), QStringLiteral("&Open"))->isEnabled());
    QVERIFY(window->statusBar()->currentMessage().contains(m_db->location()));
}

void TestMainWindow::aParticipantCreatedByKeyboardSurvivesARestart()
{
    {
        auto window = makeWindow();
        whenModal([](QWidget *dialog) {
            const auto edits = dialog->findChildren<QLineEdit *>();
            QTest::keyClicks(edits.at(0), QStringLiteral("P042"));
            QTest::keyClicks(edits.at(1), QStringLiteral("Wang Fang"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *list = window->participantPage()->findChild<QTableView *>();
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("P042"));
        QCOMPARE(list->currentIndex().siblingAtColumn(1).data().toString(),
                 QStringLiteral("Wang Fang"));
        QVERIFY(!window->participantPage()
                     ->findChild<QLabel *>(QStringLiteral("emptyHint"))
                     ->isVisible());
        // The offscreen platform does not give focus back after a dialog, a desktop would.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(window->homePage()->isVisible());
        QCOMPARE(window->homePage()->participant().code, QStringLiteral("P042"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("P042")));
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window->participantPage()->isVisible());
    }
    const QString path = m_db->location();
    m_db.reset();
    m_db = testing::openOrFail(path);
    QVERIFY(m_db);
    auto window = makeWindow();
    auto *list = window->participantPage()->findChild<QTableView *>();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("P042"));
    QCOMPARE(list->model()->index(0, 1).data().toString(), QStringLiteral("Wang Fang"));
}

void TestMainWindow::theDialogRefusesBadCodesAndDuplicates()
{
    QVERIFY(ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}));
    auto window = makeWindow();
    bool okWasDisabledForABadCode = false;
    QString duplicateMessage;
    whenModal([&](QWidget *dialog) {
        auto *code = dialog->findChildren<QLineEdit *>().at(0);
        QPushButton *ok = nullptr;
        for (auto *b : dialog->findChildren<QPushButton *>())
            if (b->isDefault() || b->text().contains(QStringLiteral("OK")))
                ok = b;
        QTest::keyClicks(code, QStringLiteral("P 1"));
        okWasDisabledForABadCode = !ok->isEnabled();
        code->clear();
        QTest::keyClicks(code, QStringLiteral("p1"));
        QTest::keyClick(dialog, Qt::Key_Return); // refused: taken in another letter case
        QTimer::singleShot(50, dialog, [&, dialog] {
            for (auto *label : dialog->findChildren<QLabel *>())
                if (label->text().contains(QStringLiteral("already used")))
                    duplicateMessage = label->text();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
    });
    window->participantPage()->createParticipant();
    QVERIFY(okWasDisabledForABadCode);
    QVERIFY2(duplicateMessage.contains(QStringLiteral("P1")), qPrintable(duplicateMessage));
    QCOMPARE(ParticipantRepository(*m_db).list(ParticipantRepository::Which::All).value().size(),
             1);
}

void TestMainWindow::archivingAsksFirstAndKeepsTheParticipant()
{
    QVERIFY(ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}));
    auto window = makeWindow();
    auto *page = window->participantPage();
    page->selectCode(QStringLiteral("P1"));

    whenModal([](QWidget *box) {
        static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
    });
    page->toggleArchiveSelected();
    QVERIFY(!ParticipantRepository(*m_db).byCode(QStringLiteral("P1")).value().archived);

    whenModal(
        [](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    page->toggleArchiveSelected();
    QVERIFY(ParticipantRepository(*m_db).byCode(QStringLiteral("P1")).value().archived);
    QCOMPARE(page->findChild<QTableView *>()->model()->rowCount(), 0);

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier); // show archived
    QCOMPARE(page->findChild<QTableView *>()->model()->rowCount(), 1);
    page->selectCode(QStringLiteral("P1"));
    QVERIFY(page->selectionArchived());
    page->toggleArchiveSelected(); // restoring needs no confirmation
    QVERIFY(!ParticipantRepository(*m_db).byCode(QStringLiteral("P1")).value().archived);
}

void TestMainWindow::homeSaysWhenNoExerciseIsInstalled()
{
    QVERIFY(ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}));
    auto window = makeWindow();
    QVERIFY(window->openParticipant(QStringLiteral("P1")));
    auto *none = window->homePage()->findChild<QLabel *>(QStringLiteral("noExercises"));
    QVERIFY(none);
    QVERIFY(none->isVisible());
    QVERIFY(none->text().contains(QStringLiteral("No exercises")));
    QVERIFY(!window->openParticipant(QStringLiteral("nobody")));
}

void TestMainWindow::homeTilesShowTheLastSession()
{
    QVERIFY(m_registry.add(std::make_unique<testing::TestExercise>(QStringLiteral("alpha"))));
    QVERIFY(m_registry.add(std::make_unique<testing::TestExercise>(QStringLiteral("beta"))));
    const qint64 id = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
    NewSession s;
    s.participantId = id;
    s.exercise = QStringLiteral("beta");
    s.mode = SessionMode::Training;
    const qint64 session = SessionRepository(*m_db).start(s).value();
    for (int i = 0; i < 3; ++i)
        QVERIFY(TrialRepository(*m_db).insert(session, TrialRecord{}));
    QVERIFY(SessionRepository(*m_db).finish(session, SessionStatus::Completed, {}));

    auto window = makeWindow();
    QVERIFY(window->openParticipant(QStringLiteral("P1")));
    auto *home = window->homePage();
    QVERIFY(!home->findChild<QLabel *>(QStringLiteral("noExercises")));
    auto *alpha = home->findChild<QWidget *>(QStringLiteral("tile-alpha"));
    auto *beta = home->findChild<QWidget *>(QStringLiteral("tile-beta"));
    QVERIFY(alpha && beta);
    QCOMPARE(alpha->findChild<QLabel *>(QStringLiteral("lastSession"))->text(),
             QStringLiteral("Not started yet."));
    const QString last = beta->findChild<QLabel *>(QStringLiteral("lastSession"))->text();
    QVERIFY2(last.startsWith(QStringLiteral("Last session: training on ")), qPrintable(last));
    // The date as ISO 8601, not the locale's short form (11/28/26 reads differently by country).
    static const QRegularExpression iso(QStringLiteral(" on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},"));
    QVERIFY2(iso.match(last).hasMatch(), qPrintable(last));
    QVERIFY2(last.endsWith(QStringLiteral(", completed. Trials recorded: 3.")), qPrintable(last));
}

// The error says what and where once, above the exercises; each exercise says only that its
// last session could not be read (it used to repeat the whole message on every exercise).
void TestMainWindow::aDatabaseThatCannotBeReadIsNamedOnceOnHome()
{
    for (const char *id : {"unread1", "unread2"})
        QVERIFY(m_registry.add(std::make_unique<testing::TestExercise>(QString::fromLatin1(id))));
    QVERIFY(ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}));
    auto window = makeWindow();
    QVERIFY(window->openParticipant(QStringLiteral("P1")));
    QSqlQuery rename(m_db->connection());
    QVERIFY(rename.exec(QStringLiteral("ALTER TABLE sessions RENAME TO sessions_away")));
    window->homePage()->refresh();

    const auto labels = window->homePage()->findChildren<QLabel *>();
    QStringList tiles;
    int naming = 0;
    for (const QLabel *label : labels) {
        if (label->objectName() == u"lastSession")
            tiles << label->text();
        else if (label->text().contains(QStringLiteral("sessions")))
            ++naming; // the database's own message names the table it could not read
    }
    QCOMPARE(tiles, QStringList(qsizetype(m_registry.all().size()),
                                QStringLiteral("Last session: could not be read.")));
    QCOMPARE(naming, 1);
    QVERIFY(rename.exec(QStringLiteral("ALTER TABLE sessions_away RENAME TO sessions")));
}

void TestMainWindow::sessionsLeftRunningAreReported()
{
    NewSession s;
    s.participantId = ParticipantRepository(*m_db).add(QStringLiteral("P9"), {}).value().id;
    s.exercise = QStringLiteral("sart");
    QVERIFY(SessionRepository(*m_db).start(s));
    auto window = makeWindow();
    auto *banner = window->findChild<QLabel *>(QStringLiteral("unfinishedBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("P9, sart")));
    QVERIFY(banner->text().contains(QStringLiteral("0 trials saved")));
}

void TestMainWindow::aSessionLeftRunningCanBeClosedOrResumed()
{
    // Two timing checks left running by a program that died.
    TimingCheckExercise check;
    qint64 ids[2] = {0, 0};
    for (qint64 &id : ids) {
        SessionRunner runner(*m_db, check);
        SessionRunner::Options options;
        options.instructions = false;
        QVERIFY(runner.start(0, SessionMode::Assessment, options));
        id = runner.sessionId();
    }
    m_settings->setFullScreenRuns(false);
    auto window = makeWindow();
    auto *review = window->findChild<QPushButton *>();
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("unfinishedBanner"))->isVisible());

    // The first is closed as interrupted, the second resumed.
    int asked = 0;
    whenModal([&](QWidget *box) {
        ++asked;
        for (auto *b : box->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Close as interrupted"))
                b->click();
        whenModal([&](QWidget *second) {
            ++asked;
            for (auto *b : second->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("&Resume"))
                    b->click();
        });
    });
    window->reviewUnfinishedSessions();
    QCOMPARE(asked, 2);
    QVERIFY(review);
    const auto running = SessionRepository(*m_db).running().value();
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.constFirst().id, ids[1]);
    QVERIFY(window->runWindow());
    QCOMPARE(window->runWindow()->runner().sessionId(), ids[1]);
    QCOMPARE(window->runWindow()->runner().state(), SessionRunner::State::Instructions);
}

void TestMainWindow::theFeedbackSettingReachesTrainingOnly()
{
    registerBuiltInExercises(m_registry, m_scenes);
    const qint64 id = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
    m_settings->setFullScreenRuns(false);
    auto window = makeWindow();
    // The stored parameters of a session started with the setting on or off, in a mode.
    const auto feedbackOf = [&](bool on, SessionMode mode) {
        m_settings->setTrainingFeedback(on);
        RunRequest request;
        request.exerciseId = QStringLiteral("sart");
        request.participantId = id;
        request.mode = mode;
        QString problem;
        if (!window->startRun(request, &problem) || !window->runWindow())
            return QStringLiteral("not started: ") + problem;
        const qint64 session = window->runWindow()->runner().sessionId();
        if (!window->runWindow()->runner().quit())
            return QStringLiteral("could not stop the session");
        if (!QTest::qWaitFor([&] { return !window->runWindow(); }))
            return QStringLiteral("the run window did not close");
        return SessionRepository(*m_db)
            .load(session)
            .value()
            .parameters.value(QStringLiteral("feedback"))
            .toString(QStringLiteral("(none given)"));
    };
    QCOMPARE(feedbackOf(true, SessionMode::Training), QStringLiteral("errors")); // sart.json
    QCOMPARE(feedbackOf(false, SessionMode::Training), QStringLiteral("none"));
    QCOMPARE(feedbackOf(false, SessionMode::Assessment), QStringLiteral("(none given)"));
}

// Issue "training programme": the Today page's Start runs the day's sessions in order, with a
// break page between them; a session stopped early ends the sequence.
void TestMainWindow::todaysPlanRunsItsSessionsWithABreakBetween()
{
    registerBuiltInExercises(m_registry, m_scenes);
    const qint64 id = ParticipantRepository(*m_db).add(QStringLiteral("P1"), {}).value().id;
    ProgrammeAssignment assignment;
    assignment.programmeId = QStringLiteral("speed-2w");
    assignment.minutesPerDay = 30;
    assignment.assignedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(ProgrammeRepository(*m_db).assign(id, assignment));
    m_settings->setFullScreenRuns(false);
    auto window = makeWindow();
    QVERIFY(window->openParticipant(QStringLiteral("P1")));
    auto *home = window->homePage();
    const auto *status = home->findChild<QLabel *>(QStringLiteral("planStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("baseline")), qPrintable(status->text()));

    // Ctrl+Enter starts the first session of the plan: the divided-attention assessment.
    QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] { return window->runWindow() != nullptr; })); // animated click
    const SessionRunner &first = window->runWindow()->runner();
    QCOMPARE(first.exercise().id(), QStringLiteral("divided-attention"));
    QCOMPARE(first.mode(), SessionMode::Assessment);
    // Completed (its trials are not what this test is about): the break page names the next.
    const qint64 firstSession = first.sessionId();
    QVERIFY(window->runWindow()->runner().quit());
    QSqlQuery complete(m_db->connection());
    QVERIFY(complete.exec(QStringLiteral("UPDATE sessions SET status = 'completed' WHERE id = %1")
                              .arg(firstSession)));
    QVERIFY(QTest::qWaitFor([&] { return !window->runWindow(); }));
    QVERIFY(window->breakPage()->isVisible());
    const QString next =
        window->breakPage()->findChild<QLabel *>(QStringLiteral("nextSession"))->text();
    QVERIFY2(next.contains(QStringLiteral("Visual search")), qPrintable(next));

    // Space goes on with the visual-search assessment; stopping it early ends the day's run.
    QTest::keyClick(window->breakPage()->focusWidget(), Qt::Key_Space);
    QVERIFY(QTest::qWaitFor([&] { return window->runWindow() != nullptr; }));
    QCOMPARE(window->runWindow()->runner().exercise().id(), QStringLiteral("visual-search"));
    QCOMPARE(window->runWindow()->runner().parameters().value(QStringLiteral("programme")),
             QJsonValue(QStringLiteral("speed-2w")));
    QVERIFY(window->runWindow()->runner().quit());
    QVERIFY(QTest::qWaitFor([&] { return !window->runWindow(); }));
    QVERIFY(home->isVisible());
    QVERIFY(!window->breakPage()->isVisible());
    const QString items = home->findChild<QLabel *>(QStringLiteral("planItems"))->text();
    // Each with its exercise's own estimate of its length (about_minutes: 15 and 6).
    QVERIFY2(items.startsWith(QStringLiteral("✓ Divided attention: assessment, about 15 minute")),
             qPrintable(items));
    QVERIFY2(items.section(u'\n', 0, 0).endsWith(QStringLiteral("(done)")), qPrintable(items));
    QVERIFY2(items.section(u'\n', 1, 1)
                 .startsWith(QStringLiteral("Visual search: assessment, "
                                            "about 6 minute")),
             qPrintable(items));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
