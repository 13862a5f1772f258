#pragma once

#include "messagelayout.h"
#include "session/trialplayback.h"
#include "timing/framepacer.h"
#include "timing/monotonicclock.h"

#include <QTimer>
#include <QWidget>
#include <optional>

namespace attend {

class ExerciseScene;

// The full-screen stimulus canvas (DESIGN.md §4). It paces frames itself at the configured
// refresh rate, paints synchronously with repaint() and stamps a stimulus onset when the
// repaint of its first frame has returned — the path measured most precise on this machine.
// Key presses are stamped on delivery, before any other work. What a frame shows and what a key
// means is TrialPlayback's, the state machine the headless run drives too. Between trials it
// shows text screens. All times are ns on the session's clock (the monotonic clock, or a
// virtual one that tests put in its place).
class StimulusCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit StimulusCanvas(QWidget *parent = nullptr);

    void setScene(const ExerciseScene *scene) { m_scene = scene; }
    void setPhotodiodeMarker(bool on) { m_marker = on; }
    void setRefreshHz(double hz);
    // Runs on `clock` instead of the monotonic clock (not owned; null: the monotonic clock).
    void setClock(Clock *clock);
    // Starts the session clock: now() counts from here.
    void startClock() { m_clock->start(); }
    qint64 now() const { return m_clock->now(); }
    // ns on the system's monotonic clock (CLOCK_MONOTONIC) at which the session clock was 0.
    qint64 clockOriginNs() const { return m_monotonic.originNs(); }
    const FramePacer &pacer() const { return m_pacer; }
    // The trial on screen, or the one shown last.
    const TrialPlayback &playback() const { return m_playback; }

    // Shows `trial`; `preface` (e.g. practice feedback) is shown first for about half a second,
    // `keyHint` under the stimulus. trialFinished() reports the timing.
    void runTrial(const TrialSpec &trial, const QString &preface, const QString &keyHint);
    // Shows a text screen; any running trial is dropped.
    void showMessage(const QString &text);
    // The text screen shown (empty during trials).
    const QString &message() const { return m_message; }
    bool trialRunning() const { return m_running; }
    // How the text screen was laid out when last painted; none once a trial has started.
    const std::optional<MessageLayout> &messageLayout() const { return m_messageLayout; }

    static constexpr int kMarkerSize = 40; // px: the photodiode square, top-left
    static constexpr QColor kMessageBackground{40, 40, 40};

Q_SIGNALS:
    void trialFinished(const attend::TrialTiming &timing);
    // Keys outside a trial's response keys (Escape, Space on text screens, …), by name.
    void keyPressed(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void scheduleNext();
    void onTick();
    void present(int frame, int phase);
    // The pointer is shown while a click answers (a full-screen window hides it otherwise).
    void showPointer(bool shown);
    void endTrial();
    void respond(const QString &key, qint64 at); // a response key, stamped at `at`
    bool exposed() const;                        // the window is on screen
    QRegion dirtyRegion(int phase) const;        // what painting `phase` touches
    static QString keyName(const QKeyEvent *event);

    const ExerciseScene *m_scene = nullptr;
    bool m_marker = false;
    MonotonicClock m_monotonic;
    Clock *m_clock = &m_monotonic;
    FramePacer m_pacer;
    QTimer m_timer;

    // The trial on screen.
    bool m_running = false;
    quint64 m_trialCount = 0; // tells a frame whether its trial ended while it waited
    TrialPlayback m_playback;
    QString m_keyHint;
    QString m_preface;
    int m_nextFrame = 0;
    int m_shownPhase = -1; // phase painted last; -1 = blank
    bool m_pointerShown = false;
    bool m_afterScreen = true; // nothing paced since a text screen (or ever): warm up first

    QString m_message;
    std::optional<MessageLayout> m_messageLayout;
};

} // namespace attend
