#include "monotonicclock.h"

#include <QDeadlineTimer>

namespace attend {

namespace {

qint64 systemNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

} // namespace

void MonotonicClock::start()
{
    m_originNs = systemNs();
}

qint64 MonotonicClock::now() const
{
    return systemNs() - m_originNs;
}

bool MonotonicClock::waitUntil(qint64 ns)
{
    while (now() < ns) {
    }
    return true;
}

} // namespace attend
