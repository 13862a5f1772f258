#include "jsonformat.h"

#include "exportcolumns.h"
#include "exportfolder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace attend {

QString JsonFormat::displayName() const
{
    return tr("JSON, one file per session");
}

Result<void> JsonFormat::write(const ExportDataset &data, ExportFolder &folder, Steps &steps) const
{
    for (const ExportedSession &s : data.sessions()) {
        auto stored = data.trialsOf(s);
        if (!stored)
            return stored.error();
        QJsonArray trials;
        const QStringList header = ExportColumns::trialHeader();
        for (const TrialRecord &t : stored.value()) {
            QJsonObject trial;
            const QStringList values = ExportColumns::trialValues(t);
            for (int i = 0; i < header.size(); ++i)
                trial.insert(header[i], values[i]);
            trial.insert(QStringLiteral("stimulus"),
                         QJsonDocument::fromJson(QByteArray::fromStdString(t.stimulus)).object());
            trials.append(trial);
        }
        QJsonObject session;
        const QStringList h = ExportColumns::sessionHeader(data.selection().includeNames);
        const QStringList v = ExportColumns::sessionValues(s, data.selection().includeNames);
        for (int i = 0; i < h.size(); ++i)
            session.insert(h[i], v[i]);
        session.insert(QStringLiteral("parameters"), s.session.parameters);
        session.insert(QStringLiteral("platform"), s.session.platform);
        session.insert(QStringLiteral("measures"), s.session.summary);
        session.insert(QStringLiteral("trials"), trials);
        if (auto r = folder.write(QStringLiteral("sessions/%1_session-%2.json")
                                      .arg(s.participant.code)
                                      .arg(s.session.id),
                                  jsonBytes(session));
            !r)
            return r;
        if (auto r = steps.next(); !r)
            return r;
    }
    return {};
}

} // namespace attend
