#pragma once

#include "storage/sessionhold.h"
#include "storage/sessioninfo.h"

#include <QList>
#include <QString>
#include <memory>

namespace attend {

class Database;

// The mark a program holds while it runs a session (Database::holdSession: a lock file beside an
// SQLite database, an advisory lock on a PostgreSQL server). It tells a session in progress from
// one left running by a program that was killed or crashed, so that `check`, the app's start-up and
// `attend-cli sessions close-interrupted` never close a session someone is doing.
class SessionLock
{
public:
    // Holds the session's lock until destroyed; none when a running program holds it.
    static std::unique_ptr<SessionLock> acquire(const Database &db, qint64 sessionId);
    // Whether a running program holds the session's lock.
    static bool held(const Database &db, qint64 sessionId);
    // Of the sessions stored as running, those no running program holds: left behind.
    static QList<SessionInfo> leftBehind(const Database &db, const QList<SessionInfo> &running);
    ~SessionLock();

private:
    explicit SessionLock(std::unique_ptr<SessionHold> hold);
    std::unique_ptr<SessionHold> m_hold;
};

} // namespace attend
