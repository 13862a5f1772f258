#pragma once

#include "exportdataset.h"

#include <QString>
#include <functional>

namespace attend {

class Database;

// One export format (DESIGN.md §2, export/): a file format of engine/export, or the PDF report
// of app/report. The export dialog and attend-cli list them from ExportFormats; every format
// writes through a staged ExportFolder, so that a failure or a cancellation leaves nothing.
class ExportFormat
{
public:
    // Called as work is done with (done, total); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    virtual ~ExportFormat() = default;
    virtual QString id() const = 0;          // as attend-cli --format takes it
    virtual QString displayName() const = 0; // translated, for the dialog
    // Writes the selection into `destination` (new or empty; `force`: replace what is there)
    // and returns the files written, relative to it. The database is only read.
    virtual Result<QStringList> run(Database &db, const ExportSelection &selection,
                                    const QString &destination, bool force,
                                    const Progress &progress = {}) const = 0;

    // Whether run() must be called on the GUI thread (the PDF reports draw Qt Charts, which
    // belong to it); the others may run in a worker thread on a connection of their own.
    virtual bool needsGuiThread() const { return false; }

    // The error of a cancelled export.
    static Error cancelled();
};

} // namespace attend
