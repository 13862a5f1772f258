#pragma once

#include "export/exportformat.h"
#include "reportwriter.h"

namespace attend {

class ExerciseRegistry;
class ExportFormats;

// The PDF report as an export format: one report per selected participant, for the clinician
// or in plain words for the participant (ReportWriter).
class PdfReportFormat : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportFormat)

public:
    PdfReportFormat(const ExerciseRegistry &registry, ReportWriter::Audience audience)
        : m_registry(registry), m_audience(audience)
    {}
    // Adds both reports ("pdf-clinician", "pdf-participant") to the list.
    static void addTo(ExportFormats &formats, const ExerciseRegistry &registry);

    QString id() const override;
    QString displayName() const override;
    Result<QStringList> run(Database &db, const ExportSelection &selection,
                            const QString &destination, bool force,
                            const Progress &progress = {}) const override;
    bool needsGuiThread() const override { return true; }

private:
    const ExerciseRegistry &m_registry;
    ReportWriter::Audience m_audience;
};

} // namespace attend
