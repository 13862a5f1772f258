#pragma once

#include "prioritygrant.h"

namespace attend {

class SchedulingSystem;

// Raises the scheduling priority of the thread that paints and stamps while a session runs, as
// psychophysics toolkits do (PsychoPy's core.rush, Psychtoolbox's Priority): real-time where
// the process is allowed it, otherwise a lower nice value where allowed, otherwise nothing.
// release() gives back what was obtained; so does the destructor.
class SessionPriority
{
public:
    // SCHED_FIFO 10: above every normal process, below the kernel's threaded interrupt handlers
    // (50), so the keyboard's interrupts still come first.
    static constexpr int kRealtimePriority = 10;
    static constexpr int kNice = -10;

    explicit SessionPriority(SchedulingSystem &system) : m_system(system) {}
    ~SessionPriority() { release(); }
    SessionPriority(const SessionPriority &) = delete;
    SessionPriority &operator=(const SessionPriority &) = delete;

    // Asks for the priority (again, after a release); while raised, returns what it holds.
    const PriorityGrant &raise();
    void release();
    bool raised() const { return m_raised; }

private:
    SchedulingSystem &m_system;
    bool m_raised = false;
    int m_niceBefore = 0;
    PriorityGrant m_grant;
};

} // namespace attend
