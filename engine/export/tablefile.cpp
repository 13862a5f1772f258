#include "tablefile.h"

#include <algorithm>

namespace attend {

namespace {

// Writes one CSV field at `out`, which has room for 2 × its size + 3 bytes; returns its end.
char *writeCsvField(char *out, QByteArrayView value)
{
    // A text that a spreadsheet would run as a formula (a name "=HYPERLINK(…)") gets a leading
    // apostrophe (OWASP, "CSV injection"); numbers such as "-0.5" stay numbers. The number test
    // only for a field that starts like a formula: it is most of the cost of a large export.
    const auto formulaStart = [](char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    };
    bool apostrophe = false;
    if (!value.isEmpty() && formulaStart(value.front())) {
        bool number = false;
        value.toByteArray().toDouble(&number);
        apostrophe = !number;
    }
    const bool plain = std::none_of(value.begin(), value.end(), [](char c) {
        return c == ',' || c == '"' || c == '\n' || c == '\r';
    });
    if (plain && !apostrophe)
        return std::copy(value.begin(), value.end(), out);
    if (!plain)
        *out++ = '"';
    if (apostrophe)
        *out++ = '\'';
    for (const char c : value) {
        if (c == '"')
            *out++ = '"';
        *out++ = c;
    }
    if (!plain)
        *out++ = '"';
    return out;
}

} // namespace

QString TableFile::csvField(const QString &value)
{
    QByteArray line = csvRow({value});
    line.chop(2); // its CRLF
    return QString::fromUtf8(line);
}

QByteArray TableFile::csv(const QStringList &header, const std::vector<QStringList> &rows)
{
    QByteArray bytes = csvRow(header);
    for (const QStringList &row : rows)
        bytes += csvRow(row);
    return bytes;
}

QByteArray TableFile::csvRow(const QStringList &fields)
{
    QByteArray line;
    appendCsvRow(line, FieldRow::of(fields));
    return line;
}

// Written in place into room for the longest the row can be (every field quoted, its quotes
// doubled): appending field by field was a fifth of a large export's time.
void TableFile::appendCsvRow(QByteArray &out, const FieldRow &fields)
{
    const qsizetype start = out.size();
    out.resize(start + 2 * fields.textSize() + 4 * fields.size() + 2);
    char *end = out.data() + start;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            *end++ = ',';
        end = writeCsvField(end, fields[i]);
    }
    *end++ = '\r';
    *end++ = '\n';
    out.truncate(end - out.constData());
}

QByteArray TableFile::tsv(const QStringList &header, const std::vector<QStringList> &rows)
{
    QByteArray text = header.join(u'\t').toUtf8() + '\n';
    for (const QStringList &row : rows)
        appendTsvRow(text, FieldRow::of(row));
    return text;
}

void TableFile::appendTsvRow(QByteArray &out, const FieldRow &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append('\t');
        const QByteArrayView f = fields[i];
        if (f.isEmpty()) {
            out.append("n/a");
            continue;
        }
        const auto special = [](char c) { return c == '\t' || c == '\n' || c == '\r'; };
        if (std::none_of(f.begin(), f.end(), special)) {
            out.append(f);
            continue;
        }
        for (const char c : f)
            out.append(special(c) ? ' ' : c);
    }
    out.append('\n');
}

} // namespace attend
