#include "csvformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"
#include "growingcsvtable.h"
#include "stimuluscolumns.h"
#include "tablefile.h"

#include <QFile>

namespace attend {

// The three tables while they are written, and the stimulus columns met so far.
struct CsvFormat::Tables
{
    GrowingCsvTable trials;
    std::unique_ptr<QFile> sessions;
    std::unique_ptr<QFile> measures;
    QStringList measureKeys;
    StimulusColumns stimulus;
    FieldRow row;                  // a trial's, reused
    std::vector<TrialRecord> read; // a session's trials, reused
};

namespace {

QStringList trialHeader(const QStringList &stimulusKeys)
{
    QStringList header{QStringLiteral("participant_id"), QStringLiteral("session_id"),
                       QStringLiteral("exercise"), QStringLiteral("mode")};
    header << ExportColumns::trialHeader();
    for (const QString &k : stimulusKeys)
        header << QStringLiteral("stim_") + k;
    return header;
}

Result<std::unique_ptr<QFile>> startTable(ExportFolder &folder, const QString &name,
                                          const QStringList &header)
{
    auto file = folder.create(name);
    if (!file)
        return file.error();
    if (auto r = folder.append(*file.value(), TableFile::csvRow(header)); !r)
        return r.error();
    return file;
}

} // namespace

QString CsvFormat::displayName() const
{
    return tr("CSV with data dictionary");
}

// The three tables grow a session at a time as the sessions are read, so an export holds one
// session's trials at a time whatever the size of the database; each trial is read and parsed
// once, its stimulus columns learnt as it is (GrowingCsvTable). Only the dictionary is written
// whole.
Result<void> CsvFormat::write(const ExportDataset &data, ExportFolder &folder, Steps &steps) const
{
    const QStringList measureKeys = ExportColumns::measureKeysOf(data);
    QStringList sessionHeader = ExportColumns::sessionHeader(data.selection().includeNames);
    for (const QString &k : measureKeys)
        sessionHeader << QStringLiteral("m_") + k;
    auto trials = GrowingCsvTable::create(folder, QStringLiteral("trials.csv"));
    if (!trials)
        return trials.error();
    auto sessions = startTable(folder, QStringLiteral("sessions.csv"), sessionHeader);
    if (!sessions)
        return sessions.error();
    auto measures =
        startTable(folder, QStringLiteral("measures.csv"), ExportColumns::measureHeader());
    if (!measures)
        return measures.error();
    Tables tables{std::move(trials).value(),
                  std::move(sessions).value(),
                  std::move(measures).value(),
                  measureKeys,
                  {},
                  {},
                  {}};
    for (const ExportedSession &s : data.sessions()) {
        if (auto r = writeSession(data, s, folder, tables); !r)
            return r;
        if (auto r = steps.next(); !r)
            return r;
    }
    const QStringList trialColumns = trialHeader(tables.stimulus.keys());
    if (auto r = tables.trials.finish(trialColumns); !r)
        return r;
    for (QFile *file : {tables.sessions.get(), tables.measures.get()})
        if (auto r = folder.finish(*file); !r)
            return r;
    std::vector<QStringList> dictionary;
    for (const auto &[name, header] :
         {std::pair{QStringLiteral("trials.csv"), trialColumns},
          std::pair{QStringLiteral("sessions.csv"), sessionHeader},
          std::pair{QStringLiteral("measures.csv"), ExportColumns::measureHeader()}})
        for (const QString &c : header)
            dictionary.push_back(ExportColumns::dictionaryRow(name, c));
    return folder.write(QStringLiteral("data_dictionary.csv"),
                        TableFile::csv({QStringLiteral("file"), QStringLiteral("column"),
                                        QStringLiteral("type"), QStringLiteral("unit"),
                                        QStringLiteral("meaning"), QStringLiteral("source")},
                                       dictionary));
}

Result<void> CsvFormat::writeSession(const ExportDataset &data, const ExportedSession &s,
                                     const ExportFolder &folder, Tables &tables)
{
    if (auto r = data.readTrials(s, tables.read); !r)
        return r;
    const FieldRow session = FieldRow::of({s.participant.code, QString::number(s.session.id),
                                           s.session.exercise, storedName(s.session.mode)});
    for (const TrialRecord &t : tables.read) {
        tables.row.clear();
        tables.row.append(session);
        ExportColumns::trialValues(t, tables.row);
        tables.stimulus.values(t, tables.row);
        tables.trials.add(tables.row);
    }
    if (auto r = tables.trials.flush(); !r)
        return r;
    QStringList sessionRow = ExportColumns::sessionValues(s, data.selection().includeNames);
    for (const QString &k : tables.measureKeys)
        sessionRow << ExportColumns::measureValue(s, k);
    QByteArray measureRows;
    ExportColumns::measureRows(
        s, [&measureRows](const FieldRow &row) { TableFile::appendCsvRow(measureRows, row); });
    for (const auto &[file, bytes] :
         {std::pair{tables.sessions.get(), TableFile::csvRow(sessionRow)},
          std::pair{tables.measures.get(), measureRows}})
        if (auto r = folder.append(*file, bytes); !r)
            return r;
    return {};
}

} // namespace attend
