#include "redcapformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"
#include "tablefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <map>

namespace attend {

namespace {

// REDCap field names: lower case letters, digits and underscores, starting with a letter.
QString redcapName(const QString &key)
{
    QString name = key.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return name.left(100);
}

} // namespace

QString RedcapFormat::displayName() const
{
    return tr("REDCap import file and dictionary");
}

Result<void> RedcapFormat::write(const ExportDataset &data, ExportFolder &folder,
                                 Steps &steps) const
{
    const QStringList measureKeys = ExportColumns::measureKeysOf(data);
    QStringList fields{QStringLiteral("session_id"), QStringLiteral("exercise"),
                       QStringLiteral("mode"), QStringLiteral("started_at")};
    for (const QString &k : measureKeys)
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
        for (const QString &k : measureKeys)
            row << ExportColumns::measureValue(s, k);
        rows.push_back(row);
        if (auto r = steps.next(); !r)
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
    for (const QString &k : measureKeys) {
        // The key as the label, its definition and source as the note under the field.
        QStringList row =
            entry(redcapName(QStringLiteral("m_") + k), form, k, QStringLiteral("number"));
        row[6] = ExportColumns::dictionaryRow(QString(), QStringLiteral("m_") + k)[4];
        dictionary.push_back(row);
    }
    if (auto r = folder.write(QStringLiteral("redcap_data.csv"), TableFile::csv(header, rows)); !r)
        return r;
    return folder.write(QStringLiteral("redcap_dictionary.csv"),
                        TableFile::csv(dictionaryHeader, dictionary));
}

} // namespace attend
