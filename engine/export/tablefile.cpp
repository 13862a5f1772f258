#include "tablefile.h"

#include <algorithm>

namespace attend {

QString TableFile::csvField(const QString &value)
{
    // A text that a spreadsheet would run as a formula (a name "=HYPERLINK(…)") gets a leading
    // apostrophe (OWASP, "CSV injection"); numbers such as "-0.5" stay numbers. The number test
    // only for a field that starts like a formula: it is most of the cost of a large export.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStart.contains(value.front())) {
        bool number = false;
        value.toDouble(&number);
        if (!number)
            return csvField(u'\'' + value);
    }
    const bool plain = std::none_of(value.begin(), value.end(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
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
    QString line;
    line.reserve(256);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvField(fields[i]);
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QByteArray TableFile::tsv(const QStringList &header, const std::vector<QStringList> &rows)
{
    QString text = header.join(u'\t') + u'\n';
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += u'\t';
            const QString &f = row[i];
            const bool plain = std::none_of(
                f.begin(), f.end(), [](QChar c) { return c == u'\t' || c == u'\n' || c == u'\r'; });
            if (f.isEmpty())
                text += QStringLiteral("n/a");
            else if (plain)
                text += f;
            else
                text += QString(f).replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        }
        text += u'\n';
    }
    return text.toUtf8();
}

} // namespace attend
