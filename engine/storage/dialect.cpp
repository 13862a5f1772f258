#include "dialect.h"

#include "postgresdialect.h"
#include "postgreslocation.h"
#include "sqlitedialect.h"

namespace attend {

Result<std::unique_ptr<Dialect>> Dialect::forLocation(const QString &location)
{
    if (location.trimmed().isEmpty())
        return Error(Error::Kind::InvalidInput, Error::tr("No database location was given."));
    if (PostgresLocation::isUrl(location))
        return std::unique_ptr<Dialect>(std::make_unique<PostgresDialect>());
    return std::unique_ptr<Dialect>(std::make_unique<SqliteDialect>());
}

} // namespace attend
