#include "appidentity.h"

#include "buildinfo.h"

#include <QCoreApplication>

namespace attend {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("attend"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kAttendVersion));
}

} // namespace attend
