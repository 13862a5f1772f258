#pragma once

#include "result.h"
#include "storage/sessioninfo.h"
#include "trialrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <vector>

namespace attend {

class Database;
class TrialSpool;

// Where a running session's trials and its end are written (issue #23): to the database, one
// transaction per trial. When a clinic's server cannot be reached, they go to this computer's
// TrialSpool instead, so the session goes on, and from there to the server once it answers.
// While spooling, a server that refuses at once (stopped, restarting: a try costs milliseconds)
// is tried again at most every kRetryNs of session time; one that does not answer (a try took
// longer than kSlowNs: a cut network, up to its connect_timeout) only when the runner asks
// between blocks and at the end, so that no trial waits for it. A file never spools: its errors
// stop the session as before (the run window offers to try again).
class SessionWriter
{
public:
    static constexpr qint64 kRetryNs = 10'000'000'000;
    static constexpr qint64 kSlowNs = 100'000'000;

    // `spoolLocation`: empty for TrialSpool::defaultLocation().
    SessionWriter(Database &db, QString spoolLocation);
    ~SessionWriter();
    SessionWriter(const SessionWriter &) = delete;
    SessionWriter &operator=(const SessionWriter &) = delete;

    // The session is started or resumed: on a server, its UUID and stored trials are read, and
    // whatever earlier sessions left in the spool is sent.
    Result<void> attach(qint64 sessionId);
    // `nowNs`: the session's time, for when the server is tried again.
    Result<void> writeTrial(const TrialRecord &trial, qint64 nowNs);
    Result<void> end(SessionStatus status, const QJsonObject &summary, const QDateTime &endedAt);
    // Every trial of the session: read back from the database, or, while spooling, as written.
    Result<std::vector<TrialRecord>> trials();
    bool spooling() const { return m_spooling; }
    // Tries the server now (between blocks, at the end); whether the spool is empty again.
    bool sendNow();

private:
    Result<void> store(const TrialRecord &trial, qint64 nowNs);
    Result<void> spool(const Error &serverError,
                       const std::function<Result<void>(TrialSpool &)> &keep);

    Database &m_db;
    QString m_spoolLocation;
    std::unique_ptr<TrialSpool> m_spool; // opened when first needed
    qint64 m_sessionId = 0;
    QString m_uuid;                     // a server's session only
    std::vector<TrialRecord> m_written; // a server's session only: for its end while spooling
    bool m_spooling = false;
    qint64 m_triedNs = 0;
    bool m_slowServer = false; // the last try took longer than kSlowNs
};

} // namespace attend
