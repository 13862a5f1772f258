#pragma once

#include <QStringList>
#include <vector>

namespace attend {

// The numbered schema migrations. Migration n (1-based) takes a database from version n-1 to n;
// the version is kept in the database itself (PRAGMA user_version on SQLite). The statements are
// portable SQL; {id} and {blob} stand for the backend's key and binary column types.
class Schema
{
public:
    static int latestVersion();
    // The statements of migration `version` (1 … latestVersion()).
    static QStringList migration(int version);
};

} // namespace attend
