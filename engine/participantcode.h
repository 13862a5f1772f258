#pragma once

#include <QCoreApplication>
#include <QString>

namespace attend {

// Participant codes are pseudonyms that become BIDS labels ("sub-<label>"): letters and digits
// only (BIDS 1.9, "label" entity values are alphanumeric).
class ParticipantCode
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantCode)

public:
    static constexpr int kMaxLength = 32;
    // Empty when the code is acceptable, otherwise a sentence saying what is wrong with it.
    static QString problem(const QString &code);
};

} // namespace attend
