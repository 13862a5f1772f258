#pragma once

#include "result.h"

#include <QHash>
#include <QStringList>
#include <QVariant>
#include <functional>

class QSqlRecord;

namespace attend {

class Database;

// `attend-cli copy --from SOURCE --to TARGET` (issue #23): a workstation's data into a clinic's
// server, or the server's into a file as a backup. Rows are matched by their UUIDs, so a copy
// run twice stores nothing twice; it adds what the target lacks and never changes or deletes
// what the target has (a model state only where the source's is newer). Sessions still running
// are left for a later copy, once they have ended. Each session goes over with its trials in
// one transaction: a copy stopped half-way leaves whole sessions only.
class DatabaseCopy
{
public:
    struct Summary
    {
        int participants = 0; // added to the target
        int sessions = 0;
        qint64 trials = 0;
        int modelStates = 0;      // added or replaced by a newer one
        int programmes = 0;       // programme assignments added
        int alreadyThere = 0;     // sessions the target had
        QStringList stillRunning; // sessions left for a later copy ("P001 sart, session 12")
    };
    // done/total sessions and what is being copied; false stops after the current session.
    using Progress = std::function<bool(int done, int total, const QString &what)>;

    DatabaseCopy(Database &from, Database &to) : m_from(from), m_to(to) {}
    Result<Summary> run(const Progress &progress);

private:
    Result<void> participants(Summary &summary);
    Result<void> session(qint64 sourceId, Summary &summary);
    using RowWork = std::function<Result<void>(const QSqlRecord &row, const QVariant &person)>;
    // `work` for every row of the source's `table` (which may end in ORDER BY), with the
    // target's id of the row's participant, in one transaction of the target.
    Result<void> eachOfAPerson(const QString &what, const QString &table, const RowWork &work);
    Result<void> modelStates(Summary &summary);
    Result<void> programmes(Summary &summary);
    // The target's id of the participant with the source's id; none for a timing check.
    Result<QVariant> targetParticipant(const QVariant &sourceId);

    Database &m_from;
    Database &m_to;
    QHash<qint64, qint64> m_people; // source participant id → target id
};

} // namespace attend
