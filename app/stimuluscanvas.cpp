#include "stimuluscanvas.h"

#include "exercisescene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWindow>

namespace attend {

namespace {

// Before the onset nothing can be answered, so the canvas may wake early and spin to the exact
// frame deadline; after it, the event loop must stay free for key presses.
constexpr qint64 kSpinNs = 2'000'000;
static_assert(kSpinNs <= TrialPlayback::kLeadNs, "frame 0 must be due after the canvas wakes");

} // namespace

StimulusCanvas::StimulusCanvas(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::StrongFocus);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StimulusCanvas::onTick);
}

void StimulusCanvas::setRefreshHz(double hz)
{
    m_pacer = FramePacer(hz);
}

void StimulusCanvas::setClock(Clock *clock)
{
    m_clock = clock ? clock : &m_monotonic;
}

void StimulusCanvas::runTrial(const TrialSpec &trial, const QString &preface,
                              const QString &keyHint)
{
    m_timer.stop();
    m_message.clear();
    m_messageLayout.reset(); // here, so a trial's frames paint nothing but the trial
    m_playback = TrialPlayback(
        trial, preface.isEmpty() ? 0 : TrialPlayback::prefaceFrames(m_pacer.refreshHz()),
        std::exchange(m_afterScreen, false) ? TrialPlayback::kWarmupFrames : 0);
    m_keyHint = keyHint;
    m_preface = preface;
    m_shownPhase = -2; // forces the first frame to be painted
    m_nextFrame = 0;
    m_running = true;
    ++m_trialCount;
    m_pacer.startAt(now() + TrialPlayback::kLeadNs);
    scheduleNext();
}

void StimulusCanvas::showMessage(const QString &text)
{
    m_timer.stop();
    m_running = false;
    m_afterScreen = true;
    m_message = text;
    m_shownPhase = -1;
    update();
}

void StimulusCanvas::scheduleNext()
{
    // Before the onset the canvas wakes early and spins; after it, it wakes at the first whole
    // millisecond not before the deadline, so that no change is ever shown early. A virtual
    // clock does not wait.
    if (!m_clock->realTime()) {
        m_timer.start(0);
        return;
    }
    const bool beforeOnset = !m_playback.onsetShown();
    const qint64 wake = m_pacer.due(m_nextFrame) - (beforeOnset ? kSpinNs : 0) - now();
    const qint64 ms = beforeOnset ? wake / 1'000'000 : (wake + 999'999) / 1'000'000;
    m_timer.start(int(std::max<qint64>(0, ms)));
}

void StimulusCanvas::onTick()
{
    if (!m_running)
        return;
    const int frame = m_nextFrame;
    const quint64 trial = m_trialCount;
    if (!m_clock->waitUntil(m_pacer.due(frame))) {
        // A key came first (on a virtual clock, delivered while waiting): as from the event
        // loop, it may have ended this trial, or the same frame is still to come.
        if (m_running && trial == m_trialCount)
            scheduleNext();
        return;
    }
    if (!m_playback.onsetShown() && !exposed()) {
        // Nothing counts as shown before the window is on screen (a window still being mapped):
        // the trial starts again, warm-up included, a frame after it is (DESIGN.md §4).
        m_nextFrame = 0;
        m_shownPhase = -2;
        m_pacer.startAt(now() + m_pacer.periodNs());
        scheduleNext();
        return;
    }
    const std::optional<int> phase = m_playback.phaseAt(frame);
    if (!phase) {
        endTrial();
        return;
    }
    if (*phase != m_shownPhase) {
        present(frame, *phase);
    } else {
        const qint64 at = now();
        m_pacer.tick(frame, at);
        m_playback.framePresented(frame, *phase, false, m_pacer.due(frame), at, false);
    }
    ++m_nextFrame;
    scheduleNext();
}

QRegion StimulusCanvas::dirtyRegion(int phase) const
{
    if (phase < 0 || phase >= m_playback.phaseCount())
        return rect();
    if (m_playback.isPreface(phase) || m_playback.isWarmup(phase) || !m_scene ||
        !m_keyHint.isEmpty())
        return rect();
    // A region, not a bounding rectangle: the marker and the stimulus are far apart.
    QRegion dirty = m_scene->bounds(rect(), m_playback.trial(), m_playback.phase(phase))
                        .toAlignedRect()
                        .adjusted(-2, -2, 2, 2);
    if (m_marker)
        dirty += QRect(0, 0, kMarkerSize, kMarkerSize);
    return dirty;
}

void StimulusCanvas::present(int frame, int phase)
{
    // Only what changes is repainted: the old phase's drawing, the new one's and the marker.
    const QRegion dirty =
        m_shownPhase == -2 ? QRegion(rect()) : dirtyRegion(m_shownPhase) + dirtyRegion(phase);
    m_shownPhase = phase;
    repaint(dirty);
    const qint64 shown = now();
    m_pacer.tick(frame, shown);
    // A change that came late, or that went to a window not on screen, cannot be trusted.
    const bool late = m_pacer.record(frame, shown) || !exposed();
    m_playback.framePresented(frame, phase, true, m_pacer.due(frame), shown, late);
    // After the frame is stamped: only answer screens are pointable, and they come after onset.
    showPointer(m_scene && m_scene->pointable(m_playback.phase(phase)));
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
    const QRegion dirty = dirtyRegion(m_shownPhase);
    m_shownPhase = -1;
    repaint(dirty); // the stimulus and the marker go dark before anything else happens
    showPointer(false);
    Q_EMIT trialFinished(m_playback.finish());
}

void StimulusCanvas::keyPressEvent(QKeyEvent *event)
{
    const qint64 at = now(); // first, before any other work (DESIGN.md §4)
    const QString key = keyName(event);
    if (event->isAutoRepeat()) {
        if (m_running)
            m_playback.autoRepeatIgnored();
        return;
    }
    if (!m_running || !m_playback.accepts(key)) {
        if (!key.isEmpty())
            Q_EMIT keyPressed(key);
        return;
    }
    respond(key, at);
}

void StimulusCanvas::mousePressEvent(QMouseEvent *event)
{
    const qint64 at = now();
    if (!m_running || !m_scene || m_shownPhase < 0 || m_shownPhase >= m_playback.phaseCount())
        return;
    const QString key = m_scene->keyAt(rect(), m_playback.trial(), m_playback.phase(m_shownPhase),
                                       event->position());
    if (m_playback.accepts(key))
        respond(key, at);
}

void StimulusCanvas::respond(const QString &key, qint64 at)
{
    if (m_playback.key(key, at))
        endTrial();
}

bool StimulusCanvas::exposed() const
{
    const QWindow *w = window()->windowHandle();
    return w && w->isExposed();
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
    const bool inTrial = m_shownPhase >= 0 && m_shownPhase < m_playback.phaseCount();
    if (!inTrial && !m_message.isEmpty()) {
        painter.fillRect(area, kMessageBackground);
        painter.setPen(Qt::white);
        m_messageLayout = MessageLayout::fit(m_message, area, painter.font());
        painter.setFont(m_messageLayout->font);
        painter.drawText(m_messageLayout->box, MessageLayout::kFlags, m_message);
    } else {
        painter.fillRect(area, Qt::black);
        if (inTrial) {
            const Phase &phase = m_playback.phase(m_shownPhase);
            const double side = ExerciseScene::shortSide(area);
            painter.save(); // the key hint has its own font and pen, whatever came before
            if (m_playback.isPreface(m_shownPhase)) {
                painter.setPen(Qt::white);
                QFont font = painter.font();
                font.setPixelSize(std::max(16, int(side / 20)));
                painter.setFont(font);
                painter.drawText(area, Qt::AlignCenter, m_preface);
            } else if (m_scene && !m_playback.isWarmup(m_shownPhase)) {
                m_scene->paint(painter, area, m_playback.trial(), phase);
            }
            painter.restore();
            if (!m_keyHint.isEmpty()) {
                // One readable size on every screen of a practice trial, preface included.
                QFont font = painter.font();
                font.setPixelSize(std::max(14, int(side / 40)));
                painter.setFont(font);
                painter.setPen(QColor(200, 200, 200));
                painter.drawText(area.adjusted(0, 0, 0, -area.height() * 0.05),
                                 Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_keyHint);
            }
        }
    }
    if (m_marker) {
        const bool white = inTrial && m_playback.phase(m_shownPhase).stimulus;
        painter.fillRect(QRect(0, 0, kMarkerSize, kMarkerSize), white ? Qt::white : Qt::black);
    }
}

} // namespace attend
