#pragma once

#include "attention/performancemodel.h"

#include <QFile>
#include <optional>

// The population prior the application ships (resources/model/prior.bin), for tests of model/.
inline std::optional<attend::attention::AttentionModel> shippedPrior()
{
    QFile file(QStringLiteral(ATTEND_PRIOR_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    return attend::attention::AttentionModel::deserialise(
        std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}
