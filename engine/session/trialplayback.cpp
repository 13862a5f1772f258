#include "trialplayback.h"

#include <algorithm>

namespace attend {

int TrialPlayback::prefaceFrames(double refreshHz)
{
    return framesFor(kPrefaceMs, refreshHz);
}

TrialPlayback::TrialPlayback(const TrialSpec &trial, int prefaceFrames, int warmupFrames)
    : m_trial(trial), m_hasPreface(prefaceFrames > 0), m_firstShown(warmupFrames > 0 ? 1 : 0)
{
    if (warmupFrames > 0)
        m_phases.push_back({QStringLiteral("warmup"), warmupFrames, false});
    if (m_hasPreface)
        m_phases.push_back({QStringLiteral("preface"), prefaceFrames, false});
    m_phases.insert(m_phases.end(), trial.phases.begin(), trial.phases.end());
    for (std::size_t i = 0; i < m_phases.size() && m_onsetPhase < 0; ++i)
        if (m_phases[i].stimulus)
            m_onsetPhase = int(i);
}

std::optional<int> TrialPlayback::phaseAt(int frame) const
{
    // The deadline counts frames from the onset (DESIGN.md §4: durations in frames).
    if (m_onsetFrame >= 0 && m_trial.deadlineFrames > 0 &&
        frame - m_onsetFrame >= m_trial.deadlineFrames)
        return std::nullopt;
    // Phases with a frame count run back to back; a phase of 0 frames lasts until the trial
    // ends (response or deadline).
    int start = 0;
    for (std::size_t i = 0; i < m_phases.size(); ++i) {
        if (m_phases[i].frames == 0 || frame < start + m_phases[i].frames)
            return std::max(int(i), m_phaseFloor);
        start += m_phases[i].frames;
    }
    return std::nullopt;
}

void TrialPlayback::framePresented(int frame, int phase, bool changed, qint64 dueNs, qint64 shownNs,
                                   bool late)
{
    if (changed) {
        m_timing.lateFrame = m_timing.lateFrame || late;
        if (phase == m_onsetPhase && m_onsetFrame < 0) {
            m_onsetFrame = frame;
            m_timing.requestedOnsetNs = dueNs;
            m_timing.onsetNs = shownNs;
        }
    }
    if (m_onsetFrame >= 0 && m_phases[std::size_t(phase)].stimulus)
        ++m_timing.framesShown;
}

bool TrialPlayback::accepts(const QString &key) const
{
    return m_trial.keys.contains(key) || m_trial.secondKeys.contains(key);
}

bool TrialPlayback::key(const QString &key, qint64 atNs)
{
    // Before the onset there is nothing to answer yet; one response per trial.
    if (m_onsetFrame < 0 || !m_timing.response.isEmpty())
        return false;
    if (!m_trial.secondKeys.isEmpty()) {
        if (m_firstKey.isEmpty() && m_trial.keys.contains(key)) {
            m_firstKey = key; // the reaction time is the first answer's
            m_timing.responseNs = atNs;
            m_phaseFloor = int(m_phases.size()) - 1; // the question for the second answer
        } else if (!m_firstKey.isEmpty() && m_trial.secondKeys.contains(key)) {
            m_timing.response = m_firstKey + u'+' + key;
            return true;
        }
        return false;
    }
    if (!m_trial.keys.contains(key))
        return false;
    m_timing.response = key;
    m_timing.responseNs = atNs;
    return m_trial.endOnResponse;
}

bool TrialPlayback::waitsForAnswer(int phase) const
{
    return m_phases[std::size_t(phase)].frames == 0 && m_trial.deadlineFrames == 0;
}

TrialTiming TrialPlayback::finish()
{
    if (m_timing.response.isEmpty() && !m_firstKey.isEmpty())
        m_timing.response = m_firstKey; // the deadline came before the second answer
    return m_timing;
}

} // namespace attend
