#include "stimuluscanvas.h"

#include "exercisescene.h"

#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace attend {

namespace {

// Before the onset nothing can be answered, so the canvas may wake early and spin to the exact
// frame deadline; after it, the event loop must stay free for key presses.
constexpr qint64 kSpinNs = 2'000'000;
constexpr double kPrefaceMs = 600.0;

qint64 monotonicNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

} // namespace

StimulusCanvas::StimulusCanvas(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::StrongFocus);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StimulusCanvas::onTick);
    startClock();
}

void StimulusCanvas::setRefreshHz(double hz)
{
    m_pacer = FramePacer(hz);
}

void StimulusCanvas::startClock()
{
    m_originNs = monotonicNs();
}

qint64 StimulusCanvas::now() const
{
    return monotonicNs() - m_originNs;
}

void StimulusCanvas::runTrial(const TrialSpec &trial, const QString &preface,
                              const QString &keyHint)
{
    m_timer.stop();
    m_message.clear();
    m_trial = trial;
    m_keyHint = keyHint;
    m_preface = preface;
    m_phases.clear();
    if (!preface.isEmpty())
        m_phases.push_back({QStringLiteral("preface"), m_pacer.framesFor(kPrefaceMs), false});
    m_phases.insert(m_phases.end(), trial.phases.begin(), trial.phases.end());
    m_onsetPhase = -1;
    for (std::size_t i = 0; i < m_phases.size(); ++i)
        if (m_phases[i].stimulus && m_onsetPhase < 0)
            m_onsetPhase = int(i);
    m_timing = {};
    m_onsetFrame = -1;
    m_phaseFloor = 0;
    m_firstKey.clear();
    m_shownPhase = -2; // forces the first frame to be painted
    m_nextFrame = 0;
    m_running = true;
    // Frame 0 is due a little ahead, so that it can be scheduled like every other frame.
    m_pacer.startAt(now() + kSpinNs);
    scheduleNext();
}

void StimulusCanvas::showMessage(const QString &text)
{
    m_timer.stop();
    m_running = false;
    m_message = text;
    m_shownPhase = -1;
    update();
}

void StimulusCanvas::scheduleNext()
{
    // Before the onset the canvas wakes early and spins; after it, it wakes at the first whole
    // millisecond not before the deadline, so that no change is ever shown early.
    const bool beforeOnset = m_onsetFrame < 0;
    const qint64 wake = m_pacer.due(m_nextFrame) - (beforeOnset ? kSpinNs : 0) - now();
    const qint64 ms = beforeOnset ? wake / 1'000'000 : (wake + 999'999) / 1'000'000;
    m_timer.start(int(std::max<qint64>(0, ms)));
}

int StimulusCanvas::phaseAtFrame(int frame) const
{
    // Phases with a frame count run back to back; a phase of 0 frames lasts until the trial
    // ends (response or deadline).
    int start = 0;
    for (std::size_t i = 0; i < m_phases.size(); ++i) {
        if (m_phases[i].frames == 0 || frame < start + m_phases[i].frames)
            return std::max(int(i), m_phaseFloor);
        start += m_phases[i].frames;
    }
    return int(m_phases.size()); // past the last timed phase: the trial is over
}

void StimulusCanvas::onTick()
{
    if (!m_running)
        return;
    const int frame = m_nextFrame;
    if (m_onsetFrame < 0) {
        const qint64 due = m_pacer.due(frame);
        while (now() < due) {
        }
    }
    const bool deadlinePassed = m_onsetFrame >= 0 && m_trial.deadlineFrames > 0 &&
                                frame - m_onsetFrame >= m_trial.deadlineFrames;
    const int phase = phaseAtFrame(frame);
    if (deadlinePassed || phase >= int(m_phases.size())) {
        endTrial();
        return;
    }
    if (phase != m_shownPhase)
        present(frame);
    else
        m_pacer.tick(frame, now());
    if (m_onsetFrame >= 0 && m_phases[std::size_t(phase)].stimulus)
        ++m_timing.framesShown;
    ++m_nextFrame;
    scheduleNext();
}

QRegion StimulusCanvas::dirtyRegion(int phase) const
{
    if (phase < 0 || phase >= int(m_phases.size()))
        return rect();
    const Phase &p = m_phases[std::size_t(phase)];
    if (p.name == u"preface" || !m_scene || !m_keyHint.isEmpty())
        return rect();
    // A region, not a bounding rectangle: the marker and the stimulus are far apart.
    QRegion dirty = m_scene->bounds(rect(), m_trial, p).toAlignedRect().adjusted(-2, -2, 2, 2);
    if (m_marker)
        dirty += QRect(0, 0, kMarkerSize, kMarkerSize);
    return dirty;
}

void StimulusCanvas::present(int frame)
{
    const int phase = phaseAtFrame(frame);
    // Only what changes is repainted: the old phase's drawing, the new one's and the marker.
    const QRegion dirty =
        m_shownPhase == -2 ? QRegion(rect()) : dirtyRegion(m_shownPhase) + dirtyRegion(phase);
    m_shownPhase = phase;
    repaint(dirty);
    const qint64 shown = now();
    m_pacer.tick(frame, shown);
    if (m_pacer.record(frame, shown))
        m_timing.lateFrame = true;
    if (phase == m_onsetPhase && m_onsetFrame < 0) {
        m_onsetFrame = frame;
        m_timing.requestedOnsetNs = m_pacer.due(frame);
        m_timing.onsetNs = shown;
    }
    // After the frame is stamped: only answer screens are pointable, and they come after onset.
    showPointer(m_scene && m_scene->pointable(m_phases[std::size_t(phase)]));
}

void StimulusCanvas::showPointer(bool shown)
{
    if (shown == m_pointerShown)
        return;
    m_pointerShown = shown;
    if (shown)
        setCursor(Qt::ArrowCursor);
    else
        unsetCursor();
}

void StimulusCanvas::endTrial()
{
    m_timer.stop();
    m_running = false;
    if (m_timing.response.isEmpty() && !m_firstKey.isEmpty())
        m_timing.response = m_firstKey; // the deadline came before the second answer
    const QRegion dirty = dirtyRegion(m_shownPhase);
    m_shownPhase = -1;
    repaint(dirty); // the stimulus and the marker go dark before anything else happens
    showPointer(false);
    Q_EMIT trialFinished(m_timing);
}

void StimulusCanvas::keyPressEvent(QKeyEvent *event)
{
    const qint64 at = now(); // first, before any other work (DESIGN.md §4)
    const QString key = keyName(event);
    if (event->isAutoRepeat()) {
        if (m_running)
            m_timing.autoRepeatIgnored = true;
        return;
    }
    const bool response =
        m_running && (m_trial.keys.contains(key) || m_trial.secondKeys.contains(key));
    if (!response) {
        if (!key.isEmpty())
            Q_EMIT keyPressed(key);
        return;
    }
    respond(key, at);
}

void StimulusCanvas::mousePressEvent(QMouseEvent *event)
{
    const qint64 at = now();
    if (!m_running || !m_scene || m_shownPhase < 0 || m_shownPhase >= int(m_phases.size()))
        return;
    const QString key =
        m_scene->keyAt(rect(), m_trial, m_phases[std::size_t(m_shownPhase)], event->position());
    if (m_trial.keys.contains(key) || m_trial.secondKeys.contains(key))
        respond(key, at);
}

void StimulusCanvas::respond(const QString &key, qint64 at)
{
    // Before the onset there is nothing to answer yet; one response per trial.
    if (m_onsetFrame < 0 || !m_timing.response.isEmpty())
        return;
    if (!m_trial.secondKeys.isEmpty()) {
        if (m_firstKey.isEmpty() && m_trial.keys.contains(key)) {
            m_firstKey = key;
            m_timing.responseNs = at;
            m_phaseFloor = int(m_phases.size()) - 1; // shown from the next frame
        } else if (!m_firstKey.isEmpty() && m_trial.secondKeys.contains(key)) {
            m_timing.response = m_firstKey + u'+' + key;
            endTrial();
        }
        return;
    }
    if (!m_trial.keys.contains(key))
        return;
    m_timing.response = key;
    m_timing.responseNs = at;
    if (m_trial.endOnResponse)
        endTrial();
}

QString StimulusCanvas::keyName(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        return QStringLiteral("space");
    case Qt::Key_Escape:
        return QStringLiteral("escape");
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return QStringLiteral("return");
    default:
        break;
    }
    const QString text = event->text().toLower();
    return text.size() == 1 && text.at(0).isPrint() ? text : QString();
}

void StimulusCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = rect();
    const bool inTrial = m_shownPhase >= 0 && m_shownPhase < int(m_phases.size());
    if (!inTrial && !m_message.isEmpty()) {
        painter.fillRect(area, QColor(40, 40, 40));
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setPixelSize(std::max(14, int(std::min(area.width(), area.height()) / 30)));
        painter.setFont(font);
        const QRectF text = area.adjusted(area.width() * 0.12, area.height() * 0.12,
                                          -area.width() * 0.12, -area.height() * 0.12);
        painter.drawText(text, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    } else {
        painter.fillRect(area, Qt::black);
        if (inTrial) {
            const Phase &phase = m_phases[std::size_t(m_shownPhase)];
            if (phase.name == u"preface") {
                painter.setPen(Qt::white);
                QFont font = painter.font();
                font.setPixelSize(std::max(16, int(std::min(area.width(), area.height()) / 20)));
                painter.setFont(font);
                painter.drawText(area, Qt::AlignCenter, m_preface);
            } else if (m_scene) {
                painter.save(); // the key hint keeps the canvas's own font and pen
                m_scene->paint(painter, area, m_trial, phase);
                painter.restore();
            }
            if (!m_keyHint.isEmpty()) {
                painter.setPen(QColor(200, 200, 200));
                painter.drawText(area.adjusted(0, 0, 0, -area.height() * 0.05),
                                 Qt::AlignHCenter | Qt::AlignBottom, m_keyHint);
            }
        }
    }
    if (m_marker) {
        const bool white = inTrial && m_phases[std::size_t(m_shownPhase)].stimulus;
        painter.fillRect(QRect(0, 0, kMarkerSize, kMarkerSize), white ? Qt::white : Qt::black);
    }
}

} // namespace attend
