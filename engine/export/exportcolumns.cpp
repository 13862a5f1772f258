#include "exportcolumns.h"

#include "buildinfo.h"
#include "measuredefinitions.h"

#include <QDateTime>
#include <QJsonArray>
#include <array>
#include <cmath>
#include <map>

namespace attend {

namespace {

// A column's type, unit and meaning (docs/storage.md).
using ColumnMeanings = std::map<QString, std::array<const char *, 3>>;

// The participant's and the session's columns.
ColumnMeanings sessionColumns()
{
    return {
        {QStringLiteral("participant_id"), {"text", "", "pseudonymous participant code"}},
        {QStringLiteral("display_name"), {"text", "", "display name (only when chosen)"}},
        {QStringLiteral("birth_year"),
         {"integer", "", "year of birth, if recorded (with names only)"}},
        {QStringLiteral("handedness"),
         {"text", "", "left, right or ambidextrous, if recorded (with names only)"}},
        {QStringLiteral("vision"),
         {"text", "", "none, glasses or contact-lenses, if recorded (with names only)"}},
        {QStringLiteral("participant_notes"),
         {"text", "", "the clinician's notes on the participant (with names only)"}},
        {QStringLiteral("session_notes"),
         {"text", "", "the clinician's notes on the session (with names only)"}},
        {QStringLiteral("session_id"), {"integer", "", "session number in the database"}},
        {QStringLiteral("session_number"),
         {"integer", "", "the participant's n-th exported session"}},
        {QStringLiteral("exercise"), {"text", "", "exercise id (docs/exercises.md)"}},
        {QStringLiteral("mode"),
         {"text", "", "assessment (fixed protocol) or training (adaptive)"}},
        {QStringLiteral("status"), {"text", "", "completed, aborted, interrupted or running"}},
        {QStringLiteral("started_at"), {"datetime", "UTC ISO 8601", "session start"}},
        {QStringLiteral("ended_at"), {"datetime", "UTC ISO 8601", "session end"}},
        {QStringLiteral("app_version"), {"text", "", "Attend version that recorded the session"}},
        {QStringLiteral("build_id"), {"text", "", "build (git describe) that recorded it"}},
        {QStringLiteral("protocol_version"),
         {"integer", "",
          "version of the exercise's protocol the session ran (docs/exercises.md); 1 when the "
          "parameters name none"}},
        {QStringLiteral("rng_seed"), {"integer", "", "seed every block was generated from"}},
        {QStringLiteral("presentation_path"),
         {"text", "", "how stimuli were shown (docs/timing.md)"}},
        {QStringLiteral("refresh_mean_ms"), {"number", "ms", "measured frame interval, mean"}},
        {QStringLiteral("refresh_sd_ms"), {"number", "ms", "measured frame interval, SD"}},
        {QStringLiteral("dropped_frames"), {"integer", "", "frames shown later than due"}},
        {QStringLiteral("source_file"),
         {"text", "",
          "the file an imported session came from (docs/import.md; its trials have no onsets); "
          "empty for a session Attend recorded"}},
    };
}

// The trial's columns.
ColumnMeanings trialColumns()
{
    return {
        {QStringLiteral("block"), {"integer", "", "block (0 = practice)"}},
        {QStringLiteral("trial_index"), {"integer", "", "trial within its block, from 0"}},
        {QStringLiteral("practice"), {"0/1", "", "practice trial (left out of every measure)"}},
        {QStringLiteral("condition"), {"text", "", "the trial's condition (docs/exercises.md)"}},
        {QStringLiteral("difficulty"),
         {"number", "0-1", "level on the controller's scale, within the session's training range"}},
        {QStringLiteral("requested_onset_ns"),
         {"integer", "ns", "when the onset frame was due, from session start"}},
        {QStringLiteral("onset_ns"),
         {"integer", "ns", "when the onset frame was shown, from session start"}},
        {QStringLiteral("frames_shown"), {"integer", "frames", "frames the stimulus was visible"}},
        {QStringLiteral("response"),
         {"text", "", "key(s); first+second for two answers; empty = none"}},
        {QStringLiteral("response_ns"),
         {"integer", "ns", "key press delivery, from session start"}},
        {QStringLiteral("rt_ms"), {"number", "ms", "response_ns - onset_ns (docs/timing.md)"}},
        {QStringLiteral("correct"), {"0/1", "", "scored correct"}},
        {QStringLiteral("late_frame"), {"0/1", "", "a frame of the trial came late"}},
        {QStringLiteral("auto_repeat_ignored"), {"0/1", "", "an auto-repeated key was ignored"}},
        {QStringLiteral("anticipation"), {"0/1", "", "response faster than 100 ms (Whelan 2008)"}},
        {QStringLiteral("no_response"), {"0/1", "", "no response before the deadline"}},
        {QStringLiteral("superseded"), {"0/1", "", "its block was run again after a resume"}},
        {QStringLiteral("repeated"), {"0/1", "", "shown late and run again"}},
        {QStringLiteral("predicted_correct"),
         {"number", "0-1",
          "attention model's P(correct) before the trial; empty outside training and on kinds "
          "training does not adapt on (SART/CPT go trials)"}},
        {QStringLiteral("predicted_rt_ms"),
         {"number", "ms",
          "attention model's median RT before the trial; empty where "
          "predicted_correct is"}},
        {QStringLiteral("controller_rule"),
         {"text", "", "rule that chose the level: staircase, model or explore"}},
    };
}

// The measures' columns.
ColumnMeanings measureColumns()
{
    return {
        {QStringLiteral("measure"),
         {"text", "",
          "measure key (docs/metrics.md); the wide sessions.csv has the same as m_<key>"}},
        {QStringLiteral("value"),
         {"number", "see unit",
          "the measure's value; empty when there was no estimate (see note)"}},
        {QStringLiteral("ci_low"),
         {"number", "see unit",
          "lower limit of the 95 % interval (bootstrap percentile; the level: batch means; "
          "docs/metrics.md); empty when the trials give none"}},
        {QStringLiteral("ci_high"),
         {"number", "see unit", "upper limit of the 95 % interval (see ci_low)"}},
        {QStringLiteral("n_used"), {"integer", "", "trials (or units) the value rests on"}},
        {QStringLiteral("n_excluded"),
         {"integer", "", "trials the stated cleaning rules removed (docs/metrics.md)"}},
        {QStringLiteral("metrics_version"),
         {"integer", "", "version of the rules the measure was computed under (docs/metrics.md)"}},
        {QStringLiteral("note"), {"text", "", "why there is no value, or how it was computed"}},
    };
}

// The columns every export shares, by name.
const ColumnMeanings &knownColumns()
{
    static const ColumnMeanings known = [] {
        ColumnMeanings all = sessionColumns();
        all.merge(trialColumns());
        all.merge(measureColumns());
        return all;
    }();
    return known;
}

} // namespace

QStringList ExportColumns::measureKeysOf(const ExportDataset &dataset)
{
    // Wide files hold the measures whose names the protocol fixes; details (among them every
    // measure named after a value met in training) are in the long measures.csv.
    QStringList keys;
    for (const ExportedSession &s : dataset.sessions())
        for (auto it = s.session.summary.begin(); it != s.session.summary.end(); ++it)
            if (!it.value().toObject().value(QStringLiteral("detail")).toBool() &&
                !keys.contains(it.key()))
                keys << it.key();
    return keys;
}

QString ExportColumns::number(std::optional<double> value)
{
    return value ? number(*value) : QString();
}

QString ExportColumns::number(double value)
{
    std::string text;
    FieldRow::appendNumber(text, value);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QStringList ExportColumns::trialHeader()
{
    QStringList header = {QStringLiteral("block"),      QStringLiteral("trial_index"),
                          QStringLiteral("practice"),   QStringLiteral("condition"),
                          QStringLiteral("difficulty"), QStringLiteral("requested_onset_ns"),
                          QStringLiteral("onset_ns"),   QStringLiteral("frames_shown"),
                          QStringLiteral("response"),   QStringLiteral("response_ns"),
                          QStringLiteral("rt_ms"),      QStringLiteral("correct")};
    for (const auto &[name, flag] : flagColumns())
        header << name;
    return header << QStringLiteral("predicted_correct") << QStringLiteral("predicted_rt_ms")
                  << QStringLiteral("controller_rule");
}

const std::vector<std::pair<QString, TrialFlag>> &ExportColumns::flagColumns()
{
    static const std::vector<std::pair<QString, TrialFlag>> columns = {
        {QStringLiteral("late_frame"), LateFrame},
        {QStringLiteral("auto_repeat_ignored"), AutoRepeatIgnored},
        {QStringLiteral("anticipation"), Anticipation},
        {QStringLiteral("no_response"), NoResponse},
        {QStringLiteral("superseded"), Superseded},
        {QStringLiteral("repeated"), Repeated}};
    return columns;
}

void ExportColumns::trialValues(const TrialRecord &t, FieldRow &row)
{
    row.addInteger(t.block);
    row.addInteger(t.index);
    row.addFlag(t.practice);
    row.add(QByteArrayView(t.condition));
    row.addNumber(t.difficulty);
    row.addInteger(t.requestedOnsetNs);
    row.addInteger(t.onsetNs);
    row.addInteger(t.framesShown);
    row.add(QByteArrayView(t.response));
    row.addInteger(t.responseNs);
    row.addNumber(t.rtMs());
    row.addFlag(t.correct);
    for (const auto &[name, flag] : flagColumns())
        row.addFlag(t.flags & flag);
    row.addNumber(t.predictedCorrect);
    row.addNumber(t.predictedRtMs);
    row.add(QByteArrayView(t.controllerRule));
}

QJsonObject ExportColumns::provenance(const ExportDataset &dataset, const QString &format)
{
    QJsonArray sessions;
    for (const ExportedSession &s : dataset.sessions())
        sessions.append(QJsonObject{
            {QStringLiteral("participant_id"), s.participant.code},
            {QStringLiteral("session_id"), s.session.id},
            {QStringLiteral("exercise"), s.session.exercise},
            {QStringLiteral("mode"), storedName(s.session.mode)},
            {QStringLiteral("status"), storedName(s.session.status)},
            {QStringLiteral("started_at"), s.session.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("app_version"), s.session.appVersion},
            {QStringLiteral("build_id"), s.session.buildId},
            {QStringLiteral("rng_seed"), double(s.session.seed)},
            {QStringLiteral("source_file"),
             s.session.source ? QJsonValue(s.session.source->file) : QJsonValue()},
            {QStringLiteral("source_sha256"),
             s.session.source ? QJsonValue(s.session.source->sha256) : QJsonValue()},
            {QStringLiteral("parameters"), s.session.parameters},
            {QStringLiteral("platform"), s.session.platform}});
    const ExportSelection &sel = dataset.selection();
    return {{QStringLiteral("software"), QStringLiteral("Attend")},
            {QStringLiteral("exported_by_version"), QString::fromLatin1(kAttendVersion)},
            {QStringLiteral("exported_by_build"), QString::fromLatin1(kAttendBuildId)},
            {QStringLiteral("exported_at"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("format"), format},
            {QStringLiteral("selection"),
             QJsonObject{
                 {QStringLiteral("participants"), QJsonArray::fromStringList(sel.participantCodes)},
                 {QStringLiteral("exercises"), QJsonArray::fromStringList(sel.exercises)},
                 {QStringLiteral("since"), sel.since.toString(Qt::ISODate)},
                 {QStringLiteral("display_names_included"), sel.includeNames}}},
            {QStringLiteral("sessions"), sessions}};
}

QStringList ExportColumns::sessionHeader(bool names)
{
    QStringList h{QStringLiteral("participant_id")};
    if (names)
        h << QStringLiteral("display_name") << QStringLiteral("birth_year")
          << QStringLiteral("handedness") << QStringLiteral("vision")
          << QStringLiteral("participant_notes") << QStringLiteral("session_notes");
    h << QStringLiteral("session_id") << QStringLiteral("session_number")
      << QStringLiteral("exercise") << QStringLiteral("mode") << QStringLiteral("status")
      << QStringLiteral("started_at") << QStringLiteral("ended_at") << QStringLiteral("app_version")
      << QStringLiteral("build_id") << QStringLiteral("protocol_version")
      << QStringLiteral("rng_seed") << QStringLiteral("presentation_path")
      << QStringLiteral("refresh_mean_ms") << QStringLiteral("refresh_sd_ms")
      << QStringLiteral("dropped_frames") << QStringLiteral("source_file");
    return h;
}

QStringList ExportColumns::sessionValues(const ExportedSession &s, bool names)
{
    const StoredSession &x = s.session;
    QStringList v{s.participant.code};
    if (names)
        v << s.participant.displayName
          << (s.details.birthYear ? QString::number(*s.details.birthYear) : QString())
          << s.details.handedness << s.details.vision << s.details.notes << x.notes;
    v << QString::number(x.id) << QString::number(s.number) << x.exercise << storedName(x.mode)
      << storedName(x.status) << x.startedAt.toString(Qt::ISODateWithMs)
      << (x.endedAt.isValid() ? x.endedAt.toString(Qt::ISODateWithMs) : QString()) << x.appVersion
      << x.buildId
      << QString::number(x.parameters.value(QStringLiteral("protocol_version")).toInt(1))
      << QString::number(x.seed) << (x.presentation ? x.presentation->path : QString())
      << (x.presentation ? ExportColumns::number(x.presentation->refreshMeanMs) : QString())
      << (x.presentation ? ExportColumns::number(x.presentation->refreshSdMs) : QString())
      << (x.presentation ? QString::number(x.presentation->droppedFrames) : QString())
      << (x.source ? x.source->file : QString());
    return v;
}

QStringList ExportColumns::measureHeader()
{
    return {QStringLiteral("participant_id"),
            QStringLiteral("session_id"),
            QStringLiteral("exercise"),
            QStringLiteral("mode"),
            QStringLiteral("measure"),
            QStringLiteral("value"),
            QStringLiteral("unit"),
            QStringLiteral("ci_low"),
            QStringLiteral("ci_high"),
            QStringLiteral("n_used"),
            QStringLiteral("n_excluded"),
            QStringLiteral("metrics_version"),
            QStringLiteral("note")};
}

void ExportColumns::measureRows(const ExportedSession &s,
                                const std::function<void(const FieldRow &)> &take)
{
    FieldRow session;
    session.add(s.participant.code);
    session.addInteger(s.session.id);
    session.add(s.session.exercise);
    session.add(storedName(s.session.mode));
    FieldRow row;
    const QJsonObject &summary = s.session.summary;
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        const auto count = [&m, &row](QLatin1String key) {
            const auto v = m.constFind(key);
            row.addInteger(v == m.constEnd() ? std::nullopt
                                             : std::optional<std::int64_t>(v->toInt()));
        };
        const auto bound = [&m, &row](QLatin1String key) {
            const auto v = m.constFind(key);
            row.addNumber(v == m.constEnd() ? std::nullopt : std::optional(v->toDouble()));
        };
        row.clear();
        row.append(session);
        row.add(it.key());
        row.addNumber(m.value(QLatin1String("ok")).toBool()
                          ? std::optional(m.value(QLatin1String("value")).toDouble())
                          : std::nullopt);
        row.add(m.value(QLatin1String("unit")).toString());
        bound(QLatin1String("ci_low"));
        bound(QLatin1String("ci_high"));
        count(QLatin1String("n_used"));
        count(QLatin1String("n_excluded"));
        row.addInteger(s.session.metricsVersion);
        row.add(m.value(QLatin1String("note")).toString());
        take(row);
    }
}

QString ExportColumns::measureValue(const ExportedSession &s, const QString &key)
{
    const QJsonObject m = s.session.summary.value(key).toObject();
    return m.value(QStringLiteral("ok")).toBool()
               ? ExportColumns::number(m.value(QStringLiteral("value")).toDouble())
               : QString();
}

// What each column means (the data dictionary); sources of the measures in docs/metrics.md.
QStringList ExportColumns::dictionaryRow(const QString &file, const QString &column)
{
    const auto &known = knownColumns();
    const auto it = known.find(column);
    if (it != known.end())
        return {file,
                column,
                QString::fromLatin1(it->second[0]),
                QString::fromLatin1(it->second[1]),
                QString::fromLatin1(it->second[2]),
                QStringLiteral("docs/storage.md")};
    if (column.startsWith(QStringLiteral("stim_")))
        return {file,
                column,
                QStringLiteral("text or number"),
                QString(),
                QStringLiteral("stimulus parameter %1 (docs/exercises.md)").arg(column.mid(5)),
                QStringLiteral("docs/exercises.md")};
    // A measure column: its definition and source (measuredefinitions.h).
    const QString key = column.startsWith(QStringLiteral("m_")) ? column.mid(2) : column;
    const auto definition = MeasureDefinitions::of(key);
    // The unit is the key's last part (docs/metrics.md names keys after their unit).
    static const std::pair<const char *, const char *> units[] = {
        {"_ms_per_item", "ms/item"}, {"_ms_per_s", "ms/s"}, {"_ms", "ms"}, {"_percent", "%"}};
    QString unit;
    for (const auto &[suffix, name] : units)
        if (unit.isEmpty() && key.endsWith(QLatin1String(suffix)))
            unit = QString::fromLatin1(name);
    return {file,
            column,
            QStringLiteral("number"),
            unit,
            definition ? QStringLiteral("%1 (%2); empty when there was no estimate")
                             .arg(definition->text, definition->source)
                       : QStringLiteral("measure %1; empty when there was no estimate").arg(key),
            QStringLiteral("docs/metrics.md")};
}

} // namespace attend
