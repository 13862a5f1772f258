#pragma once

#include "storage/sessioninfo.h"

#include <QJsonObject>
#include <vector>

namespace attend {

// An exercise's default parameters for `mode`, from its JSON file in the resources
// (":/parameters/<name>.json", with an "assessment" and a "training" object).
QJsonObject defaultParametersFromResource(const QString &name, SessionMode mode);

// A number from the parameters, or `fallback` when it is missing.
double parameter(const QJsonObject &parameters, const char *key, double fallback);
// The value `level` (0 easiest … 1 hardest, clamped) of the way from `easy` to `hard`.
double between(double easy, double hard, double level);
// Training blocks: "trials" split into blocks of "block_size" (the last may be shorter).
std::vector<int> trainingBlocks(const QJsonObject &parameters, int trials, int blockSize);

} // namespace attend
