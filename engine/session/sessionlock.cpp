#include "sessionlock.h"

#include "storage/database.h"

#include <QLockFile>

namespace attend {

namespace {

std::unique_ptr<QLockFile> tryLock(const QString &path)
{
    auto file = std::make_unique<QLockFile>(path);
    // A session may run for an hour: only a holder that is gone makes the lock stale.
    file->setStaleLockTime(0);
    if (!file->tryLock(0))
        return nullptr;
    return file;
}

} // namespace

SessionLock::SessionLock(std::unique_ptr<QLockFile> file) : m_file(std::move(file)) {}

SessionLock::~SessionLock() = default;

QString SessionLock::path(const Database &db, qint64 sessionId)
{
    return db.location() + QStringLiteral(".session-%1.lock").arg(sessionId);
}

std::unique_ptr<SessionLock> SessionLock::acquire(const Database &db, qint64 sessionId)
{
    auto file = tryLock(path(db, sessionId));
    if (!file)
        return nullptr;
    return std::unique_ptr<SessionLock>(new SessionLock(std::move(file)));
}

bool SessionLock::held(const Database &db, qint64 sessionId)
{
    return !tryLock(path(db, sessionId)); // taken and released at once when no one holds it
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
