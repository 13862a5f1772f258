#include "sessioninfo.h"

namespace attend {

// These strings are the values stored in the database and written to exports; never translate.
QString storedName(SessionMode mode)
{
    return mode == SessionMode::Assessment ? QStringLiteral("assessment")
                                           : QStringLiteral("training");
}

QString storedName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Running:
        return QStringLiteral("running");
    case SessionStatus::Completed:
        return QStringLiteral("completed");
    case SessionStatus::Aborted:
        return QStringLiteral("aborted");
    case SessionStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

SessionStatus sessionStatusFrom(const QString &stored)
{
    for (auto status : {SessionStatus::Running, SessionStatus::Completed, SessionStatus::Aborted,
                        SessionStatus::Interrupted})
        if (storedName(status) == stored)
            return status;
    return SessionStatus::Interrupted;
}

} // namespace attend
