#pragma once

#include <QtGlobal>

namespace attend {

// Frame bookkeeping for one stretch of paced frames (DESIGN.md §4). Frame k of a stretch is due
// at start + k · period. Under Xvfb there is no vertical blank, so the canvas paces frames itself
// at the configured rate; on a real display the same bookkeeping records how late frames came.
class FramePacer
{
public:
    explicit FramePacer(double refreshHz = 60.0);

    double refreshHz() const { return m_hz; }
    qint64 periodNs() const { return m_periodNs; }

    void startAt(qint64 startNs);
    qint64 startNs() const { return m_startNs; }
    qint64 due(int frame) const { return m_startNs + qint64(frame) * m_periodNs; }
    // The frame that is due next after `nowNs` (the current one if exactly due).
    int frameAt(qint64 nowNs) const;

    // Records that a change was presented on `frame` at `presentedNs`. Returns true when it came
    // late, i.e. more than half a period after it was due; every whole period of lateness is a
    // dropped frame.
    bool record(int frame, qint64 presentedNs);
    // Records that the pacing clock ticked for `frame` at `tickNs` (every frame, changed or not),
    // for the refresh-interval statistics.
    void tick(int frame, qint64 tickNs);

    int frames() const { return m_count; }
    int dropped() const { return m_dropped; }
    int late() const { return m_late; }
    // Mean and SD of the intervals between consecutive ticks (Welford's algorithm).
    double intervalMeanMs() const;
    double intervalSdMs() const;

private:
    double m_hz;
    qint64 m_periodNs;
    qint64 m_startNs = 0;
    int m_count = 0;
    int m_dropped = 0;
    int m_late = 0;
    int m_lastFrame = -1;
    qint64 m_lastNs = 0;
    int m_intervals = 0;
    double m_mean = 0.0;
    double m_m2 = 0.0;
};

} // namespace attend
