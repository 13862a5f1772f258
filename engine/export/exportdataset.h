#pragma once

#include "result.h"
#include "storage/participant.h"
#include "storage/sessionrepository.h"
#include "trialrecord.h"

#include <QDate>
#include <QStringList>
#include <functional>
#include <vector>

namespace attend {

class Database;

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
    int number = 0; // the participant's n-th exported session (BIDS ses-<n>)
    StoredSession session;
    std::vector<TrialRecord> trials; // every stored trial, practice and reruns included
};

// The sessions an export writes, read once from the database (which exports never change).
class ExportDataset
{
public:
    static Result<ExportDataset> load(Database &db, const ExportSelection &selection);

    const ExportSelection &selection() const { return m_selection; }
    const std::vector<ExportedSession> &sessions() const { return m_sessions; }
    QString databaseLocation() const { return m_location; }
    // The exported participants in code order, each once.
    std::vector<Participant> participants() const;

private:
    ExportSelection m_selection;
    std::vector<ExportedSession> m_sessions;
    QString m_location;
};

} // namespace attend
