#pragma once

#include "session/trialspec.h"
#include "session/trialtiming.h"
#include "timing/framepacer.h"

#include <QTimer>
#include <QWidget>

namespace attend {

class ExerciseScene;

// The full-screen stimulus canvas (DESIGN.md §4). It paces frames itself at the configured
// refresh rate, paints synchronously with repaint() and stamps a stimulus onset when the
// repaint of its first frame has returned — the path measured most precise on this machine.
// Key presses are stamped on delivery, before any other work. Between trials it shows text
// screens. All times are ns on the session's monotonic clock.
class StimulusCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit StimulusCanvas(QWidget *parent = nullptr);

    void setScene(const ExerciseScene *scene) { m_scene = scene; }
    void setPhotodiodeMarker(bool on) { m_marker = on; }
    void setRefreshHz(double hz);
    // Starts the session clock: now() counts from here.
    void startClock();
    qint64 now() const;
    // ns on the system's monotonic clock (CLOCK_MONOTONIC) at which now() was 0.
    qint64 clockOriginNs() const { return m_originNs; }
    const FramePacer &pacer() const { return m_pacer; }

    // Shows `trial`; `preface` (e.g. practice feedback) is shown first for about half a second,
    // `keyHint` under the stimulus. trialFinished() reports the timing.
    void runTrial(const TrialSpec &trial, const QString &preface, const QString &keyHint);
    // Shows a text screen; any running trial is dropped.
    void showMessage(const QString &text);
    bool trialRunning() const { return m_running; }

    static constexpr int kMarkerSize = 40; // px: the photodiode square, top-left

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
    void present(int frame);
    // The pointer is shown while a click answers (a full-screen window hides it otherwise).
    void showPointer(bool shown);
    void endTrial();
    void respond(const QString &key, qint64 at); // a response key, stamped at `at`
    int phaseAtFrame(int frame) const;
    QRegion dirtyRegion(int phase) const; // what painting `phase` touches
    static QString keyName(const QKeyEvent *event);

    const ExerciseScene *m_scene = nullptr;
    bool m_marker = false;
    qint64 m_originNs = 0;
    FramePacer m_pacer;
    QTimer m_timer;

    // The trial on screen.
    bool m_running = false;
    TrialSpec m_trial;
    std::vector<Phase> m_phases; // the preface, if any, then the trial's phases
    int m_onsetPhase = -1;
    QString m_keyHint;
    QString m_preface;
    int m_nextFrame = 0;
    int m_shownPhase = -1; // phase painted last; -1 = blank
    bool m_pointerShown = false;
    int m_onsetFrame = -1;
    int m_phaseFloor = 0; // after a first answer, the question for the second
    QString m_firstKey;
    TrialTiming m_timing;

    QString m_message;
};

} // namespace attend
