#pragma once

#include "schedulingsystem.h"

namespace attend {

// The scheduling calls on Linux, for the calling thread and, where there is one, Qt's X11 event
// reader (keys pass through it on their way to be stamped). Real-time priority is SCHED_FIFO
// with SCHED_RESET_ON_FORK (a helper program started meanwhile does not inherit it); the guard is
// RLIMIT_RTTIME, whose SIGXCPU this class answers by dropping the threads to normal priority.
class LinuxScheduling : public SchedulingSystem
{
public:
    std::optional<int> setRealtime(int priority) override;
    std::optional<int> setNormal() override;
    std::optional<int> setNice(int value) override;
    int nice() const override;
    void guardRealtime(std::chrono::milliseconds soft, std::chrono::milliseconds hard) override;
};

} // namespace attend
