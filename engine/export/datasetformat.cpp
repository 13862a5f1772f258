#include "datasetformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"

namespace attend {

Error ExportFormat::cancelled()
{
    return Error(Error::Kind::Cancelled,
                 Error::tr("The export was cancelled; nothing was written."));
}

Result<void> DatasetFormat::Steps::next()
{
    if (m_progress && !m_progress(++m_done, m_total))
        return cancelled();
    return {};
}

Result<QStringList> DatasetFormat::run(Database &db, const ExportSelection &selection,
                                       const QString &destination, bool force,
                                       const Progress &progress) const
{
    auto dataset = ExportDataset::load(db, selection);
    if (!dataset)
        return dataset.error();
    auto folder = ExportFolder::open(destination, force);
    if (!folder)
        return folder.error();
    Steps steps(progress, int(dataset.value().sessions().size()));
    if (auto r = write(dataset.value(), *folder.value(), steps); !r)
        return r.error();
    if (auto r = folder.value()->write(provenancePath(),
                                       jsonBytes(ExportColumns::provenance(dataset.value(), id())));
        !r)
        return r.error();
    if (auto r = folder.value()->commit(); !r)
        return r.error();
    return folder.value()->written();
}

} // namespace attend
