#pragma once

#include "storage/sessioninfo.h"

#include <QJsonObject>

namespace attend {

// An exercise's default parameters for `mode`, from its JSON file in the resources
// (":/parameters/<name>.json", with an "assessment" and a "training" object).
QJsonObject defaultParametersFromResource(const QString &name, SessionMode mode);

} // namespace attend
