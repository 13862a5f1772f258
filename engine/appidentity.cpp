#include "appidentity.h"

#include "buildinfo.h"

#include <QCoreApplication>
#include <QSettings>
#include <sys/stat.h>

namespace attend {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("attend"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kAttendVersion));
}

} // namespace attend

namespace attend {

void keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

std::unique_ptr<QSettings> openUserSettings()
{
    // Explicit names: the organisation is deliberately empty, which QSettings' default
    // constructor does not accept.
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("attend"), QStringLiteral("attend"));
}

} // namespace attend
