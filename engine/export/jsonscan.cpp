#include "jsonscan.h"

#include <charconv>
#include <optional>

namespace attend {

namespace {

constexpr int kMaxDepth = 32;

} // namespace

std::string_view JsonScan::rest()
{
    skipSpace();
    return m_s.substr(m_i);
}

bool JsonScan::string(std::string_view &out)
{
    if (!take('"'))
        return false;
    for (std::size_t i = m_i; i < m_s.size(); ++i) {
        const auto c = static_cast<unsigned char>(m_s[i]);
        if (c == '"') {
            out = m_s.substr(m_i, i - m_i);
            m_i = i + 1;
            return true;
        }
        if (c == '\\' || c < 0x20 || c >= 0x80)
            return false;
    }
    return false;
}

// One or more digits; an integer part has no leading zero before more digits.
bool JsonScan::digits(bool integerPart)
{
    const std::size_t start = m_i;
    while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
        ++m_i;
    return m_i > start && !(integerPart && m_s[start] == '0' && m_i - start > 1);
}

bool JsonScan::number(double &out)
{
    return number(&out);
}

// Without `out` (a value passed over) a number is only converted when it could be out of a
// double's range: with an exponent or hundreds of digits (a visual search trial has dozens).
bool JsonScan::number(double *out)
{
    skipSpace();
    const std::size_t start = m_i;
    if (m_i < m_s.size() && m_s[m_i] == '-')
        ++m_i;
    if (!digits(true))
        return false;
    if (m_i < m_s.size() && m_s[m_i] == '.') {
        ++m_i;
        if (!digits(false))
            return false;
    }
    const bool exponent = m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E');
    if (exponent) {
        ++m_i;
        if (m_i < m_s.size() && (m_s[m_i] == '+' || m_s[m_i] == '-'))
            ++m_i;
        if (!digits(false))
            return false;
    }
    if (!out && !exponent && m_i - start < 300)
        return true;
    double value = 0.0;
    const char *end = m_s.data() + m_i;
    const auto parsed = std::from_chars(m_s.data() + start, end, value);
    if (out)
        *out = value;
    // A number out of range is left to Qt, as is a negative zero (see negativeZero).
    return parsed.ec == std::errc() && parsed.ptr == end &&
           !negativeZero(m_s.substr(start, m_i - start));
}

// Qt reads "-0" as the integer 0 and writes it back as 0, not as −0.0: every text of a negative
// zero (a checked number: a minus and no digit but 0 before any exponent) is left to it.
bool JsonScan::negativeZero(std::string_view number)
{
    if (number.empty() || number.front() != '-')
        return false;
    for (const char c : number.substr(1)) {
        if (c == 'e' || c == 'E')
            break;
        if (c >= '1' && c <= '9')
            return false;
    }
    return true;
}

bool JsonScan::compactIntegers(std::string_view array)
{
    std::optional<std::size_t> numberStart;
    int digits = 0;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const char c = array[i];
        if ((c >= '0' && c <= '9') || c == '-') {
            if (!numberStart)
                numberStart = i;
            if (c != '-' && ++digits > 15)
                return false;
            continue;
        }
        if (numberStart && negativeZero(array.substr(*numberStart, i - *numberStart)))
            return false;
        numberStart.reset();
        digits = 0;
        if (c != ',' && c != '[' && c != ']')
            return false;
    }
    return true;
}

bool JsonScan::literal(std::string_view word)
{
    skipSpace();
    if (m_s.substr(m_i, word.size()) != word)
        return false;
    m_i += word.size();
    return true;
}

bool JsonScan::skipValue(int depth)
{
    std::string_view text;
    switch (peek()) {
    case '"':
        return string(text);
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    case '[':
    case '{':
        return depth < kMaxDepth && skipContainer(depth);
    default:
        return number(nullptr);
    }
}

bool JsonScan::skipContainer(int depth)
{
    const bool object = take('{');
    if (!object)
        take('[');
    const char close = object ? '}' : ']';
    if (take(close))
        return true;
    do {
        std::string_view key;
        if (object && !(string(key) && take(':')))
            return false;
        if (!skipValue(depth + 1))
            return false;
    } while (take(','));
    return take(close);
}

} // namespace attend
