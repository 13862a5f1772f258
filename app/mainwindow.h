#pragma once

#include "clinicianlock.h"
#include "screensaverinhibitor.h"
#include "storage/sessioninfo.h"
#include "timing/linuxscheduling.h"
#include "timingcheck/timingcheckexercise.h"
#include "timingcheck/timingcheckscene.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QPushButton;
class QLabel;
class QStackedWidget;

namespace attend {

class BreakPage;
class DailyReminder;
class Database;
class Exercise;
class ExerciseRegistry;
class ExerciseScene;
class HomePage;
class ProgressPage;
class ParticipantPage;
class RunWindow;
class SceneRegistry;
class Settings;
struct Participant;

// How a session should run; kiosk options (DESIGN.md §7) fill this from the command line.
struct RunRequest
{
    QString exerciseId;
    qint64 participantId = 0; // 0: the timing check, which measures the computer
    SessionMode mode = SessionMode::Assessment;
    qint64 resumeSessionId = 0;
    int trialLimit = 0;
    QJsonObject parameterOverrides; // merged over the exercise's defaults
    bool instructions = true;
    int summarySeconds = 0;               // > 0: the summary closes by itself (unattended runs)
    std::optional<bool> fullScreen;       // unset: the setting
    std::optional<bool> photodiodeMarker; // unset: the setting
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, Settings &settings, const ExerciseRegistry &registry,
               const SceneRegistry &scenes, QWidget *parent = nullptr);
    ~MainWindow() override;

    ParticipantPage *participantPage() const { return m_participants; }
    HomePage *homePage() const { return m_home; }
    BreakPage *breakPage() const { return m_break; }
    // Opens the home page of the participant with this code; false when there is none.
    bool openParticipant(const QString &code);
    // Starts (or resumes) a session in the run window; false, with the reason, when it cannot.
    bool startRun(const RunRequest &request, QString *problem);
    RunWindow *runWindow() const { return m_run.get(); }
    // Asks, for each session left running, whether to resume it or close it as interrupted.
    void reviewUnfinishedSessions();

Q_SIGNALS:
    void runFinished();

protected:
    // Remembers the window's size and place (Settings::windowGeometry).
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showParticipants();
    void showHome(const Participant &participant);
    void showProgress();
    void updateActions();
    void reportUnfinishedSessions();
    void showSettings();
    void importTrials(); // File → Import…
    // Asks for the clinician passphrase when the lock is on; names show once it is open.
    bool allowClinician();
    bool namesShown() const; // the lock is open, or the server's role is a clinician's
    void placeOnScreen();
    void showAbout();
    void startTimingCheck();
    void endRun();
    // Today's plan (docs/programme.md): runs its next session; after each, a break page until
    // the day is done or the person stops.
    void startNextPlanSession();
    void afterPlanSession();
    void chooseProgramme();
    void editDetails(); // the participant's notes and details, for the clinician
    // What the daily reminder says: whose programme has work left today (none: nothing).
    std::optional<QString> pendingToday() const;
    const Exercise *exerciseFor(const QString &id) const;
    const ExerciseScene *sceneFor(const QString &id) const;

    Database &m_db;
    Settings &m_settings;
    const ExerciseRegistry &m_registry;
    const SceneRegistry &m_scenes;
    ClinicianLock m_lock;
    TimingCheckExercise m_timingCheck;
    TimingCheckScene m_timingCheckScene;
    LinuxScheduling m_scheduling;
    ScreenSaverInhibitor m_screenSaver{QDBusConnection::sessionBus()};
    std::unique_ptr<RunWindow> m_run;
    QPushButton *m_review;
    QStackedWidget *m_stack;
    QLabel *m_banner;
    ParticipantPage *m_participants;
    HomePage *m_home;
    ProgressPage *m_progress;
    BreakPage *m_break;
    DailyReminder *m_reminder;
    // The session of today's plan in the run window, while following the plan.
    std::optional<std::pair<QString, SessionMode>> m_planSession;
    QAction *m_progressAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_showArchivedAction = nullptr;
    QAction *m_switchAction = nullptr;
};

} // namespace attend
