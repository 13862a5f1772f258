#include "delimitedtext.h"

#include <QStringDecoder>

namespace attend {

namespace {

QChar delimiterOf(const QString &text)
{
    const QString firstLine = text.left(int(text.indexOf(u'\n')));
    QChar best = u',';
    qsizetype most = -1;
    for (const QChar c : {QChar(u','), QChar(u'\t'), QChar(u';')})
        if (firstLine.count(c) > most) {
            most = firstLine.count(c);
            best = c;
        }
    return best;
}

// Splits `text` into records of fields; quotes may hold delimiters, line breaks and doubled
// quotes. Fails on a quote left open.
Result<std::vector<DelimitedText::Row>> records(const QString &text, QChar delimiter,
                                                const QString &fileName)
{
    std::vector<DelimitedText::Row> rows;
    DelimitedText::Row row{1, {}};
    QString field;
    bool quoted = false, wasQuoted = false;
    int line = 1, quoteLine = 0;
    const auto endRecord = [&] {
        row.fields << field;
        if (!(row.fields.size() == 1 && row.fields[0].isEmpty() && !wasQuoted))
            rows.push_back(row); // a blank line is no record
        row = {line + 1, {}};
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else if (c == u'"')
                quoted = false;
            else
                field += c;
            line += c == u'\n';
        } else if (c == u'"' && field.isEmpty()) {
            quoted = wasQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            row.fields << field;
            field.clear();
        } else if (c == u'\n') {
            endRecord();
            ++line;
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted)
        return Error(Error::Kind::InvalidInput,
                     DelimitedText::tr("%1, line %2: a quoted field is never closed.")
                         .arg(fileName)
                         .arg(quoteLine),
                     fileName);
    if (!field.isEmpty() || !row.fields.isEmpty() || wasQuoted)
        endRecord();
    return rows;
}

} // namespace

Result<DelimitedText> DelimitedText::parse(const QByteArray &bytes, const QString &fileName)
{
    const auto invalid = [&](const QString &message) {
        return Error(Error::Kind::InvalidInput, message, fileName);
    };
    if (bytes.contains('\0'))
        return invalid(tr("%1 is not a text file (it holds NUL bytes).").arg(fileName));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return invalid(tr("%1 is not UTF-8 text.").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a byte-order mark, as spreadsheets write
    auto rows = records(text, delimiterOf(text), fileName);
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return invalid(tr("%1 is empty.").arg(fileName));
    DelimitedText table;
    table.m_header = rows.value().front().fields;
    for (QString &name : table.m_header)
        name = name.trimmed();
    for (qsizetype i = 0; i < table.m_header.size(); ++i)
        if (table.m_header.indexOf(table.m_header[i]) != i)
            return invalid(tr("%1, line 1: the column \"%2\" appears twice in the header.")
                               .arg(fileName, table.m_header[i]));
    table.m_rows.assign(rows.value().begin() + 1, rows.value().end());
    for (const Row &row : table.m_rows)
        if (row.fields.size() != table.m_header.size())
            return invalid(tr("%1, line %2: %3 fields, but the header has %4.")
                               .arg(fileName)
                               .arg(row.line)
                               .arg(row.fields.size())
                               .arg(table.m_header.size()));
    if (table.m_rows.empty())
        return invalid(tr("%1 holds a header but no rows.").arg(fileName));
    return table;
}

} // namespace attend
