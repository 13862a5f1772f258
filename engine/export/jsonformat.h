#pragma once

#include "datasetformat.h"

namespace attend {

// JSON: one document per session with its parameters, platform, measures and trials.
class JsonFormat : public DatasetFormat
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)

public:
    QString id() const override { return QStringLiteral("json"); }
    QString displayName() const override;

protected:
    Result<void> write(const ExportDataset &data, ExportFolder &folder,
                       Steps &steps) const override;
};

} // namespace attend
