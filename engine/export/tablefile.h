#pragma once

#include "fieldrow.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace attend {

// Tables as files: CSV by RFC 4180 (fields with a comma, quote or line break are quoted, quotes
// doubled, CRLF line ends) and BIDS TSV (tab-separated, "n/a" for an empty value, tabs and line
// breaks inside values replaced by spaces). UTF-8 without a byte-order mark.
class TableFile
{
public:
    static QByteArray csv(const QStringList &header, const std::vector<QStringList> &rows);
    // One CSV line with its CRLF, for a file written row by row.
    static QByteArray csvRow(const QStringList &fields);
    static void appendCsvRow(QByteArray &out, const FieldRow &fields);
    static QByteArray tsv(const QStringList &header, const std::vector<QStringList> &rows);
    // One TSV line with its line feed (the header's names are written as they are).
    static void appendTsvRow(QByteArray &out, const FieldRow &fields);
    // One CSV field, quoted when it must be; a text a spreadsheet would take for a formula
    // (starting with =, +, -, @, a tab or a carriage return, and not a number) is given a
    // leading apostrophe.
    static QString csvField(const QString &value);
};

} // namespace attend
