#pragma once

#include <QDateTime>
#include <QString>

namespace attend {

struct Participant
{
    qint64 id = 0;
    QString code;        // pseudonymous, BIDS-safe letters and digits
    QString displayName; // kept on this machine only, never exported
    QDateTime createdAt;
    bool archived = false;
};

} // namespace attend
