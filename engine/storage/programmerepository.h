#pragma once

#include "programme/programmeassignment.h"
#include "result.h"

#include <optional>

namespace attend {

class Database;

// Which programme each participant follows. Assigning again adds a row: the latest is the
// current one, and every change is also written to the audit log.
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database &db) : m_db(db) {}

    Result<void> assign(qint64 participantId, const ProgrammeAssignment &assignment);
    Result<std::optional<ProgrammeAssignment>> current(qint64 participantId);

private:
    Database &m_db;
};

} // namespace attend
