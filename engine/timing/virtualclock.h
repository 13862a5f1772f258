#pragma once

#include "clock.h"

#include <functional>

namespace attend {

// A clock that moves only when it is told to wait: simulated sessions and tests run trials on
// it at full speed, with exact, repeatable times.
class VirtualClock : public Clock
{
public:
    // Called before the clock moves from `from` to `to`, so that whatever is due in between
    // (a simulated key press) can happen at its own time (set with setNow()); returning true
    // says that something happened, and the clock stays there.
    using BeforeMove = std::function<bool(qint64 from, qint64 to)>;

    void start() override { m_now = 0; }
    qint64 now() const override { return m_now; }
    bool waitUntil(qint64 ns) override;
    bool realTime() const override { return false; }

    void setNow(qint64 ns) { m_now = ns; }
    void setBeforeMove(BeforeMove beforeMove) { m_beforeMove = std::move(beforeMove); }

private:
    qint64 m_now = 0;
    BeforeMove m_beforeMove;
};

} // namespace attend
