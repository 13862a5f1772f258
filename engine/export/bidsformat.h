#pragma once

#include "datasetformat.h"

namespace attend {

// BIDS 1.9 behavioural dataset: one events file per session under sub-/ses-/beh, a
// sidecar per task; it passes the official validator (tests/tst_exporter).
class BidsFormat : public DatasetFormat
{
    Q_DECLARE_TR_FUNCTIONS(BidsFormat)

public:
    QString id() const override { return QStringLiteral("bids"); }
    QString displayName() const override;
    // The validator allows no unknown files at the root: provenance goes to sourcedata/.
    QString provenancePath() const override { return QStringLiteral("sourcedata/export.json"); }

protected:
    Result<void> write(const ExportDataset &data, ExportFolder &folder,
                       Steps &steps) const override;
};

} // namespace attend
