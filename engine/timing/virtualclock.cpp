#include "virtualclock.h"

namespace attend {

bool VirtualClock::waitUntil(qint64 ns)
{
    if (ns <= m_now)
        return true;
    if (m_beforeMove && m_beforeMove(m_now, ns))
        return false;
    m_now = ns;
    return true;
}

} // namespace attend
