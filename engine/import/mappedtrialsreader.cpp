#include "mappedtrialsreader.h"

#include "exercise.h"
#include "participantcode.h"

#include <QDateTime>
#include <algorithm>
#include <map>

namespace attend {

namespace {

constexpr int kMostProblems = 50; // enough to see a pattern; more would bury it

struct Placed
{
    int line = 0;
    std::optional<double> trial;
    TrialRecord record;
};

// Whether the exercise's measures need reaction times (it asks for rt_ms).
bool timed(const Exercise &exercise)
{
    const std::vector<ImportField> fields = exercise.importFields();
    return std::any_of(fields.begin(), fields.end(),
                       [](const ImportField &f) { return f.name == u"rt_ms"; });
}

// The trial a row describes; its problem when it cannot be one. `needsRt`: timed(exercise).
Result<Placed> trialOf(const QJsonObject &v, const Exercise &exercise, bool needsRt, int line,
                       const QString &where)
{
    Placed p;
    p.line = line;
    if (v.contains(QStringLiteral("trial")))
        p.trial = v.value(QStringLiteral("trial")).toDouble();
    if (p.trial && *p.trial < 0)
        return Error(Error::Kind::InvalidInput,
                     MappedTrialsReader::tr("%1: the trial number is below the first one the "
                                            "mapping names.")
                         .arg(where));
    TrialRecord &t = p.record;
    t.task = exercise.id().toStdString();
    t.block = qRound(v.value(QStringLiteral("block")).toDouble(1.0));
    t.practice = v.value(QStringLiteral("practice")).toBool(false);
    t.response = v.value(QStringLiteral("response")).toString().toStdString();
    const bool hasRt = v.contains(QStringLiteral("rt_ms"));
    const bool responded = v.value(QStringLiteral("responded")).toBool(hasRt);
    if (responded && !hasRt && needsRt)
        return Error(Error::Kind::InvalidInput,
                     MappedTrialsReader::tr("%1: a response without a reaction time.").arg(where));
    if (responded && hasRt)
        t.importedRtMs = v.value(QStringLiteral("rt_ms")).toDouble();
    t.correct = v.value(QStringLiteral("correct")).toBool();
    exercise.describeImported(t, v);
    return p;
}

} // namespace

void MappedTrialsReader::read(const DelimitedText &table, const ImportMapping &mapping,
                              const Exercise &exercise, const QString &participant,
                              ImportPlan &plan)
{
    const QString file = plan.source.file;
    const auto problem = [&](const QString &message) {
        if (plan.problems.size() < kMostProblems)
            plan.problems << message;
    };
    if (participant.isEmpty() && !mapping.maps(QStringLiteral("participant")))
        problem(tr("The mapping names no participant column; give --participant CODE."));
    std::vector<std::pair<QString, QString>> order; // (participant, session) as first named
    std::map<std::pair<QString, QString>, std::vector<Placed>> trials;
    std::map<std::pair<QString, QString>, QDateTime> starts;
    const bool needsRt = timed(exercise);
    for (const DelimitedText::Row &row : table.rows()) {
        if (!mapping.keeps(row)) {
            ++plan.skipped;
            continue;
        }
        ++plan.rows;
        const QString where = tr("%1, line %2").arg(file).arg(row.line);
        auto values = mapping.convert(row, file);
        if (!values) {
            problem(values.error().message());
            continue;
        }
        const QJsonObject &v = values.value();
        const QString code =
            participant.isEmpty() ? v.value(QStringLiteral("participant")).toString() : participant;
        if (const QString bad = ParticipantCode::problem(code); !bad.isEmpty()) {
            problem(tr("%1: participant \"%2\": %3").arg(where, code, bad));
            continue;
        }
        auto trial = trialOf(v, exercise, needsRt, row.line, where);
        if (!trial) {
            problem(trial.error().message());
            continue;
        }
        const std::pair key{code, v.value(QStringLiteral("session")).toString()};
        if (!trials.count(key))
            order.push_back(key);
        trials[key].push_back(std::move(trial.value()));
        if (v.contains(QStringLiteral("started_at")) && !starts.count(key))
            starts[key] = QDateTime::fromString(v.value(QStringLiteral("started_at")).toString(),
                                                Qt::ISODateWithMs);
    }
    for (const auto &key : order) {
        std::vector<Placed> &list = trials[key];
        std::stable_sort(list.begin(), list.end(), [](const Placed &a, const Placed &b) {
            return std::pair(a.record.block, a.trial.value_or(0.0)) <
                   std::pair(b.record.block, b.trial.value_or(0.0));
        });
        PlannedSession s;
        s.participant = key.first;
        s.exercise = exercise.id();
        s.label = key.second.isEmpty() ? key.first : key.first + u'/' + key.second;
        s.startedAt = starts.count(key) ? starts[key] : QDateTime();
        s.appVersion = QStringLiteral("imported");
        std::map<int, int> nextIndex;
        for (std::size_t i = 0; i < list.size(); ++i) {
            TrialRecord t = list[i].record;
            t.index = list[i].trial ? qRound(*list[i].trial) : nextIndex[t.block];
            nextIndex[t.block] = t.index + 1;
            if (i > 0 && list[i - 1].trial && list[i].trial &&
                list[i - 1].record.block == t.block && *list[i - 1].trial == *list[i].trial)
                problem(tr("%1, line %2 repeats trial %3 of block %4 of %5 (line %6).")
                            .arg(file)
                            .arg(list[i].line)
                            .arg(*list[i].trial)
                            .arg(t.block)
                            .arg(s.label)
                            .arg(list[i - 1].line));
            s.trials.push_back(std::move(t));
        }
        plan.sessions.push_back(std::move(s));
    }
}

} // namespace attend
