#pragma once

#include "exportdataset.h"

#include <QString>
#include <functional>

namespace attend {

class Database;

// The file exports of DESIGN.md §2 (the PDF report is app/report's): the GUI and attend-cli
// call the same code. Every export also writes export.json, its provenance: app version, build
// id, selection and each session's parameters and platform.
class Exporter
{
public:
    enum class Format { Csv, Bids, Redcap, Json };
    static bool formatFromName(const QString &name, Format *format);
    static QString formatName(Format format);

    // Called after each session is written with (done, total); returning false cancels, and
    // nothing is left in the destination.
    using Progress = std::function<bool(int done, int total)>;

    // The files written, relative to `destination`.
    static Result<QStringList> run(Database &db, const ExportSelection &selection, Format format,
                                   const QString &destination, bool force,
                                   const Progress &progress = {});
};

} // namespace attend
