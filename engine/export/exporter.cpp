#include "exporter.h"

#include "exportcolumns.h"
#include "exportfolder.h"
#include "tablefile.h"

#include "buildinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <map>

namespace attend {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

StorageError cancelled()
{
    return StorageError(StorageError::Kind::InvalidInput,
                        StorageError::tr("The export was cancelled; nothing was written."));
}

// Shared sessions-table columns.
QStringList sessionHeader(bool names)
{
    QStringList h{QStringLiteral("participant_id")};
    if (names)
        h << QStringLiteral("display_name");
    h << QStringLiteral("session_id") << QStringLiteral("session_number")
      << QStringLiteral("exercise") << QStringLiteral("mode") << QStringLiteral("status")
      << QStringLiteral("started_at") << QStringLiteral("ended_at") << QStringLiteral("app_version")
      << QStringLiteral("build_id") << QStringLiteral("rng_seed")
      << QStringLiteral("presentation_path") << QStringLiteral("refresh_mean_ms")
      << QStringLiteral("refresh_sd_ms") << QStringLiteral("dropped_frames");
    return h;
}

QStringList sessionValues(const ExportedSession &s, bool names)
{
    const StoredSession &x = s.session;
    QStringList v{s.participant.code};
    if (names)
        v << s.participant.displayName;
    v << QString::number(x.id) << QString::number(s.number) << x.exercise << storedName(x.mode)
      << storedName(x.status) << x.startedAt.toString(Qt::ISODateWithMs)
      << (x.endedAt.isValid() ? x.endedAt.toString(Qt::ISODateWithMs) : QString()) << x.appVersion
      << x.buildId << QString::number(x.seed) << (x.presentation ? x.presentation->path : QString())
      << (x.presentation ? ExportColumns::number(x.presentation->refreshMeanMs) : QString())
      << (x.presentation ? ExportColumns::number(x.presentation->refreshSdMs) : QString())
      << (x.presentation ? QString::number(x.presentation->droppedFrames) : QString());
    return v;
}

QString measureValue(const ExportedSession &s, const QString &key)
{
    const QJsonObject m = s.session.summary.value(key).toObject();
    return m.value(QStringLiteral("ok")).toBool()
               ? ExportColumns::number(m.value(QStringLiteral("value")).toDouble())
               : QString();
}

struct Writer
{
    const ExportDataset &data;
    ExportFolder &folder;
    const Exporter::Progress &progress;
    int done = 0;

    Result<void> step()
    {
        ++done;
        if (progress && !progress(done, int(data.sessions().size())))
            return cancelled();
        return {};
    }
    Result<void> csv();
    Result<void> jsonFiles();
    Result<void> redcap();
    Result<void> bids();
};

// What each column means (the data dictionary); sources of the measures in docs/metrics.md.
QStringList dictionaryRow(const QString &file, const QString &column)
{
    static const std::map<QString, std::array<const char *, 3>> known = {
        {QStringLiteral("participant_id"), {"text", "", "pseudonymous participant code"}},
        {QStringLiteral("display_name"), {"text", "", "display name (only when chosen)"}},
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
        {QStringLiteral("rng_seed"), {"integer", "", "seed every block was generated from"}},
        {QStringLiteral("presentation_path"),
         {"text", "", "how stimuli were shown (docs/timing.md)"}},
        {QStringLiteral("refresh_mean_ms"), {"number", "ms", "measured frame interval, mean"}},
        {QStringLiteral("refresh_sd_ms"), {"number", "ms", "measured frame interval, SD"}},
        {QStringLiteral("dropped_frames"), {"integer", "", "frames shown later than due"}},
        {QStringLiteral("block"), {"integer", "", "block (0 = practice)"}},
        {QStringLiteral("trial_index"), {"integer", "", "trial within its block, from 0"}},
        {QStringLiteral("practice"), {"0/1", "", "practice trial (left out of every measure)"}},
        {QStringLiteral("condition"), {"text", "", "the trial's condition (docs/exercises.md)"}},
        {QStringLiteral("difficulty"), {"number", "0-1", "level on the controller's scale"}},
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
         {"number", "0-1", "attention model's P(correct) before the trial"}},
        {QStringLiteral("predicted_rt_ms"),
         {"number", "ms", "attention model's median RT before the trial"}},
        {QStringLiteral("controller_rule"),
         {"text", "", "rule that chose the level: staircase, model or explore"}},
    };
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
    return {file,
            column,
            QStringLiteral("number"),
            QString(),
            QStringLiteral("measure %1; empty when there were not enough trials")
                .arg(column.startsWith(QStringLiteral("m_")) ? column.mid(2) : column),
            QStringLiteral("docs/metrics.md")};
}

Result<void> Writer::csv()
{
    const ExportColumns columns(data);
    const bool names = data.selection().includeNames;
    QStringList trialHeader{QStringLiteral("participant_id"), QStringLiteral("session_id"),
                            QStringLiteral("exercise"), QStringLiteral("mode")};
    trialHeader << ExportColumns::trialHeader();
    for (const QString &k : columns.stimulusKeys())
        trialHeader << QStringLiteral("stim_") + k;
    QStringList sessionCols = sessionHeader(names);
    for (const QString &k : columns.measureKeys())
        sessionCols << QStringLiteral("m_") + k;

    std::vector<QStringList> trials, sessions;
    for (const ExportedSession &s : data.sessions()) {
        for (const TrialRecord &t : s.trials)
            trials.push_back(QStringList{s.participant.code, QString::number(s.session.id),
                                         s.session.exercise, storedName(s.session.mode)} +
                             ExportColumns::trialValues(t) + columns.stimulusValues(t));
        QStringList row = sessionValues(s, names);
        for (const QString &k : columns.measureKeys())
            row << measureValue(s, k);
        sessions.push_back(row);
        if (auto r = step(); !r)
            return r;
    }
    std::vector<QStringList> dictionary;
    for (const QString &c : trialHeader)
        dictionary.push_back(dictionaryRow(QStringLiteral("trials.csv"), c));
    for (const QString &c : sessionCols)
        dictionary.push_back(dictionaryRow(QStringLiteral("sessions.csv"), c));
    for (const auto &[file, bytes] :
         {std::pair{QStringLiteral("trials.csv"), TableFile::csv(trialHeader, trials)},
          std::pair{QStringLiteral("sessions.csv"), TableFile::csv(sessionCols, sessions)},
          std::pair{QStringLiteral("data_dictionary.csv"),
                    TableFile::csv({QStringLiteral("file"), QStringLiteral("column"),
                                    QStringLiteral("type"), QStringLiteral("unit"),
                                    QStringLiteral("meaning"), QStringLiteral("source")},
                                   dictionary)}})
        if (auto r = folder.write(file, bytes); !r)
            return r;
    return {};
}

Result<void> Writer::jsonFiles()
{
    for (const ExportedSession &s : data.sessions()) {
        QJsonArray trials;
        const QStringList header = ExportColumns::trialHeader();
        for (const TrialRecord &t : s.trials) {
            QJsonObject trial;
            const QStringList values = ExportColumns::trialValues(t);
            for (int i = 0; i < header.size(); ++i)
                trial.insert(header[i], values[i]);
            trial.insert(QStringLiteral("stimulus"),
                         QJsonDocument::fromJson(QByteArray::fromStdString(t.stimulus)).object());
            trials.append(trial);
        }
        QJsonObject session;
        const QStringList h = sessionHeader(data.selection().includeNames);
        const QStringList v = sessionValues(s, data.selection().includeNames);
        for (int i = 0; i < h.size(); ++i)
            session.insert(h[i], v[i]);
        session.insert(QStringLiteral("parameters"), s.session.parameters);
        session.insert(QStringLiteral("platform"), s.session.platform);
        session.insert(QStringLiteral("measures"), s.session.summary);
        session.insert(QStringLiteral("trials"), trials);
        if (auto r = folder.write(QStringLiteral("sessions/%1_session-%2.json")
                                      .arg(s.participant.code)
                                      .arg(s.session.id),
                                  json(session));
            !r)
            return r;
        if (auto r = step(); !r)
            return r;
    }
    return {};
}

// REDCap field names: lower case letters, digits and underscores, starting with a letter.
QString redcapName(const QString &key)
{
    QString name = key.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return name.left(100);
}

Result<void> Writer::redcap()
{
    const ExportColumns columns(data);
    QStringList fields{QStringLiteral("session_id"), QStringLiteral("exercise"),
                       QStringLiteral("mode"), QStringLiteral("started_at")};
    for (const QString &k : columns.measureKeys())
        fields << redcapName(QStringLiteral("m_") + k);
    QStringList header{QStringLiteral("record_id"), QStringLiteral("redcap_repeat_instrument"),
                       QStringLiteral("redcap_repeat_instance")};
    header << fields;
    std::vector<QStringList> rows;
    std::map<QString, int> instance;
    for (const ExportedSession &s : data.sessions()) {
        QStringList row{s.participant.code,
                        QStringLiteral("attend_session"),
                        QString::number(++instance[s.participant.code]),
                        QString::number(s.session.id),
                        s.session.exercise,
                        storedName(s.session.mode),
                        s.session.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (const QString &k : columns.measureKeys())
            row << measureValue(s, k);
        rows.push_back(row);
        if (auto r = step(); !r)
            return r;
    }
    // The REDCap data dictionary: record_id on its own form, then the repeating instrument.
    const QStringList dictionaryHeader{QStringLiteral("Variable / Field Name"),
                                       QStringLiteral("Form Name"),
                                       QStringLiteral("Section Header"),
                                       QStringLiteral("Field Type"),
                                       QStringLiteral("Field Label"),
                                       QStringLiteral("Choices, Calculations, OR Slider Labels"),
                                       QStringLiteral("Field Note"),
                                       QStringLiteral("Text Validation Type OR Show Slider Number"),
                                       QStringLiteral("Text Validation Min"),
                                       QStringLiteral("Text Validation Max"),
                                       QStringLiteral("Identifier?"),
                                       QStringLiteral("Branching Logic (Show field only if...)"),
                                       QStringLiteral("Required Field?"),
                                       QStringLiteral("Custom Alignment"),
                                       QStringLiteral("Question Number (surveys only)"),
                                       QStringLiteral("Matrix Group Name"),
                                       QStringLiteral("Matrix Ranking?"),
                                       QStringLiteral("Field Annotation")};
    const auto entry = [](const QString &name, const QString &form, const QString &label,
                          const QString &validation) {
        QStringList row(18);
        row[0] = name;
        row[1] = form;
        row[3] = QStringLiteral("text");
        row[4] = label;
        row[7] = validation;
        return row;
    };
    std::vector<QStringList> dictionary{entry(QStringLiteral("record_id"),
                                              QStringLiteral("participant"),
                                              QStringLiteral("Participant code"), QString())};
    const QString form = QStringLiteral("attend_session");
    dictionary.push_back(entry(QStringLiteral("session_id"), form,
                               QStringLiteral("Attend session id"), QStringLiteral("integer")));
    dictionary.push_back(entry(QStringLiteral("exercise"), form, QStringLiteral("Exercise"), {}));
    dictionary.push_back(entry(QStringLiteral("mode"), form, QStringLiteral("Mode"), {}));
    dictionary.push_back(entry(QStringLiteral("started_at"), form,
                               QStringLiteral("Session start (UTC)"),
                               QStringLiteral("datetime_ymd")));
    for (const QString &k : columns.measureKeys())
        dictionary.push_back(
            entry(redcapName(QStringLiteral("m_") + k), form, k, QStringLiteral("number")));
    if (auto r = folder.write(QStringLiteral("redcap_data.csv"), TableFile::csv(header, rows)); !r)
        return r;
    return folder.write(QStringLiteral("redcap_dictionary.csv"),
                        TableFile::csv(dictionaryHeader, dictionary));
}

QString bidsLabel(const QString &text)
{
    QString label = text;
    label.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    return label;
}

Result<void> Writer::bids()
{
    const ExportColumns columns(data);
    if (auto r = folder.write(
            QStringLiteral("dataset_description.json"),
            json({{QStringLiteral("Name"), QStringLiteral("Attend behavioural data")},
                  {QStringLiteral("BIDSVersion"), QStringLiteral("1.9.0")},
                  {QStringLiteral("DatasetType"), QStringLiteral("raw")},
                  {QStringLiteral("GeneratedBy"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("Name"), QStringLiteral("Attend")},
                       {QStringLiteral("Version"), QString::fromLatin1(kAttendVersion)},
                       {QStringLiteral("Description"),
                        QStringLiteral("build %1").arg(QString::fromLatin1(kAttendBuildId))}}}}}));
        !r)
        return r;
    if (auto r = folder.write(
            QStringLiteral("README"),
            QByteArrayLiteral("Behavioural data recorded with Attend (attention training and "
                              "assessment), exported in BIDS 1.9.\nOne events file per session; "
                              "each task's columns are described in task-<label>_events.json.\n"));
        !r)
        return r;
    std::vector<QStringList> participants;
    for (const Participant &p : data.participants())
        participants.push_back({QStringLiteral("sub-") + bidsLabel(p.code)});
    if (auto r = folder.write(QStringLiteral("participants.tsv"),
                              TableFile::tsv({QStringLiteral("participant_id")}, participants));
        !r)
        return r;
    if (auto r =
            folder.write(QStringLiteral("participants.json"),
                         json({{QStringLiteral("participant_id"),
                                QJsonObject{{QStringLiteral("Description"),
                                             QStringLiteral("pseudonymous participant code")}}}}));
        !r)
        return r;

    // Columns: onset and duration first (BIDS), then the trial's fields and stimulus scalars.
    QStringList header{QStringLiteral("onset"), QStringLiteral("duration"),
                       QStringLiteral("trial_type"), QStringLiteral("response_time")};
    const QStringList trialColumns = ExportColumns::trialHeader();
    for (const QString &c : trialColumns)
        if (c != u"condition")
            header << c;
    for (const QString &k : columns.stimulusKeys())
        header << QStringLiteral("stim_") + k;
    std::map<QString, QJsonObject> platformByTask;
    for (const ExportedSession &s : data.sessions()) {
        const double hz =
            s.session.platform.value(QStringLiteral("paced_refresh_hz"))
                .toDouble(
                    s.session.platform.value(QStringLiteral("screen_refresh_hz")).toDouble(60.0));
        std::vector<QStringList> rows;
        for (const TrialRecord &t : s.trials) {
            const std::int64_t onset = t.onsetNs >= 0 ? t.onsetNs : t.requestedOnsetNs;
            if (onset < 0)
                continue; // never shown: nothing to place on the time line
            QStringList row{ExportColumns::number(onset / 1e9),
                            ExportColumns::number(t.framesShown / hz),
                            QString::fromStdString(t.condition),
                            t.responded() ? ExportColumns::number(t.rtMs() / 1000.0) : QString()};
            const QStringList values = ExportColumns::trialValues(t);
            for (int i = 0; i < trialColumns.size(); ++i)
                if (trialColumns[i] != u"condition")
                    row << values[i];
            rows.push_back(row + columns.stimulusValues(t));
        }
        const QString sub = QStringLiteral("sub-") + bidsLabel(s.participant.code);
        const QString ses = QStringLiteral("ses-%1").arg(s.number);
        const QString task = QStringLiteral("task-") + bidsLabel(s.session.exercise);
        if (auto r =
                folder.write(QStringLiteral("%1/%2/beh/%1_%2_%3_events.tsv").arg(sub, ses, task),
                             TableFile::tsv(header, rows));
            !r)
            return r;
        platformByTask[task] = s.session.platform;
        if (auto r = step(); !r)
            return r;
    }
    // One sidecar per task at the top level (inherited by every events file of the task).
    for (const auto &[task, platform] : platformByTask) {
        QJsonObject sidecar;
        for (const QString &c : header) {
            const QStringList d = dictionaryRow(QString(), c);
            QJsonObject column{{QStringLiteral("Description"), d[4]}};
            if (!d[3].isEmpty())
                column.insert(QStringLiteral("Units"), d[3]);
            sidecar.insert(c, column);
        }
        sidecar.insert(QStringLiteral("onset"),
                       QJsonObject{{QStringLiteral("Description"),
                                    QStringLiteral("stimulus onset from the session start")},
                                   {QStringLiteral("Units"), QStringLiteral("s")}});
        sidecar.insert(
            QStringLiteral("duration"),
            QJsonObject{{QStringLiteral("Description"),
                         QStringLiteral("frames the stimulus was visible / refresh rate")},
                        {QStringLiteral("Units"), QStringLiteral("s")}});
        sidecar.insert(QStringLiteral("trial_type"),
                       QJsonObject{{QStringLiteral("Description"),
                                    QStringLiteral("the trial's condition (docs/exercises.md)")}});
        sidecar.insert(
            QStringLiteral("response_time"),
            QJsonObject{{QStringLiteral("Description"), QStringLiteral("onset to key press")},
                        {QStringLiteral("Units"), QStringLiteral("s")}});
        QJsonObject presentation{
            {QStringLiteral("OperatingSystem"), platform.value(QStringLiteral("os")).toString()},
            {QStringLiteral("SoftwareName"), QStringLiteral("Attend")},
            {QStringLiteral("SoftwareVersion"), QString::fromLatin1(kAttendVersion)}};
        if (platform.contains(QStringLiteral("screen_refresh_hz")))
            presentation.insert(QStringLiteral("ScreenRefreshRate"),
                                platform.value(QStringLiteral("screen_refresh_hz")).toDouble());
        if (platform.contains(QStringLiteral("screen_width_px")))
            presentation.insert(
                QStringLiteral("ScreenResolution"),
                QJsonArray{platform.value(QStringLiteral("screen_width_px")).toInt(),
                           platform.value(QStringLiteral("screen_height_px")).toInt()});
        sidecar.insert(QStringLiteral("StimulusPresentation"), presentation);
        if (auto r = folder.write(task + QStringLiteral("_events.json"), json(sidecar)); !r)
            return r;
    }
    return {};
}

} // namespace

bool Exporter::formatFromName(const QString &name, Format *format)
{
    const std::map<QString, Format> names = {{QStringLiteral("csv"), Format::Csv},
                                             {QStringLiteral("bids"), Format::Bids},
                                             {QStringLiteral("redcap"), Format::Redcap},
                                             {QStringLiteral("json"), Format::Json}};
    const auto it = names.find(name.toLower());
    if (it == names.end())
        return false;
    *format = it->second;
    return true;
}

QString Exporter::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Bids:
        return QStringLiteral("bids");
    case Format::Redcap:
        return QStringLiteral("redcap");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

Result<QStringList> Exporter::run(Database &db, const ExportSelection &selection, Format format,
                                  const QString &destination, bool force, const Progress &progress)
{
    auto dataset = ExportDataset::load(db, selection);
    if (!dataset)
        return dataset.error();
    auto folder = ExportFolder::open(destination, force);
    if (!folder)
        return folder.error();
    Writer writer{dataset.value(), *folder.value(), progress};
    Result<void> written = {};
    switch (format) {
    case Format::Csv:
        written = writer.csv();
        break;
    case Format::Bids:
        written = writer.bids();
        break;
    case Format::Redcap:
        written = writer.redcap();
        break;
    case Format::Json:
        written = writer.jsonFiles();
        break;
    }
    if (!written)
        return written.error();
    // BIDS keeps its provenance out of the dataset's root, where the validator allows no
    // unknown files: in sourcedata/.
    const QString provenance = format == Format::Bids ? QStringLiteral("sourcedata/export.json")
                                                      : QStringLiteral("export.json");
    if (auto r = folder.value()->write(
            provenance, json(ExportColumns::provenance(dataset.value(), formatName(format))));
        !r)
        return r.error();
    if (auto r = folder.value()->commit(); !r)
        return r.error();
    return folder.value()->written();
}

} // namespace attend
