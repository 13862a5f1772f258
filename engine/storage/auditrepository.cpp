#include "auditrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace attend {

Result<void> AuditRepository::record(const QString &action, const QString &subject,
                                     const QJsonObject &details)
{
    auto insert = m_db.exec(
        Error::tr("Writing the audit entry %1").arg(action),
        QStringLiteral("INSERT INTO audit (at, action, subject, details_json) VALUES (?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), action, subject,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!insert)
        return insert.error();
    return {};
}

Result<qint64> AuditRepository::count()
{
    auto query = m_db.exec(Error::tr("Counting audit entries"),
                           QStringLiteral("SELECT count(*) FROM audit"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toLongLong();
}

} // namespace attend
