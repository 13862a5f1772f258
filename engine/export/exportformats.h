#pragma once

#include "exportformat.h"

#include <memory>
#include <vector>

namespace attend {

// The one list of export formats, in the order the dialog shows them: the file formats of
// engine/export are there from the start; the shell adds the PDF reports (app/report).
class ExportFormats
{
public:
    ExportFormats();

    void add(std::unique_ptr<ExportFormat> format);
    const ExportFormat *find(const QString &id) const;
    std::vector<const ExportFormat *> all() const;
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<ExportFormat>> m_formats;
};

} // namespace attend
