#include "exerciseparameters.h"

#include <QFile>
#include <QJsonDocument>

namespace attend {

QJsonObject defaultParametersFromResource(const QString &name, SessionMode mode)
{
    QFile file(QStringLiteral(":/parameters/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    return all
        .value(mode == SessionMode::Assessment ? QStringLiteral("assessment")
                                               : QStringLiteral("training"))
        .toObject();
}

} // namespace attend
