#include "pdfreportformat.h"

#include "export/exportformats.h"

namespace attend {

void PdfReportFormat::addTo(ExportFormats &formats, const ExerciseRegistry &registry)
{
    for (const auto audience :
         {ReportWriter::Audience::Clinician, ReportWriter::Audience::Participant})
        formats.add(std::make_unique<PdfReportFormat>(registry, audience));
}

QString PdfReportFormat::id() const
{
    return m_audience == ReportWriter::Audience::Clinician ? QStringLiteral("pdf-clinician")
                                                           : QStringLiteral("pdf-participant");
}

QString PdfReportFormat::displayName() const
{
    return m_audience == ReportWriter::Audience::Clinician ? tr("PDF report for the clinician")
                                                           : tr("PDF report for the participant");
}

Result<QStringList> PdfReportFormat::run(Database &db, const ExportSelection &selection,
                                         const QString &destination, bool force,
                                         const Progress &progress) const
{
    return ReportWriter(db, m_registry)
        .writeAll(selection, m_audience, destination, force, progress);
}

} // namespace attend
