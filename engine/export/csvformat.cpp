#include "csvformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"
#include "tablefile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace attend {

QString CsvFormat::displayName() const
{
    return tr("CSV with data dictionary");
}

Result<void> CsvFormat::write(const ExportDataset &data, ExportFolder &folder, Steps &steps) const
{
    const ExportColumns columns(data);
    const bool names = data.selection().includeNames;
    QStringList trialHeader{QStringLiteral("participant_id"), QStringLiteral("session_id"),
                            QStringLiteral("exercise"), QStringLiteral("mode")};
    trialHeader << ExportColumns::trialHeader();
    for (const QString &k : columns.stimulusKeys())
        trialHeader << QStringLiteral("stim_") + k;
    QStringList sessionCols = ExportColumns::sessionHeader(names);
    for (const QString &k : columns.measureKeys())
        sessionCols << QStringLiteral("m_") + k;

    std::vector<QStringList> trials, sessions, measures;
    for (const ExportedSession &s : data.sessions()) {
        for (QStringList &row : ExportColumns::measureRows(s))
            measures.push_back(std::move(row));
        for (const TrialRecord &t : s.trials)
            trials.push_back(QStringList{s.participant.code, QString::number(s.session.id),
                                         s.session.exercise, storedName(s.session.mode)} +
                             ExportColumns::trialValues(t) + columns.stimulusValues(t));
        QStringList row = ExportColumns::sessionValues(s, names);
        for (const QString &k : columns.measureKeys())
            row << ExportColumns::measureValue(s, k);
        sessions.push_back(row);
        if (auto r = steps.next(); !r)
            return r;
    }
    std::vector<QStringList> dictionary;
    for (const QString &c : trialHeader)
        dictionary.push_back(ExportColumns::dictionaryRow(QStringLiteral("trials.csv"), c));
    for (const QString &c : sessionCols)
        dictionary.push_back(ExportColumns::dictionaryRow(QStringLiteral("sessions.csv"), c));
    for (const QString &c : ExportColumns::measureHeader())
        dictionary.push_back(ExportColumns::dictionaryRow(QStringLiteral("measures.csv"), c));
    for (const auto &[file, bytes] :
         {std::pair{QStringLiteral("trials.csv"), TableFile::csv(trialHeader, trials)},
          std::pair{QStringLiteral("sessions.csv"), TableFile::csv(sessionCols, sessions)},
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

} // namespace attend
