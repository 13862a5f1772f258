#include "exportdataset.h"

#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/trialrepository.h"

#include <map>

namespace attend {

ExportDataset::ExportDataset() = default;
ExportDataset::~ExportDataset() = default;
ExportDataset::ExportDataset(ExportDataset &&) noexcept = default;
ExportDataset &ExportDataset::operator=(ExportDataset &&) noexcept = default;

Result<ExportDataset> ExportDataset::load(Database &db, const ExportSelection &selection)
{
    auto all = ParticipantRepository(db).list(ParticipantRepository::Which::All);
    if (!all)
        return all.error();
    for (const QString &code : selection.participantCodes) {
        const bool known =
            std::any_of(all.value().begin(), all.value().end(), [&](const Participant &p) {
                return p.code.compare(code, Qt::CaseInsensitive) == 0;
            });
        if (!known)
            return Error(Error::Kind::NotFound,
                         Error::tr("There is no participant %1 in %2.").arg(code, db.location()),
                         db.location());
    }
    ExportDataset out;
    out.m_trials = std::make_unique<TrialRepository>(db);
    out.m_selection = selection;
    out.m_location = db.location();
    for (Participant participant : all.value()) {
        if (!selection.participantCodes.isEmpty() &&
            !selection.participantCodes.contains(participant.code, Qt::CaseInsensitive))
            continue;
        if (!selection.includeNames)
            participant.displayName.clear();
        // What a clinician recorded may identify as a name does: exported with names only.
        ParticipantDetails details;
        if (selection.includeNames) {
            auto recorded = ParticipantRepository(db).details(participant.id);
            if (!recorded)
                return recorded.error();
            details = recorded.value();
        }
        auto sessions = SessionRepository(db).loadForParticipant(participant.id);
        if (!sessions)
            return sessions.error();
        int number = 0;
        for (StoredSession &stored : sessions.value()) {
            if (!selection.exercises.isEmpty() && !selection.exercises.contains(stored.exercise))
                continue;
            if (selection.since.isValid() &&
                stored.startedAt.toLocalTime().date() < selection.since)
                continue;
            if (!selection.includeNames)
                stored.notes.clear();
            out.m_sessions.push_back({participant, details, ++number, std::move(stored)});
        }
    }
    return out;
}

Result<void> ExportDataset::readTrials(const ExportedSession &s,
                                       std::vector<TrialRecord> &into) const
{
    return m_trials->readSession(s.session.id, s.session.exercise.toStdString(), into);
}

std::vector<Participant> ExportDataset::participants() const
{
    std::map<QString, Participant> byCode;
    for (const ExportedSession &s : m_sessions)
        byCode.emplace(s.participant.code, s.participant);
    std::vector<Participant> out;
    for (auto &[code, p] : byCode)
        out.push_back(p);
    return out;
}

} // namespace attend
