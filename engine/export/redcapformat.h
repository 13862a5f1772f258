#pragma once

#include "datasetformat.h"

namespace attend {

// REDCap: an import file with one repeating instrument instance per session, and its
// data dictionary.
class RedcapFormat : public DatasetFormat
{
    Q_DECLARE_TR_FUNCTIONS(RedcapFormat)

public:
    QString id() const override { return QStringLiteral("redcap"); }
    QString displayName() const override;

protected:
    Result<void> write(const ExportDataset &data, ExportFolder &folder,
                       Steps &steps) const override;
};

} // namespace attend
