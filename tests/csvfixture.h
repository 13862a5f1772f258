#pragma once

// Reads the reference CSV files in tests/data (written by make_metrics_fixtures.py).

#include <QFile>
#include <QHash>
#include <QStringList>
#include <vector>

namespace attend::testing {

struct CsvRow
{
    QHash<QString, QString> fields;
    double number(const QString &column) const { return fields.value(column).toDouble(); }
    int integer(const QString &column) const { return fields.value(column).toInt(); }
    std::vector<double> numbers(const QString &column) const
    {
        std::vector<double> values;
        for (const QString &part : fields.value(column).split(u';'))
            values.push_back(part.toDouble());
        return values;
    }
};

inline std::vector<CsvRow> readCsv(const QString &name)
{
    QFile file(QStringLiteral(ATTEND_TEST_DATA "/") + name);
    std::vector<CsvRow> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        CsvRow row;
        for (int i = 0; i < header.size() && i < cells.size(); ++i)
            row.fields.insert(header.at(i), cells.at(i));
        rows.push_back(row);
    }
    return rows;
}

// Rows of RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF), to read back exports.
inline std::vector<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

} // namespace attend::testing
