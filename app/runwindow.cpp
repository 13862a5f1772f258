#include "runwindow.h"

#include "measuredefinitions.h"

#include "exercisescene.h"
#include "focusonexpose.h"
#include "stimuluscanvas.h"

#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QSysInfo>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace attend {

RunWindow::RunWindow(Database &db, const Exercise &exercise, const ExerciseScene &scene,
                     SchedulingSystem &scheduling, const Options &options, QWidget *parent)
    : QWidget(parent), m_exercise(exercise), m_options(options), m_canvas(new StimulusCanvas(this)),
      m_runner(new SessionRunner(db, exercise, this)), m_priority(scheduling)
{
    setWindowTitle(exercise.displayName());
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    m_canvas->setScene(&scene);
    m_canvas->setPhotodiodeMarker(options.photodiodeMarker);
    m_canvas->setRefreshHz(options.refreshHz);

    connect(m_runner, &SessionRunner::stateChanged, this, &RunWindow::showStateScreen);
    // The results take a moment (the intervals' resamples) and block this thread: say so on a
    // screen painted now, not after.
    connect(m_runner, &SessionRunner::computingResults, this, [this] {
        m_priority.release(); // seconds of arithmetic: not at a priority above everything else
        m_canvas->showMessage(tr("Working out the results…"));
        m_canvas->repaint();
    });
    // While the server is away, one calm line under every trial says where the trials go.
    connect(m_runner, &SessionRunner::trialReady, this, [this](const TrialSpec &trial) {
        QStringList lines;
        if (trial.practice)
            lines << m_exercise.responseKeysHint();
        if (m_runner->spooling())
            lines << spoolingText();
        m_screen.clear();
        m_canvas->runTrial(trial, std::exchange(m_feedback, QString()), lines.join(u'\n'));
    });
    // The server tried again between blocks, after their screen is up: the line goes or comes.
    connect(m_runner, &SessionRunner::spoolingChanged, this, [this] {
        if (!m_screen.isEmpty())
            m_canvas->showMessage(withSpoolingLine(m_screen));
    });
    connect(m_runner, &SessionRunner::feedback, this, [this](bool correct, bool responded) {
        m_feedback = correct ? tr("Correct") : responded ? tr("Not correct") : tr("Too slow");
    });
    connect(m_runner, &SessionRunner::pausedChanged, this, [this](bool paused) {
        if (paused) {
            m_priority.release();
            m_screen.clear();
            m_canvas->showMessage(tr("Paused.\n\nPress Space to continue, or Q to stop this "
                                     "session. Every trial so far is kept."));
            return;
        }
        m_priority.raise();
        if (!m_runner->inTrial())
            showStateScreen();
    });
    connect(m_canvas, &StimulusCanvas::trialFinished, this, &RunWindow::saveTrial);
    connect(m_canvas, &StimulusCanvas::keyPressed, this, &RunWindow::onKey);
}

QString RunWindow::presentationPath()
{
    return QStringLiteral("qwidget-repaint-paced/%1").arg(QGuiApplication::platformName());
}

SessionRunner::Options RunWindow::runnerOptions(const PriorityGrant &priority) const
{
    SessionRunner::Options o;
    o.instructions = m_options.instructions;
    o.trialLimit = m_options.trialLimit;
    o.parameterOverrides = m_options.parameterOverrides;
    o.refreshHz = m_options.refreshHz;
    o.seed = m_options.seed;
    o.platform = platform(priority);
    return o;
}

QJsonObject RunWindow::platform(const PriorityGrant &priority) const
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    QJsonObject p{
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qpa_platform"), QGuiApplication::platformName()},
        {QStringLiteral("presentation_path"), presentationPath()},
        {QStringLiteral("paced_refresh_hz"), m_options.refreshHz},
        {QStringLiteral("photodiode_marker"), m_options.photodiodeMarker},
        {QStringLiteral("monotonic_origin_ns"), QString::number(m_canvas->clockOriginNs())},
        {QStringLiteral("scheduling"), priority.toJson()}};
    if (s) {
        p.insert(QStringLiteral("screen_width_px"), s->geometry().width());
        p.insert(QStringLiteral("screen_height_px"), s->geometry().height());
        p.insert(QStringLiteral("device_pixel_ratio"), s->devicePixelRatio());
        p.insert(QStringLiteral("screen_refresh_hz"), s->refreshRate());
    }
    return p;
}

Result<void> RunWindow::start(qint64 participantId, SessionMode mode)
{
    m_canvas->startClock();
    m_grant = m_priority.raise();
    return m_runner->start(participantId, mode, runnerOptions(*m_grant));
}

Result<void> RunWindow::resume(qint64 sessionId)
{
    m_canvas->startClock();
    m_grant = m_priority.raise();
    return m_runner->resume(sessionId, runnerOptions(*m_grant));
}

void RunWindow::present()
{
    if (m_options.fullScreen) {
        // A bare X server (no window manager) may leave a full-screen window small unless its
        // geometry is set to the screen's first (DESIGN.md §4).
        if (const QScreen *s = QGuiApplication::primaryScreen())
            setGeometry(s->geometry());
        setCursor(Qt::BlankCursor);
        showFullScreen();
    } else {
        resize(1024, 768);
        show();
    }
    FocusOnExpose::install(this, m_canvas);
}

void RunWindow::showStateScreen()
{
    // Feedback on a block's last trial goes with the practice-done screen or not at all: it
    // never waits through a break (the headless run does the same).
    const QString feedback = std::exchange(m_feedback, QString());
    switch (m_runner->state()) {
    case SessionRunner::State::Instructions:
        m_canvas->showMessage(instructionsScreen(m_exercise, m_runner->mode(), resumeText()));
        break;
    case SessionRunner::State::PracticeDone:
        showScreen(practiceDoneScreen(feedback, practiceDoneText()));
        break;
    case SessionRunner::State::Break:
        showScreen(breakScreen(m_runner->currentBlock(), m_runner->blockCount()));
        break;
    case SessionRunner::State::Summary:
        recordPresentation();
        showScreen(summaryText());
        if (m_options.summarySeconds > 0)
            QTimer::singleShot(m_options.summarySeconds * 1000, this, [this] {
                if (m_runner->state() == SessionRunner::State::Summary)
                    (void)m_runner->proceed();
            });
        break;
    case SessionRunner::State::Finished:
        m_priority.release();
        Q_EMIT finished();
        break;
    default:
        break;
    }
}

void RunWindow::saveTrial(const TrialTiming &timing)
{
    auto saved = m_runner->completeTrial(timing);
    if (saved) {
        m_unsaved.reset();
        return;
    }
    m_unsaved = timing;
    m_canvas->showMessage(tr("The last trial could not be saved:\n%1\n\nPress Space to try "
                             "again, or Q to stop the session.")
                              .arg(saved.error().message()));
}

void RunWindow::onKey(const QString &key)
{
    if (m_unsaved) {
        if (key == u"space")
            saveTrial(*m_unsaved);
        else if (key == u"q")
            (void)m_runner->quit();
        return;
    }
    if (m_runner->paused()) {
        if (key == u"space") {
            m_runner->unpause();
        } else if (key == u"q") {
            recordPresentation();
            if (auto quit = m_runner->quit(); !quit)
                m_canvas->showMessage(quit.error().message());
        }
        return;
    }
    if (key == u"escape") {
        m_runner->pause();
        return;
    }
    if (key == u"space" && !m_runner->inTrial()) {
        if (auto moved = m_runner->proceed(); !moved)
            m_canvas->showMessage(moved.error().message());
    }
}

void RunWindow::recordPresentation()
{
    const FramePacer &p = m_canvas->pacer();
    (void)m_runner->recordPresentation(
        {presentationPath(), p.intervalMeanMs(), p.intervalSdMs(), p.dropped()});
}

QString RunWindow::timingText() const
{
    const FramePacer &p = m_canvas->pacer();
    // A person's session: the frame figures are the clinician's (the PDF's timing audit); the
    // person hears of them in one sentence, and only when displays came late. The timing check
    // measures the computer, so there they are the result.
    if (m_runner->exercise().id() != u"timing-check")
        return p.late() == 0 ? QString() : lateDisplaysText();
    const QLocale locale;
    const QString frames =
        tr("Frame interval %1 ms (SD %2 ms) at a paced %3 Hz; %4 late changes, %5 frames "
           "dropped.")
            .arg(locale.toString(p.intervalMeanMs(), 'f', 3),
                 locale.toString(p.intervalSdMs(), 'f', 3), locale.toString(p.refreshHz(), 'f', 1))
            .arg(p.late())
            .arg(p.dropped());
    return m_grant ? frames + u'\n' + m_grant->describe() : frames;
}

// A resumed session says where it goes on before the instructions remind of the task and keys.
QString RunWindow::resumeText() const
{
    const std::optional<int> block = m_runner->resumedAt();
    if (!block)
        return {};
    return resumePreface(*block, m_runner->blockCount());
}

QString RunWindow::resumePreface(int block, int blocks)
{
    const QString where = block == 0 ? tr("This session goes on with its practice.")
                                     : tr("This session goes on from block %1 of %2; the "
                                          "answers before it are kept.")
                                           .arg(block)
                                           .arg(blocks);
    return where + tr(" A reminder of the task:") + QStringLiteral("\n\n");
}

// What feedback follows the practice: training keeps its brief feedback (all answers, or the
// wrong ones), an assessment has none.
QString RunWindow::practiceDoneText() const
{
    if (m_runner->practiceAgain())
        return practiceAgainText(m_runner->practiceRight(), m_runner->trialsInCurrentBlock());
    if (m_runner->trainingFeedback(true))
        return tr("The practice is over. You will still see after each answer whether it was "
                  "right.");
    if (m_runner->trainingFeedback(false))
        return tr("The practice is over. From now on you will be told only when an answer was "
                  "wrong.");
    return tr("The practice is over. From now on there is no feedback.");
}

// A value of `measure` for people to read: a share as a percentage, otherwise with its unit.
QString RunWindow::valueText(const Measure &measure, double value)
{
    const QLocale locale;
    // A count (a whole number without a unit) is written without decimals.
    const bool count = measure.unit.isEmpty() && value == std::round(value);
    return measure.proportion       ? tr("%1 %").arg(locale.toString(100.0 * value, 'f', 0))
           : measure.unit.isEmpty() ? locale.toString(value, 'f', count ? 0 : 2)
                                    : tr("%1 %2").arg(locale.toString(value, 'f', 1),
                                                      MeasureDefinitions::unitName(measure.unit));
}

// Today's key measure beside last time's, as facts: which level was harder, never whether the
// person improved (a difference within today's interval is "about the same"; a change between
// assessments needs a retest reliability, which is the clinician's view).
QString RunWindow::comparisonText(const Measure &today, SessionMode mode,
                                  std::optional<double> last, std::optional<double> best)
{
    if (!last)
        return {};
    const QString then = valueText(today, *last);
    if (mode != SessionMode::Training)
        return tr("    Last assessment: %1.").arg(then);
    const bool same =
        today.interval && today.interval->low <= *last && *last <= today.interval->high;
    const QString how = same ? tr("About the same level as last time.")
                        : today.value > *last
                            ? tr("A harder level than last time.")
                            : tr("An easier level than last time: levels go up and down from day "
                                 "to day.");
    const QString record =
        !best || today.value <= *best
            ? tr("Your best so far: %1.").arg(valueText(today, best.value_or(*last)))
            : tr("Your hardest level so far.");
    return tr("    Last time: %1. %2 %3").arg(then, how, record);
}

QString RunWindow::summaryText() const
{
    return summaryScreen(
        m_runner->summary(), m_runner->exercise().keyMeasure(m_runner->mode()),
        [this](const Measure &today) {
            return comparisonText(today, m_runner->mode(), m_runner->lastSessionValue(),
                                  m_runner->bestSessionValue());
        },
        timingText());
}

QString RunWindow::spoolingText()
{
    return tr("The server is out of reach: your trials are kept on this computer and sent later.");
}

QString RunWindow::spooledScreen(const QString &screen)
{
    const qsizetype last = screen.lastIndexOf(QStringLiteral("\n\n"));
    if (last < 0)
        return spoolingText() + QStringLiteral("\n\n") + screen;
    return screen.left(last) + QStringLiteral("\n\n") + spoolingText() + screen.mid(last);
}

QString RunWindow::withSpoolingLine(const QString &screen) const
{
    return m_runner->spooling() ? spooledScreen(screen) : screen;
}

// Painted at once: the runner may try a server that went away right after (up to its
// connect_timeout), and the person should read this screen meanwhile, not the last trial.
void RunWindow::showScreen(const QString &screen)
{
    m_screen = screen;
    m_canvas->showMessage(withSpoolingLine(screen));
    m_canvas->repaint();
}

QString RunWindow::summaryScreen(const std::vector<Measure> &measures, const QString &key,
                                 const std::function<QString(const Measure &)> &compare,
                                 const QString &timing)
{
    QStringList lines{tr("Done. Thank you!"), QString()};
    for (const Measure &m : measures) {
        if (m.detail)
            continue;
        lines << tr("%1: %2").arg(m.label, m.ok ? valueText(m, m.value) : tr("not enough trials"));
        if (m.ok && m.key == key)
            if (const QString compared = compare(m); !compared.isEmpty())
                lines << compared;
    }
    if (!timing.isEmpty())
        lines << QString() << timing;
    return lines.join(u'\n') + QStringLiteral("\n\n") + tr("Press Space to close.");
}

QString RunWindow::instructionsScreen(const Exercise &exercise, SessionMode mode,
                                      const QString &preface)
{
    return preface + exercise.instructions(mode) + QStringLiteral("\n\n") +
           tr("Keys: %1").arg(exercise.responseKeysHint()) + QStringLiteral("\n\n") +
           tr("Press Space to start.");
}

QString RunWindow::practiceDoneScreen(const QString &feedback, const QString &text)
{
    return feedback + QStringLiteral("\n\n") + text + QStringLiteral("\n\n") +
           tr("Press Space to continue.");
}

QString RunWindow::practiceAgainText(int right, int trials)
{
    return tr("%1 of %2 practice answers were right. Let us practise once more: with at least "
              "%3 right you go on.")
        .arg(right)
        .arg(trials)
        .arg(int(std::ceil(kPracticeCriterion * trials)));
}

QString RunWindow::breakScreen(int block, int blocks)
{
    return tr("Block %1 of %2 is done. Take a short break.\n\nPress Space when you are ready.")
        .arg(block)
        .arg(blocks);
}

QString RunWindow::lateDisplaysText()
{
    return tr("Some displays came late because the computer was busy, so the times of this "
              "session are less exact.");
}

} // namespace attend
