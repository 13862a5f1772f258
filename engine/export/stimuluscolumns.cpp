#include "stimuluscolumns.h"

#include "exportcolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attend {

namespace {

// The stimulus arrays a measure reads (see the class comment).
const QStringList kMeasuredArrays = {QStringLiteral("stairs")};

QString scalar(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return ExportColumns::number(v.toDouble());
    return v.isString() ? v.toString() : QString();
}

} // namespace

QStringList StimulusColumns::values(const TrialRecord &t)
{
    const QJsonObject stimulus =
        QJsonDocument::fromJson(QByteArray::fromStdString(t.stimulus)).object();
    QStringList out(m_keys.size());
    for (auto it = stimulus.begin(); it != stimulus.end(); ++it) {
        const QJsonValue value = it.value();
        const QString key = it.key();
        if ((value.isArray() || value.isObject()) && !kMeasuredArrays.contains(key))
            continue;
        auto column = m_column.constFind(key);
        if (column == m_column.cend()) {
            column = m_column.insert(key, m_keys.size());
            m_keys << key;
            out << QString();
        }
        out[*column] = scalar(value);
    }
    return out;
}

} // namespace attend
