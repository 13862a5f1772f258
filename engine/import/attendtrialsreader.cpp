#include "attendtrialsreader.h"

#include "exerciseregistry.h"
#include "export/exportcolumns.h"
#include "participantcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <map>

namespace attend {

namespace {

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// A stimulus cell back as JSON: numbers as numbers, arrays (compact JSON) as arrays, else text.
QJsonValue stimulusValue(const QString &text)
{
    if (const auto v = number(text))
        return *v;
    if (text.startsWith(u'['))
        if (const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8()); doc.isArray())
            return doc.array();
    return text;
}

struct Columns
{
    const DelimitedText &table;
    QString cell(const DelimitedText::Row &row, const char *name) const
    {
        return row.fields.value(table.column(QString::fromLatin1(name)));
    }
};

TrialRecord trialOf(const DelimitedText::Row &row, const Columns &c)
{
    TrialRecord t;
    t.task = c.cell(row, "exercise").toStdString();
    t.block = c.cell(row, "block").toInt();
    t.index = c.cell(row, "trial_index").toInt();
    t.practice = c.cell(row, "practice") == u"1";
    t.condition = c.cell(row, "condition").toStdString();
    t.difficulty = number(c.cell(row, "difficulty")).value_or(0.0);
    t.response = c.cell(row, "response").toStdString();
    t.importedRtMs = number(c.cell(row, "rt_ms"));
    t.correct = c.cell(row, "correct") == u"1";
    for (const auto &[name, flag] : ExportColumns::flagColumns())
        if (row.fields.value(c.table.column(name)) == u"1")
            t.flags |= flag;
    t.predictedCorrect = number(c.cell(row, "predicted_correct"));
    t.predictedRtMs = number(c.cell(row, "predicted_rt_ms"));
    t.controllerRule = c.cell(row, "controller_rule").toStdString();
    QJsonObject stimulus;
    const QStringList &header = c.table.header();
    for (int i = 0; i < header.size(); ++i)
        if (header[i].startsWith(u"stim_") && !row.fields[i].isEmpty())
            stimulus.insert(header[i].mid(5), stimulusValue(row.fields[i]));
    t.stimulus = QJsonDocument(stimulus).toJson(QJsonDocument::Compact).toStdString();
    return t;
}

// What export.json says of a session (parameters, seed, start, version).
void takeProvenance(PlannedSession &s, const QJsonObject &p)
{
    s.parameters = p.value(QStringLiteral("parameters")).toObject();
    s.platform = p.value(QStringLiteral("platform")).toObject();
    if (p.contains(QStringLiteral("rng_seed")))
        s.seed = quint32(p.value(QStringLiteral("rng_seed")).toDouble());
    s.startedAt =
        QDateTime::fromString(p.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    s.appVersion = p.value(QStringLiteral("app_version")).toString();
    s.buildId = p.value(QStringLiteral("build_id")).toString();
    for (auto status :
         {SessionStatus::Completed, SessionStatus::Aborted, SessionStatus::Interrupted})
        if (p.value(QStringLiteral("status")).toString() == storedName(status))
            s.status = status;
}

} // namespace

bool AttendTrialsReader::recognises(const QStringList &header)
{
    for (const char *name : {"participant_id", "session_id", "exercise", "mode", "block",
                             "trial_index", "condition", "rt_ms", "correct"})
        if (!header.contains(QString::fromLatin1(name)))
            return false;
    return true;
}

void AttendTrialsReader::read(const DelimitedText &table, const ExerciseRegistry &exercises,
                              const QString &exercise, const QString &participant,
                              const QJsonObject &provenance, ImportPlan &plan)
{
    std::map<QString, QJsonObject> known; // "code/session_id" → export.json's session
    for (const QJsonValue &v : provenance.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject o = v.toObject();
        known[o.value(QStringLiteral("participant_id")).toString() + u'/' +
              QString::number(o.value(QStringLiteral("session_id")).toInteger())] = o;
    }
    const Columns c{table};
    std::map<QString, std::size_t> index; // label → position in plan.sessions
    std::map<QString, int> seen;          // a whole row → its line
    for (const DelimitedText::Row &row : table.rows()) {
        const QString id = c.cell(row, "exercise");
        if (!exercise.isEmpty() && id != exercise)
            continue;
        ++plan.rows;
        const QString where = tr("%1, line %2").arg(plan.source.file).arg(row.line);
        const QString code = participant.isEmpty() ? c.cell(row, "participant_id") : participant;
        const QString mode = c.cell(row, "mode");
        if (!exercises.find(id) || exercises.find(id)->importFields().empty()) {
            plan.problems
                << tr("%1: \"%2\" is not an exercise this version can import.").arg(where, id);
            continue;
        }
        if (const QString bad = ParticipantCode::problem(code); !bad.isEmpty()) {
            plan.problems << tr("%1: participant \"%2\": %3").arg(where, code, bad);
            continue;
        }
        if (mode != storedName(SessionMode::Assessment) &&
            mode != storedName(SessionMode::Training)) {
            plan.problems
                << tr("%1: the mode \"%2\" is neither assessment nor training.").arg(where, mode);
            continue;
        }
        const QString label = c.cell(row, "participant_id") + u'/' + c.cell(row, "session_id");
        // Reruns differ in their flags, so a row met twice was copied twice.
        const QString whole = row.fields.join(QChar(0x1f));
        if (const auto earlier = seen.find(whole); earlier != seen.end()) {
            plan.problems << tr("%1 repeats line %2.").arg(where).arg(earlier->second);
            continue;
        }
        seen[whole] = row.line;
        if (!index.count(label)) {
            index[label] = plan.sessions.size();
            PlannedSession s;
            s.participant = code;
            s.exercise = id;
            s.mode = mode == storedName(SessionMode::Training) ? SessionMode::Training
                                                               : SessionMode::Assessment;
            s.label = label;
            if (known.count(label))
                takeProvenance(s, known[label]);
            plan.sessions.push_back(s);
        }
        plan.sessions[index[label]].trials.push_back(trialOf(row, c));
    }
}

} // namespace attend
