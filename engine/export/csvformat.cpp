#include "csvformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"
#include "tablefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace attend {

QString CsvFormat::displayName() const
{
    return tr("CSV with data dictionary");
}

// The three tables grow a session at a time as the sessions are read, so an export holds one
// session's trials at a time whatever the size of the database; only the dictionary is written
// whole.
Result<void> CsvFormat::write(const ExportDataset &data, ExportFolder &folder, Steps &steps) const
{
    auto columns = ExportColumns::of(data);
    if (!columns)
        return columns.error();
    const bool names = data.selection().includeNames;
    QStringList trialHeader{QStringLiteral("participant_id"), QStringLiteral("session_id"),
                            QStringLiteral("exercise"), QStringLiteral("mode")};
    trialHeader << ExportColumns::trialHeader();
    for (const QString &k : columns.value().stimulusKeys())
        trialHeader << QStringLiteral("stim_") + k;
    QStringList sessionCols = ExportColumns::sessionHeader(names);
    for (const QString &k : columns.value().measureKeys())
        sessionCols << QStringLiteral("m_") + k;
    const std::vector<std::pair<QString, QStringList>> tables{
        {QStringLiteral("trials.csv"), trialHeader},
        {QStringLiteral("sessions.csv"), sessionCols},
        {QStringLiteral("measures.csv"), ExportColumns::measureHeader()}};

    Files files;
    for (const auto &[name, header] : tables) {
        auto file = folder.create(name);
        if (!file)
            return file.error();
        if (auto r = folder.append(*file.value(), TableFile::csvRow(header)); !r)
            return r;
        files.push_back(std::move(file).value());
    }
    for (const ExportedSession &s : data.sessions()) {
        if (auto r = writeSession(data, columns.value(), s, folder, files); !r)
            return r;
        if (auto r = steps.next(); !r)
            return r;
    }
    std::vector<QStringList> dictionary;
    for (const auto &[name, header] : tables)
        for (const QString &c : header)
            dictionary.push_back(ExportColumns::dictionaryRow(name, c));
    for (const auto &file : files)
        if (auto r = folder.finish(*file); !r)
            return r;
    return folder.write(QStringLiteral("data_dictionary.csv"),
                        TableFile::csv({QStringLiteral("file"), QStringLiteral("column"),
                                        QStringLiteral("type"), QStringLiteral("unit"),
                                        QStringLiteral("meaning"), QStringLiteral("source")},
                                       dictionary));
}

Result<void> CsvFormat::writeSession(const ExportDataset &data, const ExportColumns &columns,
                                     const ExportedSession &s, const ExportFolder &folder,
                                     const Files &files)
{
    auto trials = data.trialsOf(s);
    if (!trials)
        return trials.error();
    QByteArray trialRows;
    const QStringList session{s.participant.code, QString::number(s.session.id),
                              s.session.exercise, storedName(s.session.mode)};
    for (const TrialRecord &t : trials.value())
        trialRows += TableFile::csvRow(session + ExportColumns::trialValues(t) +
                                       columns.stimulusValues(t));
    const bool names = data.selection().includeNames;
    QStringList sessionRow = ExportColumns::sessionValues(s, names);
    for (const QString &k : columns.measureKeys())
        sessionRow << ExportColumns::measureValue(s, k);
    QByteArray measureRows;
    for (const QStringList &row : ExportColumns::measureRows(s))
        measureRows += TableFile::csvRow(row);
    for (const auto &[file, bytes] : {std::pair{files[0].get(), trialRows},
                                      std::pair{files[1].get(), TableFile::csvRow(sessionRow)},
                                      std::pair{files[2].get(), measureRows}})
        if (auto r = folder.append(*file, bytes); !r)
            return r;
    return {};
}

} // namespace attend
