#pragma once

#include "clock.h"

namespace attend {

// The system's monotonic clock (CLOCK_MONOTONIC through QDeadlineTimer), counted from start().
class MonotonicClock : public Clock
{
public:
    MonotonicClock() { MonotonicClock::start(); }

    void start() override;
    qint64 now() const override;
    bool waitUntil(qint64 ns) override;
    bool realTime() const override { return true; }
    // ns on the system's monotonic clock at which now() was 0.
    qint64 originNs() const { return m_originNs; }

private:
    qint64 m_originNs = 0;
};

} // namespace attend
