#include "sessionlock.h"

#include "storage/database.h"

namespace attend {

SessionLock::SessionLock(std::unique_ptr<SessionHold> hold) : m_hold(std::move(hold)) {}

SessionLock::~SessionLock() = default;

std::unique_ptr<SessionLock> SessionLock::acquire(const Database &db, qint64 sessionId)
{
    auto hold = db.holdSession(sessionId);
    if (!hold)
        return nullptr;
    return std::unique_ptr<SessionLock>(new SessionLock(std::move(hold)));
}

bool SessionLock::held(const Database &db, qint64 sessionId)
{
    return db.sessionHeld(sessionId);
}

QList<SessionInfo> SessionLock::leftBehind(const Database &db, const QList<SessionInfo> &running)
{
    QList<SessionInfo> left;
    for (const SessionInfo &s : running)
        if (!held(db, s.id))
            left << s;
    return left;
}

} // namespace attend
