#include "exerciseparameters.h"

#include <QFile>
#include <QJsonDocument>
#include <algorithm>

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

double parameter(const QJsonObject &parameters, const char *key, double fallback)
{
    return parameters.value(QLatin1String(key)).toDouble(fallback);
}

double between(double easy, double hard, double level)
{
    return easy + (hard - easy) * std::clamp(level, 0.0, 1.0);
}

std::vector<int> trainingBlocks(const QJsonObject &parameters, int trials, int blockSize)
{
    int left = std::max(1, parameters.value(QStringLiteral("trials")).toInt(trials));
    const int size = std::max(1, parameters.value(QStringLiteral("block_size")).toInt(blockSize));
    std::vector<int> blocks;
    for (; left > 0; left -= size)
        blocks.push_back(std::min(size, left));
    return blocks;
}

} // namespace attend
