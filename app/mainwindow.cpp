#include "mainwindow.h"

#include "breakpage.h"
#include "buildinfo.h"
#include "clinicianlockdialog.h"
#include "dailyreminder.h"
#include "datetext.h"
#include "exerciseregistry.h"
#include "exportdialog.h"
#include "homepage.h"
#include "importdialog.h"
#include "models/todaypresenter.h"
#include "participantdetailsdialog.h"
#include "participantpage.h"
#include "programmedialog.h"
#include "progresspage.h"
#include "runwindow.h"
#include "sceneregistry.h"
#include "session/sessionlock.h"
#include "session/sessionrunner.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace attend {

MainWindow::MainWindow(Database &db, Settings &settings, const ExerciseRegistry &registry,
                       const SceneRegistry &scenes, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_settings(settings), m_registry(registry), m_scenes(scenes),
      m_lock(settings), m_review(new QPushButton(tr("&Review…"), this)),
      m_stack(new QStackedWidget(this)), m_banner(new QLabel(this)),
      m_participants(new ParticipantPage(db, registry, m_stack)),
      m_home(new HomePage(db, registry, m_stack)),
      m_progress(new ProgressPage(db, registry, m_stack)), m_break(new BreakPage(m_stack)),
      m_reminder(new DailyReminder(
          QDBusConnection::sessionBus(), [this] { return pendingToday(); }, this))
{
    setWindowTitle(tr("Attend"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/attend.svg")));
    m_stack->addWidget(m_participants);
    m_stack->addWidget(m_home);
    m_stack->addWidget(m_progress);
    m_stack->addWidget(m_break);

    m_banner->setObjectName(QStringLiteral("unfinishedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; padding: "
                                           "8px; border: 1px solid #c8a600; }"));
    m_banner->hide();

    m_review->hide();
    connect(m_review, &QPushButton::clicked, this, &MainWindow::reviewUnfinishedSessions);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_review);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(bannerRow);
    layout->addWidget(m_stack, 1);
    // On a screen smaller than the pages need (1024×768 at scale factor 2 is 512×384) the
    // window scrolls instead of running off the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(central);
    setCentralWidget(scroll);

    createActions();
    m_participants->setGate([this] { return allowClinician(); });
    m_progress->setGate([this] { return allowClinician(); });
    m_participants->setNamesShown(namesShown());
    connect(m_participants, &ParticipantPage::participantChosen, this, &MainWindow::showHome);
    connect(m_participants, &ParticipantPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_home, &HomePage::switchParticipantRequested, this, &MainWindow::showParticipants);
    connect(m_home, &HomePage::progressRequested, this, &MainWindow::showProgress);
    connect(m_progress, &ProgressPage::backRequested, this,
            [this] { showHome(m_home->participant()); });
    connect(m_home, &HomePage::startRequested, this,
            [this](const QString &exerciseId, SessionMode mode) {
                RunRequest request;
                request.exerciseId = exerciseId;
                request.participantId = m_home->participant().id;
                request.mode = mode;
                QString problem;
                if (!startRun(request, &problem))
                    QMessageBox::warning(this, tr("Attend"), problem);
            });

    connect(m_home, &HomePage::planStartRequested, this, &MainWindow::startNextPlanSession);
    connect(m_home, &HomePage::programmeRequested, this, &MainWindow::chooseProgramme);
    connect(m_home, &HomePage::detailsRequested, this, &MainWindow::editDetails);
    connect(m_break, &BreakPage::continueRequested, this, &MainWindow::startNextPlanSession);
    connect(m_break, &BreakPage::stopRequested, this, [this] {
        m_planSession.reset();
        showHome(m_home->participant());
    });

    m_reminder->setTime(m_settings.reminder());

    statusBar()->showMessage(tr("Database: %1").arg(db.location()));
    placeOnScreen();
    reportUnfinishedSessions();
    updateActions();
}

// Where the person left the window last time; at first 1000×720, or less on a small screen
// (or at a large scale factor), centred.
void MainWindow::placeOnScreen()
{
    if (restoreGeometry(m_settings.windowGeometry()))
        return;
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const QSize size = QSize(1000, 720).boundedTo(screen.size() * 0.9);
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, screen));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

// On a clinic's server its log-in decides (ServerRoles), not the local lock: a clinician may,
// a workstation may not, whatever this computer's settings say.
bool MainWindow::allowClinician()
{
    if (m_db.isServer()) {
        if (!m_db.clinicianRights())
            QMessageBox::information(
                this, tr("Clinician only"),
                tr("This needs the clinician role on the server of %1; this log-in has a "
                   "workstation's rights. Sign in as a clinician to do it.")
                    .arg(m_db.location()));
        return m_db.clinicianRights();
    }
    const bool allowed = ClinicianLockDialog::allow(m_lock, this);
    m_participants->setNamesShown(namesShown());
    return allowed;
}

bool MainWindow::namesShown() const
{
    return m_db.isServer() ? m_db.clinicianRights() : m_lock.unlocked();
}

void MainWindow::importTrials()
{
    if (!allowClinician())
        return;
    ImportDialog dialog(m_db, m_registry, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome())
        return;
    const TrialImport::Outcome o = *dialog.outcome();
    m_participants->reload();
    statusBar()->showMessage(tr("Imported: %1 session(s), %2 trials, %3 new participant(s).")
                                 .arg(o.sessions)
                                 .arg(o.trials)
                                 .arg(o.participantsAdded));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        const bool inHome = m_stack->currentWidget() != m_participants;
        if (allowClinician())
            ExportDialog(m_db, m_settings, m_registry,
                         inHome ? m_home->participant().code : QString(), this)
                .exec();
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importTrials);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *lockAction = file->addAction(tr("Clinician &lock…"), this, [this] {
        ClinicianLockDialog dialog(m_lock, this);
        dialog.exec();
        m_participants->setNamesShown(namesShown());
    });
    lockAction->setEnabled(!m_db.isServer()); // the server's roles guard a clinic's data
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *participant = menuBar()->addMenu(tr("&Participant"));
    m_newAction =
        participant->addAction(tr("&New…"), m_participants, &ParticipantPage::createParticipant);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction =
        participant->addAction(tr("&Open"), m_participants, &ParticipantPage::openSelected);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_renameAction =
        participant->addAction(tr("&Rename…"), m_participants, &ParticipantPage::renameSelected);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_archiveAction = participant->addAction(tr("&Archive or restore…"), m_participants,
                                             &ParticipantPage::toggleArchiveSelected);
    m_archiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_showArchivedAction = participant->addAction(tr("Show arc&hived"));
    m_showArchivedAction->setCheckable(true);
    m_showArchivedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_showArchivedAction, &QAction::toggled, m_participants,
            &ParticipantPage::setShowArchived);
    participant->addSeparator();
    m_switchAction =
        participant->addAction(tr("&Switch participant"), this, &MainWindow::showParticipants);
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_progressAction = participant->addAction(tr("Pro&gress"), this, &MainWindow::showProgress);
    m_progressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *timing = tools->addAction(tr("&Timing check…"), this, &MainWindow::startTimingCheck);
    timing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Attend"), this, &MainWindow::showAbout);
}

bool MainWindow::openParticipant(const QString &code)
{
    auto found = ParticipantRepository(m_db).byCode(code);
    if (!found || found.value().archived)
        return false;
    showHome(found.value());
    return true;
}

void MainWindow::showParticipants()
{
    m_participants->reload();
    m_stack->setCurrentWidget(m_participants);
    updateActions();
}

void MainWindow::showHome(const Participant &participant)
{
    m_home->setParticipant(participant);
    m_stack->setCurrentWidget(m_home);
    setWindowTitle(tr("Attend — %1").arg(participant.code));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool picking = m_stack->currentWidget() == m_participants;
    if (picking)
        setWindowTitle(tr("Attend"));
    m_newAction->setEnabled(picking);
    m_openAction->setEnabled(picking && m_participants->hasSelection() &&
                             !m_participants->selectionArchived());
    m_renameAction->setEnabled(picking && m_participants->hasSelection());
    m_archiveAction->setEnabled(picking && m_participants->hasSelection());
    m_showArchivedAction->setEnabled(picking);
    m_switchAction->setEnabled(!picking);
    m_progressAction->setEnabled(!picking && m_stack->currentWidget() != m_progress);
}

void MainWindow::showProgress()
{
    m_progress->setParticipant(m_home->participant());
    m_stack->setCurrentWidget(m_progress);
    updateActions();
}

MainWindow::~MainWindow() = default;

const Exercise *MainWindow::exerciseFor(const QString &id) const
{
    return id == m_timingCheck.id() ? &m_timingCheck : m_registry.find(id);
}

const ExerciseScene *MainWindow::sceneFor(const QString &id) const
{
    return id == m_timingCheck.id() ? &m_timingCheckScene : m_scenes.find(id);
}

bool MainWindow::startRun(const RunRequest &request, QString *problem)
{
    const Exercise *exercise = exerciseFor(request.exerciseId);
    const ExerciseScene *scene = sceneFor(request.exerciseId);
    if (!exercise || !scene) {
        *problem = tr("The exercise \"%1\" is not installed.").arg(request.exerciseId);
        return false;
    }
    if (m_run) {
        *problem = tr("A session is already running.");
        return false;
    }
    RunWindow::Options options;
    options.fullScreen = request.fullScreen.value_or(m_settings.fullScreenRuns());
    options.photodiodeMarker = request.photodiodeMarker.value_or(m_settings.photodiodeMarker());
    options.instructions = request.instructions;
    options.trialLimit = request.trialLimit;
    options.parameterOverrides = request.parameterOverrides;
    if (request.mode == SessionMode::Training && !m_settings.trainingFeedback() &&
        !options.parameterOverrides.contains(u"feedback"))
        options.parameterOverrides.insert(QStringLiteral("feedback"), QStringLiteral("none"));
    options.summarySeconds = request.summarySeconds;
    m_run = std::make_unique<RunWindow>(m_db, *exercise, *scene, m_scheduling, options);
    connect(m_run.get(), &RunWindow::finished, this, &MainWindow::endRun, Qt::QueuedConnection);
    auto started = request.resumeSessionId > 0 ? m_run->resume(request.resumeSessionId)
                                               : m_run->start(request.participantId, request.mode);
    if (!started) {
        *problem = started.error().message();
        m_run.reset();
        return false;
    }
    m_run->present();
    m_screenSaver.inhibit(tr("An Attend session is running"));
    return true;
}

void MainWindow::endRun()
{
    if (!m_run)
        return;
    m_run->hide();
    m_run.release()->deleteLater();
    m_screenSaver.release();
    reportUnfinishedSessions();
    if (m_planSession)
        afterPlanSession();
    else if (m_stack->currentWidget() == m_home)
        m_home->refresh();
    else if (m_stack->currentWidget() == m_progress)
        m_progress->refresh();
    Q_EMIT runFinished();
}

void MainWindow::startNextPlanSession()
{
    const Participant &participant = m_home->participant();
    auto view = TodayPresenter::present(m_db, m_registry, participant.id, m_home->today());
    const auto next = view && view.value() ? view.value()->plan.next() : std::nullopt;
    if (!next) {
        m_planSession.reset();
        showHome(participant);
        if (!view)
            QMessageBox::warning(this, tr("Attend"), view.error().message());
        return;
    }
    RunRequest request;
    request.exerciseId = next->exercise;
    request.participantId = participant.id;
    request.mode = next->mode;
    request.parameterOverrides =
        ProgrammeSchedule::parametersFor(*next, view.value()->assignment.programmeId);
    m_planSession = std::make_pair(next->exercise, next->mode);
    QString problem;
    if (!startRun(request, &problem)) {
        m_planSession.reset();
        showHome(participant);
        QMessageBox::warning(this, tr("Attend"), problem);
    }
}

// Goes on only when the session just run is done: one stopped early ends the sequence.
void MainWindow::afterPlanSession()
{
    const Participant &participant = m_home->participant();
    auto view = TodayPresenter::present(m_db, m_registry, participant.id, m_home->today());
    const auto next = view && view.value() ? view.value()->plan.next() : std::nullopt;
    if (!next || std::make_pair(next->exercise, next->mode) == *m_planSession) {
        m_planSession.reset();
        showHome(participant);
        return;
    }
    const Exercise *exercise = exerciseFor(next->exercise);
    const QString name = exercise ? exercise->displayName() : next->exercise;
    m_break->setContent(
        next->mode == SessionMode::Training
            ? tr("%1, training for %n minute(s)", nullptr, next->minutes).arg(name)
        : next->minutes > 0
            ? tr("%1, assessment of about %n minute(s)", nullptr, next->minutes).arg(name)
            : tr("%1, assessment").arg(name),
        view.value()->items);
    m_stack->setCurrentWidget(m_break);
    updateActions();
}

std::optional<QString> MainWindow::pendingToday() const
{
    // Someone is training now: no reminder, and no database work or D-Bus call on the GUI
    // thread while a trial may be on screen.
    if (m_run)
        return std::nullopt;
    auto participants = ParticipantRepository(m_db).list(ParticipantRepository::Which::Active);
    if (!participants)
        return std::nullopt;
    QStringList waiting;
    for (const Participant &p : participants.value()) {
        auto view = TodayPresenter::present(m_db, m_registry, p.id, QDate::currentDate());
        if (view && view.value() && view.value()->plan.next())
            waiting << p.code;
    }
    if (waiting.isEmpty())
        return std::nullopt;
    return tr("Today's programme is waiting: %1.").arg(waiting.join(QStringLiteral(", ")));
}

void MainWindow::editDetails()
{
    if (!allowClinician())
        return;
    const Participant &participant = m_home->participant();
    ParticipantRepository people(m_db);
    auto details = people.details(participant.id);
    if (!details) {
        QMessageBox::warning(this, tr("Attend"), details.error().message());
        return;
    }
    ParticipantDetailsDialog dialog(participant.code, details.value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto saved = people.setDetails(participant.id, dialog.details());
        if (saved)
            return;
        QMessageBox::warning(this, tr("Attend"), saved.error().message());
    }
}

void MainWindow::chooseProgramme()
{
    const Participant &participant = m_home->participant();
    auto current = ProgrammeRepository(m_db).current(participant.id);
    if (!current) {
        QMessageBox::warning(this, tr("Attend"), current.error().message());
        return;
    }
    // Choosing a first programme is the person's own; changing one is the clinician's.
    if (current.value() && !allowClinician())
        return;
    QStringList ids;
    for (const auto &e : m_registry.all())
        ids << e->id();
    auto programmes = Programme::shipped(ids);
    if (!programmes) {
        QMessageBox::warning(this, tr("Attend"), programmes.error().message());
        return;
    }
    ProgrammeDialog dialog(std::move(programmes).value(), m_registry, this);
    if (current.value())
        dialog.setAssignment(*current.value());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto assigned = ProgrammeRepository(m_db).assign(participant.id, dialog.assignment());
        !assigned)
        QMessageBox::warning(this, tr("Attend"), assigned.error().message());
    m_home->refresh();
}

void MainWindow::startTimingCheck()
{
    RunRequest request;
    request.exerciseId = m_timingCheck.id();
    QString problem;
    if (!startRun(request, &problem))
        QMessageBox::warning(this, tr("Attend"), problem);
}

void MainWindow::reviewUnfinishedSessions()
{
    auto running = SessionRepository(m_db).running();
    if (!running) {
        QMessageBox::warning(this, tr("Attend"), running.error().message());
        return;
    }
    for (const SessionInfo &s : SessionLock::leftBehind(m_db, running.value())) {
        const Exercise *exercise = exerciseFor(s.exercise);
        const QString who = s.participantCode.isEmpty() ? tr("this computer") : s.participantCode;
        QMessageBox box(
            QMessageBox::Question, tr("Unfinished session"),
            tr("The %1 session of %2, started %3, stopped before it ended. %4 trials "
               "were saved.\n\nResume it from the start of its unfinished block, or "
               "close it as interrupted?")
                .arg(exercise ? exercise->displayName() : s.exercise, who, dateText(s.startedAt))
                .arg(s.trialCount),
            QMessageBox::NoButton, this);
        QPushButton *resume = box.addButton(tr("&Resume"), QMessageBox::AcceptRole);
        QPushButton *close =
            box.addButton(tr("&Close as interrupted"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        resume->setEnabled(exercise != nullptr);
        box.setDefaultButton(resume);
        box.exec();
        if (box.clickedButton() == close) {
            if (auto closed = SessionRunner::closeInterrupted(m_db, exercise, s.id); !closed)
                QMessageBox::warning(this, tr("Attend"), closed.error().message());
        } else if (box.clickedButton() == resume) {
            RunRequest request;
            request.exerciseId = s.exercise;
            request.resumeSessionId = s.id;
            QString problem;
            if (!startRun(request, &problem))
                QMessageBox::warning(this, tr("Attend"), problem);
            break; // one session at a time; the rest are asked about after it
        }
    }
    reportUnfinishedSessions();
}

void MainWindow::reportUnfinishedSessions()
{
    m_banner->hide();
    m_review->hide();
    auto running = SessionRepository(m_db).running();
    if (!running) {
        m_banner->setText(running.error().message());
        m_banner->show();
        return;
    }
    if (SessionLock::leftBehind(m_db, running.value()).isEmpty())
        return; // none, or only sessions another program is running now
    QStringList lines;
    for (const SessionInfo &s : SessionLock::leftBehind(m_db, running.value())) {
        const Exercise *exercise = exerciseFor(s.exercise);
        lines << tr("%1, %2, started %3 (%4 trials saved)")
                     .arg(s.participantCode.isEmpty() ? tr("this computer") : s.participantCode,
                          exercise ? exercise->displayName() : s.exercise, dateText(s.startedAt))
                     .arg(s.trialCount);
    }
    m_banner->setText(tr("Attend stopped during these sessions last time. Every trial saved "
                         "before the stop is kept.\n%1")
                          .arg(lines.join(QLatin1Char('\n'))));
    m_banner->show();
    m_review->show();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_reminder->setTime(m_settings.reminder());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Attend"),
        tr("<h3>Attend %1</h3>"
           "<p>Attention training and assessment.</p>"
           "<p>Build %2, Qt %3.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QString::fromLatin1(kAttendVersion), QString::fromLatin1(kAttendBuildId),
                 QString::fromLatin1(qVersion())));
}

} // namespace attend
