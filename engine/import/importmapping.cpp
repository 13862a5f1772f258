#include "importmapping.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace attend {

namespace {

QStringList texts(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        return {value.toString()};
    for (const QJsonValue &v : value.toArray())
        out << (v.isDouble() ? QString::number(v.toDouble()) : v.toString());
    return out;
}

const QStringList kTrue = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes")};
const QStringList kFalse = {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no")};

} // namespace

Result<ImportMapping> ImportMapping::parse(const QJsonObject &json,
                                           const std::vector<ImportField> &exerciseFields,
                                           const QString &fileName)
{
    // The fields every exercise takes (docs/import.md), then the exercise's own.
    const auto spec = [](const QString &name, Kind kind, bool required = false) {
        Spec s;
        s.name = name;
        s.kind = kind;
        s.required = required;
        return s;
    };
    std::vector<Spec> known = {spec(QStringLiteral("participant"), Kind::Text),
                               spec(QStringLiteral("session"), Kind::Text),
                               spec(QStringLiteral("block"), Kind::Number),
                               spec(QStringLiteral("trial"), Kind::Number),
                               spec(QStringLiteral("practice"), Kind::Flag),
                               spec(QStringLiteral("response"), Kind::Text),
                               spec(QStringLiteral("started_at"), Kind::DateTime)};
    for (const ImportField &f : exerciseFields) {
        const Kind kind = f.type == ImportField::Type::Flag     ? Kind::Flag
                          : f.type == ImportField::Type::Number ? Kind::Number
                                                                : Kind::Choice;
        known.push_back(spec(f.name, kind, f.required));
        known.back().choices = f.choices;
    }
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    if (fields.isEmpty())
        return Error::invalidInput(
            tr("%1: the mapping has no \"fields\" object (docs/import.md).").arg(fileName),
            fileName);
    QStringList names;
    for (const Spec &s : known)
        names << s.name;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!names.contains(it.key()))
            return Error::invalidInput(
                tr("%1: \"%2\" is not a field of this exercise; the fields are %3.")
                    .arg(fileName, it.key(), names.join(QStringLiteral(", "))),
                fileName);
    ImportMapping mapping;
    const QJsonObject rows = json.value(QStringLiteral("rows")).toObject();
    mapping.m_filterColumn = rows.value(QStringLiteral("column")).toString();
    mapping.m_keep = texts(rows.value(QStringLiteral("keep")));
    if (!rows.isEmpty() && (mapping.m_filterColumn.isEmpty() || mapping.m_keep.isEmpty()))
        return Error::invalidInput(
            tr("%1: \"rows\" needs a \"column\" and the texts to \"keep\".").arg(fileName),
            fileName);
    for (const Spec &s : known) {
        if (!fields.contains(s.name)) {
            if (s.required)
                return Error::invalidInput(
                    tr("%1: the mapping gives no \"%2\", which this exercise's "
                       "measures need (docs/import.md).")
                        .arg(fileName, s.name),
                    fileName);
            continue;
        }
        auto parsed = specOf(s, fields.value(s.name).toObject(),
                             QStringLiteral("%1, \"%2\"").arg(fileName, s.name));
        if (!parsed)
            return parsed.error();
        mapping.m_specs.push_back(parsed.value());
    }
    return mapping;
}

Result<ImportMapping::Spec> ImportMapping::specOf(Spec spec, const QJsonObject &json,
                                                  const QString &where)
{
    spec.column = json.value(QStringLiteral("column")).toString();
    const QJsonValue constant = json.value(QStringLiteral("value"));
    spec.constant = constant.isDouble() ? QString::number(constant.toDouble())
                    : constant.isBool() ? (constant.toBool() ? kTrue[0] : kFalse[0])
                                        : constant.toString();
    if (spec.column.isEmpty() == spec.constant.isEmpty())
        return Error::invalidInput(tr("%1: give either a \"column\" or a \"value\".").arg(where),
                                   where);
    spec.trueTexts = texts(json.value(QStringLiteral("true")));
    spec.falseTexts = texts(json.value(QStringLiteral("false")));
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        spec.values.insert(it.key(), it.value().toString());
    const QString unit = json.value(QStringLiteral("unit")).toString(QStringLiteral("ms"));
    if (unit != u"ms" && unit != u"s")
        return Error::invalidInput(
            tr("%1: the unit must be \"ms\" or \"s\", not \"%2\".").arg(where, unit), where);
    spec.scale = unit == u"s" ? 1000.0 : 1.0;
    spec.first = json.value(QStringLiteral("first")).toDouble(0.0);
    spec.prefix = json.value(QStringLiteral("prefix")).toString();
    return spec;
}

Result<void> ImportMapping::bind(const QStringList &header, const QString &dataFile)
{
    m_filterIndex = int(header.indexOf(m_filterColumn));
    if (!m_filterColumn.isEmpty() && m_filterIndex < 0)
        return Error::invalidInput(
            tr("%1 has no column \"%2\" (the mapping's \"rows\").").arg(dataFile, m_filterColumn),
            dataFile);
    for (Spec &spec : m_specs) {
        if (spec.column.isEmpty())
            continue;
        spec.columnIndex = int(header.indexOf(spec.column));
        if (spec.columnIndex < 0)
            return Error::invalidInput(tr("%1 has no column \"%2\" (the mapping's \"%3\").")
                                           .arg(dataFile, spec.column, spec.name),
                                       dataFile);
    }
    return {};
}

bool ImportMapping::keeps(const DelimitedText::Row &row) const
{
    return m_filterIndex < 0 || m_keep.contains(row.fields.value(m_filterIndex).trimmed());
}

bool ImportMapping::maps(const QString &field) const
{
    return std::any_of(m_specs.begin(), m_specs.end(),
                       [&](const Spec &s) { return s.name == field; });
}

Result<QJsonObject> ImportMapping::convert(const DelimitedText::Row &row,
                                           const QString &dataFile) const
{
    QJsonObject out;
    for (const Spec &spec : m_specs) {
        const QString text =
            spec.columnIndex >= 0 ? row.fields.value(spec.columnIndex).trimmed() : spec.constant;
        const QString where =
            spec.columnIndex >= 0
                ? tr("%1, line %2, column \"%3\"").arg(dataFile).arg(row.line).arg(spec.column)
                : tr("%1, line %2").arg(dataFile).arg(row.line);
        if (text.isEmpty()) {
            // An empty RT is a trial without a response.
            if (spec.required && spec.name != u"rt_ms")
                return Error::invalidInput(tr("%1: no value for \"%2\".").arg(where, spec.name),
                                           dataFile);
            continue;
        }
        auto v = value(spec, text, where);
        if (!v)
            return v.error();
        out.insert(spec.name, v.value());
    }
    return out;
}

Result<QJsonValue> ImportMapping::value(const Spec &spec, const QString &text,
                                        const QString &where) const
{
    switch (spec.kind) {
    case Kind::Flag: {
        const bool custom = !spec.trueTexts.isEmpty() || !spec.falseTexts.isEmpty();
        const auto in = [&](const QStringList &list) {
            return list.contains(text, custom ? Qt::CaseSensitive : Qt::CaseInsensitive);
        };
        if (in(custom ? spec.trueTexts : kTrue))
            return QJsonValue(true);
        if (in(custom ? spec.falseTexts : kFalse))
            return QJsonValue(false);
        return Error::invalidInput(
            tr("%1: \"%2\" is neither a true value (%3) nor a false one (%4) for \"%5\".")
                .arg(where, text, (custom ? spec.trueTexts : kTrue).join(QStringLiteral(", ")),
                     (custom ? spec.falseTexts : kFalse).join(QStringLiteral(", ")), spec.name),
            where);
    }
    case Kind::Number: {
        bool ok = false;
        const double number = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(number))
            return Error::invalidInput(
                tr("%1: \"%2\" is not a number (\"%3\").").arg(where, text, spec.name), where);
        if (spec.name == u"trial")
            return QJsonValue(number - spec.first);
        return QJsonValue(number * spec.scale);
    }
    case Kind::Choice: {
        const QString mapped = spec.values.value(text, text);
        if (!spec.choices.contains(mapped))
            return Error::invalidInput(
                tr("%1: \"%2\" is not one of %3 (\"%4\"); a \"values\" object in the "
                   "mapping can translate it.")
                    .arg(where, text, spec.choices.join(QStringLiteral(", ")), spec.name),
                where);
        return QJsonValue(mapped);
    }
    case Kind::DateTime: {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid())
            return Error::invalidInput(
                tr("%1: \"%2\" is not an ISO 8601 date and time.").arg(where, text), where);
        return QJsonValue(at.toUTC().toString(Qt::ISODateWithMs));
    }
    case Kind::Text:
        break;
    }
    return QJsonValue(spec.prefix + text);
}

} // namespace attend
