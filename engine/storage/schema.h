#pragma once

#include <QStringList>
#include <vector>

namespace attend {

// The numbered schema migrations. Migration n (1-based) takes a database from version n-1 to n;
// the version is kept in the database itself (PRAGMA user_version on SQLite). The statements are
// portable SQL; {id}, {int64} and {blob} stand for the backend's key, 64-bit integer and
// binary column types, {new_uuid} for an expression that makes a random UUID.
class Schema
{
public:
    static int latestVersion();
    // The statements of migration `version` (1 … latestVersion()).
    static QStringList migration(int version);
};

} // namespace attend
