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

// trials.csv is written a session at a time as it is read (it is most of an export); the
// sessions, measures and dictionary are small and written whole.
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

    auto trialsFile = folder.create(QStringLiteral("trials.csv"));
    if (!trialsFile)
        return trialsFile.error();
    QFile &trials = *trialsFile.value();
    if (auto r = folder.append(trials, TableFile::csvRow(trialHeader)); !r)
        return r;
    std::vector<QStringList> sessions, measures;
    for (const ExportedSession &s : data.sessions()) {
        for (QStringList &row : ExportColumns::measureRows(s))
            measures.push_back(std::move(row));
        if (auto r = writeTrials(data, columns.value(), s, folder, trials); !r)
            return r;
        QStringList row = ExportColumns::sessionValues(s, names);
        for (const QString &k : columns.value().measureKeys())
            row << ExportColumns::measureValue(s, k);
        sessions.push_back(row);
        if (auto r = steps.next(); !r)
            return r;
    }
    if (auto r = folder.finish(trials); !r)
        return r;
    std::vector<QStringList> dictionary;
    for (const QString &c : trialHeader)
        dictionary.push_back(ExportColumns::dictionaryRow(QStringLiteral("trials.csv"), c));
    for (const QString &c : sessionCols)
        dictionary.push_back(ExportColumns::dictionaryRow(QStringLiteral("sessions.csv"), c));
    for (const QString &c : ExportColumns::measureHeader())
        dictionary.push_back(ExportColumns::dictionaryRow(QStringLiteral("measures.csv"), c));
    for (const auto &[file, bytes] :
         {std::pair{QStringLiteral("sessions.csv"), TableFile::csv(sessionCols, sessions)},
          std::pair{QStringLiteral("measures.csv"),
                    TableFile::csv(ExportColumns::measureHeader(), measures)},
          std::pair{QStringLiteral("data_dictionary.csv"),
                    TableFile::csv({QStringLiteral("file"), QStringLiteral("column"),
                                    QStringLiteral("type"), QStringLiteral("unit"),
                                    QStringLiteral("meaning"), QStringLiteral("source")},
                                   dictionary)}})
        if (auto r = folder.write(file, bytes); !r)
            return r;
    return {};
}

Result<void> CsvFormat::writeTrials(const ExportDataset &data, const ExportColumns &columns,
                                    const ExportedSession &s, const ExportFolder &folder,
                                    QFile &file)
{
    auto trials = data.trialsOf(s);
    if (!trials)
        return trials.error();
    QByteArray bytes;
    const QStringList session{s.participant.code, QString::number(s.session.id), s.session.exercise,
                              storedName(s.session.mode)};
    for (const TrialRecord &t : trials.value())
        bytes +=
            TableFile::csvRow(session + ExportColumns::trialValues(t) + columns.stimulusValues(t));
    return folder.append(file, bytes);
}

} // namespace attend
