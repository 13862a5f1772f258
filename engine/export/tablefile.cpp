#include "tablefile.h"

namespace attend {

QString TableFile::csvField(const QString &value)
{
    // A text that a spreadsheet would run as a formula (a name "=HYPERLINK(…)") gets a leading
    // apostrophe (OWASP, "CSV injection"); numbers such as "-0.5" stay numbers.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    bool number = false;
    value.toDouble(&number);
    if (!value.isEmpty() && formulaStart.contains(value.front()) && !number)
        return csvField(u'\'' + value);
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray TableFile::csv(const QStringList &header, const std::vector<QStringList> &rows)
{
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        text += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return text.toUtf8();
}

QByteArray TableFile::tsv(const QStringList &header, const std::vector<QStringList> &rows)
{
    QString text = header.join(u'\t') + u'\n';
    for (const QStringList &row : rows) {
        QStringList fields;
        for (QString f : row) {
            f.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            fields << (f.isEmpty() ? QStringLiteral("n/a") : f);
        }
        text += fields.join(u'\t') + u'\n';
    }
    return text.toUtf8();
}

} // namespace attend
