#pragma once

#include <QtGlobal>

namespace attend {

// The session's monotonic clock (DESIGN.md §4): ns since start(). The stimulus canvas runs on
// the real one; tests and the headless run put a virtual one in its place, so that the same
// trial code runs on both.
class Clock
{
public:
    virtual ~Clock() = default;
    // Starts counting: now() is 0 here.
    virtual void start() = 0;
    virtual qint64 now() const = 0;
    // Returns true when now() has reached `ns`: the real clock spins (timers only schedule,
    // they are not precise enough to show a frame on time); a virtual clock moves there, or
    // stops earlier and returns false when something happened on the way (a simulated key).
    virtual bool waitUntil(qint64 ns) = 0;
    // Whether frames must wait for real time to pass; a virtual clock's frames come at once.
    virtual bool realTime() const = 0;
};

} // namespace attend
