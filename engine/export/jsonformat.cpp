#include "jsonformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"
#include "jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace attend {

namespace {

// UTF-8 `text` as a JSON string (RFC 8259 §7: quote, backslash and control characters escaped).
void appendJsonString(QByteArray &out, QByteArrayView text)
{
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[(c >> 4) & 0xf];
            out += "0123456789abcdef"[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

// Whether `text` is a JSON object: read directly when it is as Attend writes it (JsonScan), by
// QJsonDocument otherwise.
bool isObject(const std::string &text)
{
    JsonScan in(text);
    if (in.peek() == '{' && in.skipValue() && in.atEnd())
        return true;
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).isObject();
}

// One trial as a compact JSON object: its fields as text, as the CSV has them, and its stimulus
// as recorded (an object; {} when what was stored is not one). Written directly rather than
// through QJsonObject: a large export's trials are most of its time.
void appendTrial(QByteArray &out, const QList<QByteArray> &keys, const TrialRecord &t,
                 FieldRow &values)
{
    values.clear();
    ExportColumns::trialValues(t, values);
    out += '{';
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += keys[i];
        appendJsonString(out, values[i]);
        out += ',';
    }
    out += "\"stimulus\":";
    if (isObject(t.stimulus))
        out.append(t.stimulus.data(), qsizetype(t.stimulus.size()));
    else
        out += "{}";
    out += '}';
}

// The session's document: its fields, parameters, platform and measures as QJsonDocument
// writes them, then its trials, one line each.
QByteArray sessionDocument(const ExportDataset &data, const ExportedSession &s,
                           const std::vector<TrialRecord> &trials)
{
    QJsonObject session;
    const QStringList h = ExportColumns::sessionHeader(data.selection().includeNames);
    const QStringList v = ExportColumns::sessionValues(s, data.selection().includeNames);
    for (int i = 0; i < h.size(); ++i)
        session.insert(h[i], v[i]);
    session.insert(QStringLiteral("parameters"), s.session.parameters);
    session.insert(QStringLiteral("platform"), s.session.platform);
    session.insert(QStringLiteral("measures"), s.session.summary);
    QByteArray out = jsonBytes(session);
    out.chop(out.size() - out.lastIndexOf('}')); // the document goes on with the trials
    while (out.endsWith('\n') || out.endsWith(' '))
        out.chop(1);
    out += ",\n    \"trials\": [";
    // Each field's name escaped once, with its colon, for all the trials.
    QList<QByteArray> keys;
    for (const QString &name : ExportColumns::trialHeader()) {
        appendJsonString(keys.emplace_back(), name.toUtf8());
        keys.back() += ':';
    }
    FieldRow values;
    for (std::size_t i = 0; i < trials.size(); ++i) {
        out += i == 0 ? "\n        " : ",\n        ";
        appendTrial(out, keys, trials[i], values);
    }
    out += "\n    ]\n}\n";
    return out;
}

} // namespace

QString JsonFormat::displayName() const
{
    return tr("JSON, one file per session");
}

Result<void> JsonFormat::write(const ExportDataset &data, ExportFolder &folder, Steps &steps) const
{
    std::vector<TrialRecord> trials; // a session's, reused
    for (const ExportedSession &s : data.sessions()) {
        if (auto r = data.readTrials(s, trials); !r)
            return r;
        if (auto r = folder.write(QStringLiteral("sessions/%1_session-%2.json")
                                      .arg(s.participant.code)
                                      .arg(s.session.id),
                                  sessionDocument(data, s, trials));
            !r)
            return r;
        if (auto r = steps.next(); !r)
            return r;
    }
    return {};
}

} // namespace attend
