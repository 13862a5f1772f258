#include "dialect.h"

#include "sqlitedialect.h"

namespace attend {

Result<std::unique_ptr<Dialect>> Dialect::forLocation(const QString &location)
{
    if (location.trimmed().isEmpty())
        return Error(Error::Kind::InvalidInput, Error::tr("No database location was given."));
    if (location.startsWith(u"postgresql://") || location.startsWith(u"postgres://"))
        return Error(Error::Kind::Unsupported,
                     Error::tr("PostgreSQL databases are not supported by this version of "
                               "Attend: %1")
                         .arg(location),
                     location);
    return std::unique_ptr<Dialect>(std::make_unique<SqliteDialect>());
}

} // namespace attend
