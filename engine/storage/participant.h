#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace attend {

struct Participant
{
    qint64 id = 0;
    QString code;        // pseudonymous, BIDS-safe letters and digits
    QString displayName; // kept on this machine only, never exported
    QDateTime createdAt;
    bool archived = false;
};

// What a clinician chooses to record about a participant (docs/storage.md); each field may stay
// empty. Kept on this computer like the display name: exported only when names are.
struct ParticipantDetails
{
    QString notes;
    std::optional<int> birthYear;
    QString handedness; // "left", "right", "ambidextrous" or empty
    QString vision;     // "none", "glasses", "contact-lenses" or empty
};

} // namespace attend
