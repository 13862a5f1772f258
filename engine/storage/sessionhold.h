#pragma once

namespace attend {

// The mark that a running program is doing a session, released when destroyed or when the
// program ends in any way (Database::holdSession: a lock file beside an SQLite database, an
// advisory lock of the connection on a PostgreSQL server).
class SessionHold
{
public:
    virtual ~SessionHold() = default;
};

} // namespace attend
