#pragma once

// Helpers shared by the storage tests: a fresh database in a temporary folder.

#include "storage/database.h"
#include "storage/trialrepository.h"

#include <QTemporaryDir>
#include <QTest>

namespace attend::testing {

inline std::unique_ptr<Database> openOrFail(const QString &path, Database::Options options = {})
{
    auto opened = Database::open(path, options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message()));
        return nullptr;
    }
    return std::move(opened).value();
}

// The non-practice trials of a session, in order (empty if they cannot be read).
inline std::vector<TrialRecord> scoredTrials(Database &db, qint64 session)
{
    auto loaded = TrialRepository(db).forSession(session);
    if (!loaded)
        return {};
    std::vector<TrialRecord> all = std::move(loaded).value(), out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [](const TrialRecord &t) { return !t.practice; });
    return out;
}

} // namespace attend::testing
