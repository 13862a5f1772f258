#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attend {

// One row of an export's fields as UTF-8 text in one buffer, cleared and reused from row to
// row: an export of a million trials makes no allocation per field (a QString per field was
// most of its time). An empty field is "no value".
class FieldRow
{
public:
    void clear();
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView operator[](qsizetype i) const;
    qsizetype textSize() const { return qsizetype(m_text.size()); } // of all fields

    void add(QByteArrayView text);
    void add(const QString &text);
    void addNumber(double value); // appendNumber's text; empty for NaN
    void addNumber(std::optional<double> value);
    void addInteger(std::int64_t value);
    void addInteger(std::optional<std::int64_t> value);
    void addFlag(bool on); // 1 or 0
    // Empty fields up to `width` (nothing when as wide already).
    void padTo(qsizetype width);
    void append(const FieldRow &other);

    static FieldRow of(const QStringList &fields);
    QStringList toStringList() const;

    // The fewest digits that read back to the same double ("0.4", not "0.40000000000000002"),
    // in plain notation except for the very large or small; nothing for NaN.
    static void appendNumber(std::string &out, double value);

private:
    void endField() { m_ends.push_back(qsizetype(m_text.size())); }

    std::string m_text; // a std::string: appending is most of the work, and cheaper than Qt's
    std::vector<qsizetype> m_ends; // where each field's text ends in m_text
};

} // namespace attend
