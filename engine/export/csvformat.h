#pragma once

#include "datasetformat.h"

class QFile;

namespace attend {

class ExportColumns;

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

private:
    // Appends the trials of `s` to trials.csv.
    static Result<void> writeTrials(const ExportDataset &data, const ExportColumns &columns,
                                    const ExportedSession &s, const ExportFolder &folder,
                                    QFile &file);
};

} // namespace attend
