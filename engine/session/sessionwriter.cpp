#include "sessionwriter.h"

#include "storage/database.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"
#include "storage/trialspool.h"

#include <QElapsedTimer>

namespace attend {

SessionWriter::SessionWriter(Database &db, QString spoolLocation)
    : m_db(db), m_spoolLocation(std::move(spoolLocation))
{}

SessionWriter::~SessionWriter() = default;

Result<void> SessionWriter::attach(qint64 sessionId)
{
    m_sessionId = sessionId;
    if (!m_db.isServer())
        return {};
    auto session = SessionRepository(m_db).load(sessionId);
    if (!session)
        return session.error();
    m_uuid = session.value().uuid;
    if (m_spoolLocation.isEmpty()) // only a server's session reads the user's settings for it
        m_spoolLocation = TrialSpool::defaultLocation();
    auto trials = TrialRepository(m_db).forSession(sessionId);
    if (!trials)
        return trials.error();
    m_written = std::move(trials.value());
    // Left by an earlier session whose server went away: the session can run without them.
    if (auto sent = TrialSpool::sendWaiting(m_db, m_spoolLocation); !sent)
        qWarning("%s", qPrintable(sent.error().message()));
    return {};
}

Result<void> SessionWriter::writeTrial(const TrialRecord &trial, qint64 nowNs)
{
    if (m_spooling && !m_slowServer && nowNs - m_triedNs >= kRetryNs) {
        m_triedNs = nowNs;
        sendNow();
    }
    Result<void> written = m_spooling ? m_spool->keepTrial(m_uuid, trial) : store(trial, nowNs);
    if (written && !m_uuid.isEmpty())
        m_written.push_back(trial);
    return written;
}

Result<void> SessionWriter::store(const TrialRecord &trial, qint64 nowNs)
{
    auto stored = TrialRepository(m_db).insert(m_sessionId, trial);
    if (stored)
        return {};
    if (stored.error().kind() != Error::Kind::Unreachable || m_uuid.isEmpty())
        return stored.error();
    m_triedNs = nowNs;
    return spool(stored.error(), [&](TrialSpool &s) { return s.keepTrial(m_uuid, trial); });
}

Result<void> SessionWriter::end(SessionStatus status, const QJsonObject &summary,
                                const QDateTime &endedAt)
{
    const QDateTime at = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    const auto keep = [&](TrialSpool &s) { return s.keepEnd(m_uuid, status, summary, at); };
    if (m_spooling)
        return keep(*m_spool);
    auto ended = SessionRepository(m_db).finish(m_sessionId, status, summary, at);
    if (ended || ended.error().kind() != Error::Kind::Unreachable || m_uuid.isEmpty())
        return ended;
    // A connection lost since the last trial may be back at once (a restarted server).
    auto kept = spool(ended.error(), keep);
    if (kept)
        sendNow();
    return kept;
}

Result<std::vector<TrialRecord>> SessionWriter::trials()
{
    if (m_spooling)
        return m_written;
    auto stored = TrialRepository(m_db).forSession(m_sessionId);
    if (!stored && stored.error().kind() == Error::Kind::Unreachable && !m_uuid.isEmpty())
        return m_written; // the same trials, as this run wrote them
    return stored;
}

bool SessionWriter::sendNow()
{
    if (!m_spooling)
        return true;
    // The connection closed when it was lost; sending's first statement opens it again.
    QElapsedTimer tried;
    tried.start();
    const bool sent = bool(m_spool->send(m_db));
    m_slowServer = !sent && tried.nsecsElapsed() > kSlowNs;
    m_spooling = !sent;
    return sent;
}

// Starts spooling with `keep`. When the spool cannot be used either, the server's error stands,
// followed by the spool's.
Result<void> SessionWriter::spool(const Error &serverError,
                                  const std::function<Result<void>(TrialSpool &)> &keep)
{
    const auto both = [&serverError](const Error &spoolError) {
        return Error(serverError.kind(), serverError.message() + u'\n' + spoolError.message(),
                     serverError.path());
    };
    if (!m_spool) {
        auto opened = TrialSpool::open(m_spoolLocation);
        if (!opened)
            return both(opened.error());
        m_spool = std::move(opened).value();
    }
    if (auto kept = keep(*m_spool); !kept)
        return both(kept.error());
    m_spooling = true;
    return {};
}

} // namespace attend
