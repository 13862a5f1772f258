#pragma once

#include <cstddef>
#include <string_view>

namespace attend {

// Strict JSON (RFC 8259) as Attend writes a trial's stimulus: plain ASCII names and strings
// without escapes, numbers that fit a double. Anything else (an escape, a non-ASCII byte, a
// number out of range, a deep nesting, broken JSON) is refused, and the caller reads that text
// with QJsonDocument instead, so that both readings agree on every text
// (StimulusColumns: a million stimuli read this way take a tenth of QJsonDocument's time).
class JsonScan
{
public:
    explicit JsonScan(std::string_view text) : m_s(text) {}

    // The calls of every token, in the header so that a stimulus scan inlines them.
    bool atEnd()
    {
        skipSpace();
        return m_i == m_s.size();
    }
    bool take(char c) // the next character, after white space, when it is c
    {
        skipSpace();
        if (m_i == m_s.size() || m_s[m_i] != c)
            return false;
        ++m_i;
        return true;
    }
    char peek() // the next character after white space; '\0' at the end
    {
        skipSpace();
        return m_i < m_s.size() ? m_s[m_i] : '\0';
    }
    std::string_view rest();            // what is left, from the next character after white space
    bool string(std::string_view &out); // its text without the quotes
    bool number(double &out);
    bool literal(std::string_view word); // true, false or null
    bool skipValue(int depth = 0);       // any value, checked and passed over

    // Whether an array skipValue() has passed is as QJsonDocument writes it back, compact:
    // nothing but brackets, commas and integers short enough to be exact in a double, none of
    // them a negative zero. Staircase states are such arrays.
    static bool compactIntegers(std::string_view array);

private:
    void skipSpace()
    {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool digits(bool integerPart);
    bool number(double *out);
    bool skipContainer(int depth);
    static bool negativeZero(std::string_view number);

    std::string_view m_s;
    std::size_t m_i = 0;
};

} // namespace attend
