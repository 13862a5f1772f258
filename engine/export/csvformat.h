#pragma once

#include "datasetformat.h"

namespace attend {

// CSV: trials.csv, sessions.csv (one row per session with its measures) and
// data_dictionary.csv, which says what every column means.
class CsvFormat : public DatasetFormat
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)

public:
    QString id() const override { return QStringLiteral("csv"); }
    QString displayName() const override;

protected:
    Result<void> write(const ExportDataset &data, ExportFolder &folder,
                       Steps &steps) const override;
};

} // namespace attend
