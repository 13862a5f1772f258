#include "stimuluscolumns.h"

#include "jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace attend {

namespace {

// The stimulus arrays a measure reads (see the class comment).
constexpr std::string_view kMeasuredArrays[] = {"stairs"};

bool measured(std::string_view key)
{
    return std::find(std::begin(kMeasuredArrays), std::end(kMeasuredArrays), key) !=
           std::end(kMeasuredArrays);
}

std::string scalar(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
    if (v.isBool())
        return v.toBool() ? "1" : "0";
    if (v.isDouble()) {
        std::string text;
        FieldRow::appendNumber(text, v.toDouble());
        return text;
    }
    return v.isString() ? v.toString().toStdString() : std::string();
}

} // namespace

// One field's value appended to m_text as its column's text; `keep` false for a nested value
// no measure reads.
bool StimulusColumns::scanValue(JsonScan &in, std::string_view key, bool &keep)
{
    std::string_view text;
    double number = 0.0;
    keep = true;
    switch (in.peek()) {
    case '"':
        if (!in.string(text))
            return false;
        m_text.append(text);
        return true;
    case 't':
    case 'f': {
        const bool on = in.peek() == 't';
        if (!in.literal(on ? "true" : "false"))
            return false;
        m_text += on ? '1' : '0';
        return true;
    }
    case 'n':
        return in.literal("null");
    case '[':
    case '{': {
        const bool array = in.peek() == '[';
        const std::string_view value = in.rest();
        if (!in.skipValue())
            return false;
        keep = measured(key);
        if (!keep)
            return true;
        // A measured array as compact JSON, as parse() gives it; an object in its place is
        // left to parse().
        const std::string_view slice = value.substr(0, value.size() - in.rest().size());
        if (JsonScan::compactIntegers(slice))
            m_text.append(slice);
        else
            m_text += scalar(
                QJsonDocument::fromJson(QByteArray(slice.data(), qsizetype(slice.size()))).array());
        return array;
    }
    default:
        if (!in.number(number))
            return false;
        FieldRow::appendNumber(m_text, number);
        return true;
    }
}

bool StimulusColumns::scan(std::string_view json)
{
    JsonScan in(json);
    if (!in.take('{'))
        return false;
    if (in.take('}'))
        return in.atEnd();
    do {
        std::string_view key;
        if (!in.string(key) || !in.take(':'))
            return false;
        const qsizetype keyAt = qsizetype(m_text.size());
        m_text.append(key);
        const qsizetype valueAt = qsizetype(m_text.size());
        bool keep = true;
        if (!scanValue(in, key, keep))
            return false;
        if (keep)
            m_fields.push_back({keyAt, valueAt, valueAt, qsizetype(m_text.size())});
        else
            m_text.resize(std::size_t(keyAt));
    } while (in.take(','));
    return in.take('}') && in.atEnd();
}

void StimulusColumns::parse(const std::string &json)
{
    const QJsonObject stimulus = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    for (auto it = stimulus.begin(); it != stimulus.end(); ++it) {
        const QJsonValue value = it.value();
        const std::string key = it.key().toStdString();
        if ((value.isArray() || value.isObject()) && !measured(key))
            continue;
        const qsizetype keyAt = qsizetype(m_text.size());
        m_text += key;
        const qsizetype valueAt = qsizetype(m_text.size());
        m_text += scalar(value);
        m_fields.push_back({keyAt, valueAt, valueAt, qsizetype(m_text.size())});
    }
}

qsizetype StimulusColumns::columnOf(QByteArrayView key)
{
    const std::string_view name(key.data(), std::size_t(key.size()));
    if (const auto it = m_column.find(name); it != m_column.end())
        return it->second;
    m_column.emplace(std::string(name), m_keys.size());
    m_keys << QString::fromUtf8(key);
    return m_keys.size() - 1;
}

void StimulusColumns::values(const TrialRecord &t, FieldRow &row)
{
    m_text.clear();
    m_fields.clear();
    const auto keyOf = [this](const Field &f) {
        return QByteArrayView(m_text.data() + f.key, f.keyEnd - f.key);
    };
    // A JSON object iterates its names in order, the last of a repeated name winning:
    // a direct scan that meets names out of order or twice leaves them to parse().
    bool ordered = scan(t.stimulus);
    for (std::size_t i = 1; ordered && i < m_fields.size(); ++i)
        ordered = keyOf(m_fields[i - 1]) < keyOf(m_fields[i]);
    if (!ordered) {
        m_text.clear();
        m_fields.clear();
        parse(t.stimulus);
    }
    for (const Field &f : m_fields) {
        const qsizetype column = columnOf(keyOf(f));
        if (qsizetype(m_order.size()) <= column)
            m_order.resize(std::size_t(column) + 1, -1);
        m_order[std::size_t(column)] = &f - m_fields.data();
    }
    for (qsizetype c = 0; c < m_keys.size(); ++c) {
        const qsizetype f = m_order[std::size_t(c)];
        row.add(f < 0 ? QByteArrayView()
                      : QByteArrayView(m_text.data() + m_fields[std::size_t(f)].value,
                                       m_fields[std::size_t(f)].valueEnd -
                                           m_fields[std::size_t(f)].value));
        m_order[std::size_t(c)] = -1;
    }
}

} // namespace attend
