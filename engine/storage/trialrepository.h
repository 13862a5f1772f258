#pragma once

#include "result.h"

#include "trialrecord.h"
#include <QStringList>

#include <memory>
#include <vector>

namespace attend {

class Database;
class SqliteStatement;

class TrialRepository
{
public:
    explicit TrialRepository(Database &db);
    ~TrialRepository();

    // Writes one trial in its own transaction and returns only once it is committed: the trial is
    // on disk (synchronous=FULL) when this succeeds. Call it in the inter-trial interval.
    Result<qint64> insert(qint64 sessionId, const TrialRecord &trial);
    // Stores the trial unless the session has it already (same block, index, practice and
    // onset): for a trial whose first write may have committed before its answer was lost.
    Result<qint64> insertOnce(qint64 sessionId, const TrialRecord &trial);
    Result<std::vector<TrialRecord>> forSession(qint64 sessionId);
    // The trials of a session of exercise `task` (known to the caller: one query less). On an
    // SQLite file the statement is prepared once per repository, so a repository kept for many
    // sessions (an export) reads each faster.
    Result<std::vector<TrialRecord>> forSession(qint64 sessionId, const std::string &task);
    // The same into `into`, whose records are written over (and keep their strings' room), so
    // that a caller reading session after session allocates little.
    Result<void> readSession(qint64 sessionId, const std::string &task,
                             std::vector<TrialRecord> &into);
    Result<qint64> count();
    // Flags the trials of `fromBlock` onwards as Superseded: a resumed session runs that block
    // again. The trials stay in the database.
    Result<int> markSuperseded(qint64 sessionId, int fromBlock);

private:
    Result<qint64> insertNow(qint64 sessionId, const TrialRecord &trial);
    Result<void> readSessionOnSqlite(qint64 sessionId, const std::string &task, const QString &what,
                                     std::vector<TrialRecord> &into);
    SqliteStatement &prepared(std::unique_ptr<SqliteStatement> &statement, const QString &sql);
    Database &m_db;
    std::unique_ptr<SqliteStatement> m_spanOfSession;
    std::unique_ptr<SqliteStatement> m_trialsInSpan;
    std::unique_ptr<SqliteStatement> m_trialsOfSession;
};

} // namespace attend
