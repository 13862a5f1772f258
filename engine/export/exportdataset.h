#pragma once

#include "result.h"
#include "storage/participant.h"
#include "storage/sessionrepository.h"
#include "trialrecord.h"

#include <QDate>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace attend {

class Database;
class TrialRepository;

// What to export (DESIGN.md §2, export/): which participants, exercises and dates, and whether
// display names leave this computer (never unless asked).
struct ExportSelection
{
    QStringList participantCodes; // empty: every participant
    QStringList exercises;        // empty: every exercise
    QDate since;                  // invalid: from the first session
    bool includeNames = false;
};

struct ExportedSession
{
    Participant participant;
    ParticipantDetails details; // only when names are exported
    int number = 0;             // the participant's n-th exported session (BIDS ses-<n>)
    StoredSession session;
};

// The sessions an export writes, read from the database (which exports never change): the
// sessions at once, their trials one session at a time (readTrials), so that an export holds one
// session's trials in memory whatever the size of the database.
class ExportDataset
{
public:
    static Result<ExportDataset> load(Database &db, const ExportSelection &selection);

    const ExportSelection &selection() const { return m_selection; }
    const std::vector<ExportedSession> &sessions() const { return m_sessions; }
    // Every stored trial of `s`, practice and reruns included, into `into` (its records are
    // written over: a format keeps one vector for all sessions).
    Result<void> readTrials(const ExportedSession &s, std::vector<TrialRecord> &into) const;

    ExportDataset();
    ~ExportDataset();
    ExportDataset(ExportDataset &&) noexcept;
    ExportDataset &operator=(ExportDataset &&) noexcept;
    QString databaseLocation() const { return m_location; }
    // The exported participants in code order, each once.
    std::vector<Participant> participants() const;

private:
    std::unique_ptr<TrialRepository> m_trials; // kept: its statement serves every session
    ExportSelection m_selection;
    std::vector<ExportedSession> m_sessions;
    QString m_location;
};

} // namespace attend
