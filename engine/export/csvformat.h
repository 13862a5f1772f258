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

private:
    struct Tables;
    // Appends the rows of `s` to the three tables.
    static Result<void> writeSession(const ExportDataset &data, const ExportedSession &s,
                                     const ExportFolder &folder, Tables &tables);
};

} // namespace attend
