#include "sessionpriority.h"

#include "schedulingsystem.h"

#include <cstring>

namespace attend {

namespace {

QString refusal(const char *what, int error)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(strerror(error)));
}

} // namespace

const PriorityGrant &SessionPriority::raise()
{
    if (m_raised)
        return m_grant;
    using namespace std::chrono_literals;
    m_grant = {};
    // The guard first, so no moment passes at real-time priority without it.
    m_system.guardRealtime(1000ms, 2000ms);
    const std::optional<int> realtime = m_system.setRealtime(kRealtimePriority);
    if (!realtime) {
        m_grant.level = PriorityGrant::Level::Realtime;
        m_grant.value = kRealtimePriority;
        m_raised = true;
        return m_grant;
    }
    m_grant.refused = refusal("SCHED_FIFO", *realtime);
    m_niceBefore = m_system.nice();
    if (m_niceBefore <= kNice) { // already as high as we would ask: nothing to give back
        m_grant.level = PriorityGrant::Level::Nice;
        m_grant.value = m_niceBefore;
        return m_grant;
    }
    const std::optional<int> nice = m_system.setNice(kNice);
    if (!nice) {
        m_grant.level = PriorityGrant::Level::Nice;
        m_grant.value = kNice;
        m_raised = true;
    } else {
        m_grant.refused += QStringLiteral("; ") + refusal("nice", *nice);
    }
    return m_grant;
}

void SessionPriority::release()
{
    if (!m_raised)
        return;
    m_raised = false;
    if (m_grant.level == PriorityGrant::Level::Realtime)
        (void)m_system.setNormal();
    else
        (void)m_system.setNice(m_niceBefore); // a higher nice value is always allowed
}

} // namespace attend
