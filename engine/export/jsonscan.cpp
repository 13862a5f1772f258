#include "jsonscan.h"

#include <charconv>

namespace attend {

namespace {

constexpr int kMaxDepth = 32;

} // namespace

void JsonScan::skipSpace()
{
    while (m_i < m_s.size() &&
           (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
        ++m_i;
}

bool JsonScan::atEnd()
{
    skipSpace();
    return m_i == m_s.size();
}

bool JsonScan::take(char c)
{
    skipSpace();
    if (m_i == m_s.size() || m_s[m_i] != c)
        return false;
    ++m_i;
    return true;
}

char JsonScan::peek()
{
    skipSpace();
    return m_i < m_s.size() ? m_s[m_i] : '\0';
}

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
    // Qt reads "-0" as the integer 0, not as −0.0: left to it, as is a number out of range.
    return parsed.ec == std::errc() && parsed.ptr == end && !(value == 0.0 && m_s[start] == '-');
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
