#pragma once

#include "result.h"
#include "sessioninfo.h"
#include "trialrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace attend {

class Database;

// Where a session's trials wait while a clinic's server cannot be reached (issue #23): a small
// SQLite file on this computer, next to the user's settings. The session goes on; what it
// keeps here — trials and the session's end, in the order they happened — is sent when the
// server is back, exactly once: each item leaves the spool only after the server has it, and
// a trial the server has already (its write committed before the answer was lost, or a send
// cut short) is not stored again. Items are matched to the server's sessions by UUID.
class TrialSpool
{
public:
    // Opens the spool at `location`, creating it (and its folder) when missing.
    static Result<std::unique_ptr<TrialSpool>> open(const QString &location);
    // spool.sqlite beside the user's settings file (openUserSettings()).
    static QString defaultLocation();
    ~TrialSpool();
    TrialSpool(const TrialSpool &) = delete;
    TrialSpool &operator=(const TrialSpool &) = delete;

    QString location() const { return m_location; }
    // Each is on disk (synchronous = FULL) when it returns.
    Result<void> keepTrial(const QString &sessionUuid, const TrialRecord &trial);
    Result<void> keepEnd(const QString &sessionUuid, SessionStatus status,
                         const QJsonObject &summary, const QDateTime &endedAt);
    // Items waiting, for any server.
    Result<int> waiting();

    struct Sent
    {
        int trials = 0;   // stored now (not those the server had already)
        int sessions = 0; // sessions whose items went
    };
    // Sends, oldest first, every item of a session `db` holds; items of sessions it does not
    // hold stay. Each session's sending is written in `db`'s audit. Stops at the first failure:
    // what was sent until then has left the spool.
    Result<Sent> send(Database &db);
    // send() of the spool at `location`, when there is one (nothing to do otherwise).
    static Result<Sent> sendWaiting(Database &db, const QString &location);

private:
    TrialSpool(QString location, QString connectionName);
    Result<void> keep(const QString &sessionUuid, const QString &kind, const QJsonObject &content);
    Result<void> forget(qint64 id);
    Error failure(const QString &sentence) const;

    QString m_location;
    QString m_connectionName;
};

} // namespace attend
