#pragma once

#include "session/sessionrunner.h"
#include "timing/sessionpriority.h"

#include <QWidget>
#include <functional>
#include <optional>

namespace attend {

class Database;
class ExerciseScene;
class StimulusCanvas;

// The run screen: one full-screen canvas that shows a session's instructions, trials, breaks and
// summary, driven by a SessionRunner. Keys: Space continues, Escape pauses; while paused Space
// resumes and Q stops the session (its trials are kept). From start to the end of the last trial
// the thread runs at a raised scheduling priority where allowed (docs/timing.md), given back
// while paused, while the results are worked out and at the end.
class RunWindow : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        bool fullScreen = true;
        bool photodiodeMarker = false;
        double refreshHz = 60.0;
        bool instructions = true;
        int trialLimit = 0;
        QJsonObject parameterOverrides;
        std::optional<quint32> seed; // none: a fresh one, stored with the session
        int summarySeconds = 0;      // > 0: the summary closes by itself after this long
    };

    RunWindow(Database &db, const Exercise &exercise, const ExerciseScene &scene,
              SchedulingSystem &scheduling, const Options &options, QWidget *parent = nullptr);

    Result<void> start(qint64 participantId, SessionMode mode);
    Result<void> resume(qint64 sessionId);
    // Shows the window (full screen on the screen's whole geometry, DESIGN.md §4).
    void present();

    SessionRunner &runner() { return *m_runner; }
    StimulusCanvas &canvas() { return *m_canvas; }
    static QString presentationPath();

    // The text screens, each from what it says (a test lays every one out at every size).
    static QString instructionsScreen(const Exercise &exercise, SessionMode mode,
                                      const QString &preface = {});
    // What a resumed session says before its instructions (block 0: the practice).
    static QString resumePreface(int block, int blocks);
    static QString practiceDoneScreen(const QString &feedback, const QString &text);
    static QString practiceAgainText(int right, int trials);
    static QString breakScreen(int block, int blocks);
    // The session's measures (details left out), today's key measure `key` beside the last
    // session's (`compare`), and a timing sentence where there is one.
    static QString summaryScreen(const std::vector<Measure> &measures, const QString &key,
                                 const std::function<QString(const Measure &)> &compare,
                                 const QString &timing);
    static QString comparisonText(const Measure &today, SessionMode mode,
                                  std::optional<double> last, std::optional<double> best);
    static QString lateDisplaysText();
    // The one line a session shows while its trials wait on this computer for the server.
    static QString spoolingText();
    // A message screen with spoolingText() above its last paragraph, the key to press.
    static QString spooledScreen(const QString &screen);

Q_SIGNALS:
    void finished();

private:
    SessionRunner::Options runnerOptions(const PriorityGrant &priority) const;
    void showStateScreen();
    void onKey(const QString &key);
    void saveTrial(const TrialTiming &timing);
    void recordPresentation();
    static QString valueText(const Measure &measure, double value);
    QString summaryText() const;
    QString timingText() const;
    QString practiceDoneText() const;
    QString resumeText() const;
    // spooledScreen(screen) while the session spools, else `screen`.
    QString withSpoolingLine(const QString &screen) const;
    // Shows a message screen between blocks (with the server's line while spooling).
    void showScreen(const QString &screen);
    QJsonObject platform(const PriorityGrant &priority) const;

    const Exercise &m_exercise;
    Options m_options;
    StimulusCanvas *m_canvas;
    SessionRunner *m_runner;
    QString m_feedback;
    QString m_screen; // the message screen shown between blocks, without the server's line
    std::optional<TrialTiming> m_unsaved; // a finished trial whose write failed
    QString m_problem;
    SessionPriority m_priority;
    std::optional<PriorityGrant> m_grant; // what the session obtained at its start
};

} // namespace attend
