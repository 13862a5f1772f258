#pragma once

#include "result.h"

#include <QJsonObject>

namespace attend {

class Database;

// The audit trail (DESIGN.md §3): exports, archiving, recoveries. One statement per entry, so a
// caller may add it inside its own Database::transaction.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    Result<void> record(const QString &action, const QString &subject, const QJsonObject &details);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace attend
