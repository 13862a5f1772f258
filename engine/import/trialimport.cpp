#include "trialimport.h"

#include "attendtrialsreader.h"
#include "delimitedtext.h"
#include "exerciseregistry.h"
#include "importmapping.h"
#include "mappedtrialsreader.h"
#include "measureintervals.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/trialrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <map>

namespace attend {

namespace {

Result<QByteArray> contentOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Kind::NotFound, TrialImport::tr("There is no file %1.").arg(path),
                     path);
    if (!info.isFile())
        return Error::invalidInput(TrialImport::tr("%1 is not a regular file.").arg(path), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound,
                     TrialImport::tr("%1 cannot be read: %2").arg(path, file.errorString()), path);
    return file.readAll();
}

Result<QJsonObject> jsonObjectIn(const QString &path)
{
    auto bytes = contentOf(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (!doc.isObject())
        return Error::invalidInput(TrialImport::tr("%1 is not a JSON object (%2 at byte %3).")
                                       .arg(path, error.errorString())
                                       .arg(error.offset),
                                   path);
    return doc.object();
}

// The mapped file's sessions, through the mapping.
Result<void> readMapped(const TrialImport::Request &request, const DelimitedText &table,
                        const Exercise &exercise, ImportPlan &plan)
{
    auto json = jsonObjectIn(request.mappingFile);
    if (!json)
        return json.error();
    auto mapping = ImportMapping::parse(json.value(), exercise.importFields(),
                                        QFileInfo(request.mappingFile).fileName());
    if (!mapping)
        return mapping.error();
    if (auto bound = mapping.value().bind(table.header(), plan.source.file); !bound)
        return bound;
    plan.format = QStringLiteral("mapped");
    MappedTrialsReader::read(table, mapping.value(), exercise, request.participant, plan);
    return {};
}

// Attend's own export, with the export.json beside it when it is there.
Result<void> readAttend(const TrialImport::Request &request, const DelimitedText &table,
                        const ExerciseRegistry &exercises, ImportPlan &plan)
{
    if (!AttendTrialsReader::recognises(table.header()))
        return Error::invalidInput(
            TrialImport::tr("%1 is not Attend's trials.csv; give a mapping file "
                            "(--mapping, docs/import.md).")
                .arg(request.file),
            request.file);
    const QString sidecar = QFileInfo(request.file).dir().filePath(QStringLiteral("export.json"));
    QJsonObject provenance;
    if (QFileInfo::exists(sidecar)) {
        auto json = jsonObjectIn(sidecar);
        if (!json)
            return json.error();
        provenance = json.value();
    }
    plan.format = QStringLiteral("attend");
    AttendTrialsReader::read(table, exercises, request.exercise, request.participant, provenance,
                             plan);
    return {};
}

} // namespace

Result<ImportPlan> TrialImport::read(const Request &request, const ExerciseRegistry &exercises)
{
    const Exercise *exercise = exercises.find(request.exercise);
    if (!request.exercise.isEmpty() && (!exercise || exercise->importFields().empty()))
        return Error::invalidInput(
            tr("\"%1\" is not an exercise whose trials can be imported.").arg(request.exercise),
            request.file);
    if (!request.mappingFile.isEmpty() && !exercise)
        return Error::invalidInput(
            tr("A mapping needs the exercise its trials belong to (--exercise)."), request.file);
    auto bytes = contentOf(request.file);
    if (!bytes)
        return bytes.error();
    ImportPlan plan;
    plan.source.file = QFileInfo(request.file).fileName();
    plan.source.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    auto table = DelimitedText::parse(bytes.value(), plan.source.file);
    if (!table)
        return table.error();
    const Result<void> read = request.mappingFile.isEmpty()
                                  ? readAttend(request, table.value(), exercises, plan)
                                  : readMapped(request, table.value(), *exercise, plan);
    if (!read)
        return read.error();
    if (plan.sessions.empty() && plan.problems.isEmpty())
        plan.problems << tr("%1 holds no trials of %2.").arg(plan.source.file, request.exercise);
    // Bootstrap seeds from the content, so that importing the same file gives the same intervals.
    const quint32 base = plan.source.sha256.left(8).toUInt(nullptr, 16);
    for (std::size_t i = 0; i < plan.sessions.size(); ++i)
        if (!plan.sessions[i].seed)
            plan.sessions[i].seed = base ^ quint32(i);
    return plan;
}

namespace {

// The participant's id, added when the database has no one of that code.
Result<qint64> participantId(ParticipantRepository &people, const QString &code, int &added)
{
    auto found = people.byCode(code);
    if (found)
        return found.value().id;
    if (found.error().kind() != Error::Kind::NotFound)
        return found.error();
    auto created = people.add(code, QString());
    if (!created)
        return created.error();
    ++added;
    return created.value().id;
}

Result<void> storeSession(Database &db, const PlannedSession &s, qint64 participant,
                          const QJsonObject &summary, const ImportSource &source)
{
    ImportedSession imported;
    imported.session.participantId = participant;
    imported.session.exercise = s.exercise;
    imported.session.mode = s.mode;
    imported.session.parameters = s.parameters;
    imported.session.platform = s.platform;
    imported.session.seed = s.seed.value_or(0); // read() has given every session one
    imported.session.startedAt =
        s.startedAt.isValid() ? s.startedAt : QDateTime::currentDateTimeUtc();
    imported.status = s.status;
    imported.endedAt = s.endedAt;
    imported.appVersion = s.appVersion;
    imported.buildId = s.buildId;
    imported.summary = summary;
    imported.source = source;
    auto id = SessionRepository(db).addImported(imported);
    if (!id)
        return id.error();
    TrialRepository trials(db);
    for (const TrialRecord &t : s.trials)
        if (auto stored = trials.insert(id.value(), t); !stored)
            return stored.error();
    return {};
}

} // namespace

Result<TrialImport::Outcome> TrialImport::store(Database &db, const ExerciseRegistry &exercises,
                                                const ImportPlan &plan, const Progress &progress)
{
    if (!plan.problems.isEmpty())
        return Error::invalidInput(plan.problems.front(), plan.source.file);
    auto before = SessionRepository(db).importedFrom(plan.source.sha256);
    if (!before)
        return before.error();
    if (!before.value().isEmpty())
        return Error(Error::Kind::Duplicate,
                     tr("%1 was imported into %2 before (session %3); nothing was stored.")
                         .arg(plan.source.file, db.location())
                         .arg(before.value().front()),
                     plan.source.file);
    // Measures first (the slow part, with progress), so that the transaction is short.
    std::vector<QJsonObject> summaries;
    for (const PlannedSession &s : plan.sessions) {
        summaries.push_back(measuresJson(storedMeasuresOf(
            *exercises.find(s.exercise), s.trials, s.mode, s.parameters, s.seed.value_or(0))));
        if (progress && !progress(int(summaries.size()), int(plan.sessions.size())))
            return Error(Error::Kind::Cancelled,
                         tr("The import was cancelled; nothing was stored."));
    }
    Outcome outcome;
    auto stored = db.transaction([&]() -> Result<void> {
        ParticipantRepository people(db);
        std::map<QString, qint64> ids;
        for (std::size_t i = 0; i < plan.sessions.size(); ++i) {
            const PlannedSession &s = plan.sessions[i];
            if (!ids.count(s.participant)) {
                auto id = participantId(people, s.participant, outcome.participantsAdded);
                if (!id)
                    return id.error();
                ids[s.participant] = id.value();
            }
            if (auto r = storeSession(db, s, ids[s.participant], summaries[i], plan.source); !r)
                return r;
            ++outcome.sessions;
            outcome.trials += int(s.trials.size());
        }
        return AuditRepository(db).record(QStringLiteral("import"), plan.source.file,
                                          {{QStringLiteral("sha256"), plan.source.sha256},
                                           {QStringLiteral("format"), plan.format},
                                           {QStringLiteral("sessions"), outcome.sessions},
                                           {QStringLiteral("trials"), outcome.trials}});
    });
    if (!stored)
        return stored.error();
    return outcome;
}

} // namespace attend
