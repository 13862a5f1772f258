#include "fieldrow.h"

#include <QLocale>
#include <charconv>
#include <cmath>

namespace attend {

void FieldRow::clear()
{
    m_text.clear();
    m_ends.clear();
}

QByteArrayView FieldRow::operator[](qsizetype i) const
{
    const qsizetype start = i == 0 ? 0 : m_ends[std::size_t(i - 1)];
    return QByteArrayView(m_text.data() + start, m_ends[std::size_t(i)] - start);
}

void FieldRow::add(QByteArrayView text)
{
    m_text.append(text.data(), std::size_t(text.size()));
    endField();
}

void FieldRow::add(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    m_text.append(utf8.constData(), std::size_t(utf8.size()));
    endField();
}

void FieldRow::addNumber(double value)
{
    appendNumber(m_text, value);
    endField();
}

void FieldRow::addNumber(std::optional<double> value)
{
    if (value)
        appendNumber(m_text, *value);
    endField();
}

void FieldRow::addInteger(std::int64_t value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_text.append(digits, std::size_t(end - digits));
    endField();
}

void FieldRow::addInteger(std::optional<std::int64_t> value)
{
    if (value)
        addInteger(*value);
    else
        endField();
}

void FieldRow::addFlag(bool on)
{
    m_text += on ? '1' : '0';
    endField();
}

void FieldRow::padTo(qsizetype width)
{
    while (size() < width)
        endField();
}

void FieldRow::append(const FieldRow &other)
{
    for (qsizetype i = 0; i < other.size(); ++i)
        add(other[i]);
}

FieldRow FieldRow::of(const QStringList &fields)
{
    FieldRow row;
    for (const QString &f : fields)
        row.add(f);
    return row;
}

QStringList FieldRow::toStringList() const
{
    QStringList out;
    for (qsizetype i = 0; i < size(); ++i)
        out << QString::fromUtf8((*this)[i]);
    return out;
}

void FieldRow::appendNumber(std::string &out, double value)
{
    if (std::isnan(value))
        return;
    if (value == 0.0) { // −0.0 too, as Qt writes it
        out += '0';
        return;
    }
    const double size = std::abs(value);
    if (size >= 1e-6 && size < 1e15) {
        // Plain notation from the shortest round-tripping digits: below 2^53 the shortest
        // fixed form has the same digits as Qt's 'f' with FloatingPointShortest (a test checks).
        char digits[48];
        const auto end =
            std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed).ptr;
        out.append(digits, std::size_t(end - digits));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

} // namespace attend
