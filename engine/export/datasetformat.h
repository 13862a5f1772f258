#pragma once

#include "exportformat.h"

#include <QCoreApplication>

namespace attend {

class ExportFolder;

// A format written from the exported sessions (CSV, BIDS, REDCap, JSON): the sessions are read,
// the format writes its files into the staging folder, the provenance (app version, build id,
// selection, every session's parameters and platform) is added, and the folder is committed.
class DatasetFormat : public ExportFormat
{
public:
    Result<QStringList> run(Database &db, const ExportSelection &selection,
                            const QString &destination, bool force,
                            const Progress &progress = {}) const final;

protected:
    // Counts sessions written; next() is a Cancelled error once the progress says stop.
    class Steps
    {
    public:
        Steps(const Progress &progress, int total) : m_progress(progress), m_total(total) {}
        Result<void> next();

    private:
        const Progress &m_progress;
        int m_total;
        int m_done = 0;
    };

    virtual Result<void> write(const ExportDataset &data, ExportFolder &folder,
                               Steps &steps) const = 0;
    virtual QString provenancePath() const { return QStringLiteral("export.json"); }
};

} // namespace attend
