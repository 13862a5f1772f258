#include "exportformats.h"

#include "bidsformat.h"
#include "csvformat.h"
#include "jsonformat.h"
#include "redcapformat.h"

namespace attend {

ExportFormats::ExportFormats()
{
    add(std::make_unique<CsvFormat>());
    add(std::make_unique<BidsFormat>());
    add(std::make_unique<RedcapFormat>());
    add(std::make_unique<JsonFormat>());
}

void ExportFormats::add(std::unique_ptr<ExportFormat> format)
{
    m_formats.push_back(std::move(format));
}

const ExportFormat *ExportFormats::find(const QString &id) const
{
    for (const auto &f : m_formats)
        if (f->id() == id)
            return f.get();
    return nullptr;
}

std::vector<const ExportFormat *> ExportFormats::all() const
{
    std::vector<const ExportFormat *> out;
    for (const auto &f : m_formats)
        out.push_back(f.get());
    return out;
}

QStringList ExportFormats::ids() const
{
    QStringList out;
    for (const auto &f : m_formats)
        out << f->id();
    return out;
}

} // namespace attend
