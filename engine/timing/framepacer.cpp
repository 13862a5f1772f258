#include "framepacer.h"

#include <cmath>

namespace attend {

FramePacer::FramePacer(double refreshHz)
    : m_hz(refreshHz > 0.0 ? refreshHz : 60.0), m_periodNs(qint64(std::llround(1e9 / m_hz)))
{}

void FramePacer::startAt(qint64 startNs)
{
    m_startNs = startNs;
    m_lastFrame = -1;
}

int FramePacer::frameAt(qint64 nowNs) const
{
    if (nowNs <= m_startNs)
        return 0;
    return int((nowNs - m_startNs + m_periodNs - 1) / m_periodNs);
}

void FramePacer::tick(int frame, qint64 tickNs)
{
    // Intervals are only measured between ticks one slot apart in the same stretch.
    if (m_lastFrame >= 0 && frame == m_lastFrame + 1) {
        const double interval = double(tickNs - m_lastNs) / 1e6;
        ++m_intervals;
        const double delta = interval - m_mean;
        m_mean += delta / m_intervals;
        m_m2 += delta * (interval - m_mean);
    }
    m_lastFrame = frame;
    m_lastNs = tickNs;
}

bool FramePacer::record(int frame, qint64 presentedNs)
{
    ++m_count;
    const qint64 lateness = presentedNs - due(frame);
    if (lateness <= m_periodNs / 2)
        return false;
    ++m_late;
    m_dropped += int((lateness + m_periodNs / 2) / m_periodNs);
    return true;
}

double FramePacer::intervalMeanMs() const
{
    return m_intervals > 0 ? m_mean : 1e3 / m_hz;
}

double FramePacer::intervalSdMs() const
{
    return m_intervals > 1 ? std::sqrt(m_m2 / (m_intervals - 1)) : 0.0;
}

} // namespace attend
