#pragma once

#include <chrono>
#include <optional>

namespace attend {

// The few system calls behind a session's scheduling priority (docs/timing.md), for the calling
// thread (the one that paints and stamps) and the threads that bring it the keys. An interface
// so a test can watch them.
class SchedulingSystem
{
public:
    virtual ~SchedulingSystem() = default;
    // Each returns the error number when the system refused, nothing when it did it.
    virtual std::optional<int> setRealtime(int priority) = 0; // SCHED_FIFO
    virtual std::optional<int> setNormal() = 0;               // SCHED_OTHER
    virtual std::optional<int> setNice(int value) = 0;
    virtual int nice() const = 0;
    // Stops a runaway loop at real-time priority: past `soft` of CPU time without blocking the
    // thread drops to normal priority; past `hard` the system ends the process.
    virtual void guardRealtime(std::chrono::milliseconds soft, std::chrono::milliseconds hard) = 0;
};

} // namespace attend
