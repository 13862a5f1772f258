#pragma once

// Helpers shared by the storage tests: a fresh database in a temporary folder.

#include "storage/database.h"
#include "storage/trialrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
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

// Makes a stored go/no-go training session read as the version before 2 December 2026 stored
// it: `parameters` with the training range's easy end at a no-go rate of 0.25 (today 0.335).
// By hand from the two ranges, a level u then is 1/3 + 2u/3 today.
inline bool storeUnderEarlierNoGoRange(Database &db, qint64 session, QJsonObject parameters)
{
    parameters.insert(QStringLiteral("nogo_rate_easy"), 0.25);
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("UPDATE sessions SET parameters_json = ? WHERE id = ?")))
        return false;
    q.addBindValue(QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)));
    q.addBindValue(session);
    return q.exec();
}
inline double earlierNoGoLevelToday(double level)
{
    return 1 / 3.0 + 2 * level / 3;
}

} // namespace attend::testing
