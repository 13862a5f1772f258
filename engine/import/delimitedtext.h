#pragma once

#include "result.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace attend {

// A table read from a CSV or TSV file (RFC 4180 quoting; the delimiter is the one of comma, tab
// and semicolon that the header line holds most of), for engine/import: a header and rows, each
// with the line of the file it starts on. What is not UTF-8 text is refused.
class DelimitedText
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedText)

public:
    struct Row
    {
        int line = 0; // 1 = the header
        QStringList fields;
    };

    // `fileName` names the file in messages.
    static Result<DelimitedText> parse(const QByteArray &bytes, const QString &fileName);

    const QStringList &header() const { return m_header; }
    const std::vector<Row> &rows() const { return m_rows; }
    // The header's column of that name; none: -1.
    int column(const QString &name) const { return int(m_header.indexOf(name)); }

private:
    QStringList m_header;
    std::vector<Row> m_rows;
};

} // namespace attend
