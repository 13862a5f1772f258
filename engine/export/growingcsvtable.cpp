#include "growingcsvtable.h"

#include "tablefile.h"

#include <algorithm>

namespace attend {

namespace {

const QString kPartSuffix = QStringLiteral(".part");
constexpr qint64 kChunk = 1 << 20;

} // namespace

GrowingCsvTable::GrowingCsvTable(ExportFolder &folder, QString name, std::unique_ptr<QFile> part)
    : m_folder(&folder), m_name(std::move(name)), m_part(std::move(part))
{}

Result<GrowingCsvTable> GrowingCsvTable::create(ExportFolder &folder, const QString &name)
{
    auto part = folder.create(name + kPartSuffix);
    if (!part)
        return part.error();
    return GrowingCsvTable(folder, name, std::move(part).value());
}

void GrowingCsvTable::add(const FieldRow &fields)
{
    const qsizetype before = m_pending.size();
    TableFile::appendCsvRow(m_pending, fields);
    m_size += m_pending.size() - before;
    if (m_runs.empty() || m_runs.back().width != fields.size())
        m_runs.push_back({m_size, fields.size()});
    else
        m_runs.back().end = m_size;
}

Result<void> GrowingCsvTable::flush()
{
    auto written = m_folder->append(*m_part, m_pending);
    m_pending.truncate(0); // keeps its room for the next session's rows
    return written;
}

Result<void> GrowingCsvTable::finish(const QStringList &header)
{
    if (auto r = flush(); !r)
        return r;
    if (auto r = m_folder->finish(*m_part); !r)
        return r;
    auto table = m_folder->create(m_name);
    if (!table)
        return table.error();
    if (auto r = m_folder->append(*table.value(), TableFile::csvRow(header)); !r)
        return r;
    if (!m_part->open(QIODevice::ReadOnly))
        return ExportFolder::unwritable(m_folder->destination());
    qint64 start = 0;
    for (const Run &run : m_runs) {
        if (auto r = copyRun(*m_part, *table.value(), run.end - start, header.size() - run.width);
            !r)
            return r;
        start = run.end;
    }
    m_part->close();
    m_folder->discard(m_name + kPartSuffix);
    return m_folder->finish(*table.value());
}

// Copies the next `bytes` of `from` (whole rows) to `to`, with `missing` empty fields added
// before each row's end. A row ends at a carriage return outside quotes: one inside a field
// is quoted (TableFile::csvField), and a quote inside a field is doubled, so counting quotes
// says which is which.
Result<void> GrowingCsvTable::copyRun(QFile &from, QFile &to, qint64 bytes, qsizetype missing) const
{
    const QByteArray padding(missing, ',');
    bool quoted = false;
    while (bytes > 0) {
        const QByteArray chunk = from.read(std::min(bytes, kChunk));
        if (chunk.isEmpty())
            return ExportFolder::unwritable(m_folder->destination());
        bytes -= chunk.size();
        if (missing == 0) {
            if (auto r = m_folder->append(to, chunk); !r)
                return r;
            continue;
        }
        // Copied a stretch at a time between the quotes and carriage returns that matter.
        QByteArray out;
        out.reserve(chunk.size() + chunk.size() / 8);
        const char *at = chunk.constData();
        const char *const end = at + chunk.size();
        while (at < end) {
            const char *stop = std::find_if(
                at, end, [quoted](char c) { return c == '"' || (c == '\r' && !quoted); });
            out.append(at, stop - at);
            if (stop == end)
                break;
            if (*stop == '"')
                quoted = !quoted;
            else
                out += padding;
            out += *stop;
            at = stop + 1;
        }
        if (auto r = m_folder->append(to, out); !r)
            return r;
    }
    return {};
}

} // namespace attend
