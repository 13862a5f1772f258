#pragma once

#include "attention/performancemodel.h"

#include <QFile>
#include <optional>

// A population prior the application ships (resources/model/NAME.bin: "prior", the general
// one, or an exercise's id), for tests of model/.
inline std::optional<attend::attention::AttentionModel> shippedPrior(const char *name = "prior")
{
    QFile file(QStringLiteral(ATTEND_MODEL_DIR "/%1.bin").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    return attend::attention::AttentionModel::deserialise(
        std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}
