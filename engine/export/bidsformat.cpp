#include "bidsformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"
#include "stimuluscolumns.h"
#include "tablefile.h"

#include "buildinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <map>
#include <set>

namespace attend {

namespace {

QString bidsLabel(const QString &text)
{
    QString label = text;
    label.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    return label;
}

// The dataset's top-level files: description, README, participants.
Result<void> writeTopLevel(const ExportDataset &data, ExportFolder &folder)
{
    if (auto r = folder.write(
            QStringLiteral("dataset_description.json"),
            jsonBytes(
                {{QStringLiteral("Name"), QStringLiteral("Attend behavioural data")},
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
                              "each task's columns are described in task-<label>_events.json.\n"
                              "Sessions imported from other tools are not included: their "
                              "trials have no onsets (the CSV and JSON exports carry them).\n"));
        !r)
        return r;
    std::set<QString> recorded; // people with a session recorded by Attend
    for (const ExportedSession &s : data.sessions())
        if (!s.session.source)
            recorded.insert(s.participant.code);
    std::vector<QStringList> participants;
    for (const Participant &p : data.participants())
        if (recorded.count(p.code))
            participants.push_back({QStringLiteral("sub-") + bidsLabel(p.code)});
    if (auto r = folder.write(QStringLiteral("participants.tsv"),
                              TableFile::tsv({QStringLiteral("participant_id")}, participants));
        !r)
        return r;
    if (auto r = folder.write(
            QStringLiteral("participants.json"),
            jsonBytes({{QStringLiteral("participant_id"),
                        QJsonObject{{QStringLiteral("Description"),
                                     QStringLiteral("pseudonymous participant code")}}}}));
        !r)
        return r;
    return {};
}

// Columns: onset and duration first (BIDS), then the trial's fields and stimulus scalars.
QStringList eventsHeader(const QStringList &stimulusKeys)
{
    QStringList header{QStringLiteral("onset"), QStringLiteral("duration"),
                       QStringLiteral("trial_type"), QStringLiteral("response_time")};
    const QStringList trialColumns = ExportColumns::trialHeader();
    for (const QString &c : trialColumns)
        if (c != u"condition")
            header << c;
    for (const QString &k : stimulusKeys)
        header << QStringLiteral("stim_") + k;
    return header;
}

// The events file of `s` (its `trials`): one row per shown trial, in seconds from the session
// start; the session's own stimulus fields are learnt into `stimulus`, and every row is padded
// to the header's width.
QByteArray eventsTable(const ExportedSession &s, const std::vector<TrialRecord> &trials,
                       StimulusColumns &stimulus)
{
    const qsizetype condition = ExportColumns::trialHeader().indexOf(QStringLiteral("condition"));
    const double hz =
        s.session.platform.value(QStringLiteral("paced_refresh_hz"))
            .toDouble(s.session.platform.value(QStringLiteral("screen_refresh_hz")).toDouble(60.0));
    std::vector<FieldRow> rows;
    FieldRow values;
    for (const TrialRecord &t : trials) {
        const std::optional<std::int64_t> onset = t.onsetNs ? t.onsetNs : t.requestedOnsetNs;
        if (!onset)
            continue; // never shown: nothing to place on the time line
        FieldRow &row = rows.emplace_back();
        row.addNumber(double(*onset) / 1e9);
        row.addNumber(t.framesShown / hz);
        row.add(QByteArrayView(t.condition));
        row.addNumber(t.responded() ? std::optional(*t.rtMs() / 1000.0) : std::nullopt);
        values.clear();
        ExportColumns::trialValues(t, values);
        for (qsizetype i = 0; i < values.size(); ++i)
            if (i != condition)
                row.add(values[i]);
        stimulus.values(t, row);
    }
    const QStringList header = eventsHeader(stimulus.keys());
    QByteArray table = header.join(u'\t').toUtf8() + '\n';
    for (FieldRow &row : rows) {
        row.padTo(header.size());
        TableFile::appendTsvRow(table, row);
    }
    return table;
}

// One sidecar per task at the top level (inherited by every events file of the task).
Result<void> writeSidecar(ExportFolder &folder, const QString &task, const QJsonObject &platform,
                          const QStringList &header)
{
    QJsonObject sidecar;
    for (const QString &c : header) {
        const QStringList d = ExportColumns::dictionaryRow(QString(), c);
        QJsonObject column{{QStringLiteral("Description"), d[4]}};
        if (!d[3].isEmpty())
            column.insert(QStringLiteral("Units"), d[3]);
        sidecar.insert(c, column);
    }
    sidecar.insert(QStringLiteral("onset"),
                   QJsonObject{{QStringLiteral("Description"),
                                QStringLiteral("stimulus onset from the session start")},
                               {QStringLiteral("Units"), QStringLiteral("s")}});
    sidecar.insert(QStringLiteral("duration"),
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
        presentation.insert(QStringLiteral("ScreenResolution"),
                            QJsonArray{platform.value(QStringLiteral("screen_width_px")).toInt(),
                                       platform.value(QStringLiteral("screen_height_px")).toInt()});
    sidecar.insert(QStringLiteral("StimulusPresentation"), presentation);
    return folder.write(task + QStringLiteral("_events.json"), jsonBytes(sidecar));
}

} // namespace

QString BidsFormat::displayName() const
{
    return tr("BIDS behavioural dataset");
}

Result<void> BidsFormat::write(const ExportDataset &data, ExportFolder &folder, Steps &steps) const
{
    if (auto r = writeTopLevel(data, folder); !r)
        return r;
    // Each events file has its session's stimulus fields; the task's sidecar describes all of
    // its sessions' (what a task's sessions share, with the platform of the last one).
    struct TaskSidecar
    {
        QJsonObject platform;
        QStringList stimulusKeys;
    };
    std::map<QString, TaskSidecar> sidecars;
    std::vector<TrialRecord> trials; // a session's, reused
    for (const ExportedSession &s : data.sessions()) {
        // BIDS events need onsets, which imported trials do not have (docs/import.md).
        if (s.session.source) {
            if (auto r = steps.next(); !r)
                return r;
            continue;
        }
        if (auto r = data.readTrials(s, trials); !r)
            return r;
        StimulusColumns stimulus;
        const QByteArray events = eventsTable(s, trials, stimulus);
        const QString sub = QStringLiteral("sub-") + bidsLabel(s.participant.code);
        const QString ses = QStringLiteral("ses-%1").arg(s.number);
        const QString task = QStringLiteral("task-") + bidsLabel(s.session.exercise);
        if (auto r = folder.write(
                QStringLiteral("%1/%2/beh/%1_%2_%3_events.tsv").arg(sub, ses, task), events);
            !r)
            return r;
        TaskSidecar &sidecar = sidecars[task];
        sidecar.platform = s.session.platform;
        for (const QString &key : stimulus.keys())
            if (!sidecar.stimulusKeys.contains(key))
                sidecar.stimulusKeys << key;
        if (auto r = steps.next(); !r)
            return r;
    }
    for (const auto &[task, sidecar] : sidecars)
        if (auto r =
                writeSidecar(folder, task, sidecar.platform, eventsHeader(sidecar.stimulusKeys));
            !r)
            return r;
    return {};
}

} // namespace attend
