#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace attend {

// A PostgreSQL database named as a URL (libpq's form, DESIGN.md §7):
// postgresql://[user@]host[:port]/dbname[?host=/socket/folder&sslmode=…&connect_timeout=…].
// A password is never part of it: libpq reads it from PGPASSWORD or ~/.pgpass (or the person
// is asked), so no settings file or shell history holds one.
struct PostgresLocation
{
    QString host; // a name, an address, or a Unix-socket folder (starts with '/'); empty: libpq's
                  // default
    std::optional<int> port;
    QString database;
    QString user;        // empty: libpq's default (the login name)
    QStringList options; // libpq connection keywords passed through, as key=value

    static bool isUrl(const QString &location);
    static Result<PostgresLocation> parse(const QString &location);
    // The URL again, in one canonical form (what is shown in messages and remembered).
    QString url() const;
    // Seconds libpq tries to connect when the URL does not say (connectOptions()).
    static constexpr int kDefaultConnectTimeoutS = 10;
    // The passed-through keywords as Qt's QPSQL connect options, with a connect_timeout.
    QString connectOptions() const;
};

} // namespace attend
