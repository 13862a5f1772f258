#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace attend {

// The scheduling priority a session obtained for the thread that paints and stamps, as stored
// in its platform record under "scheduling" (docs/timing.md).
struct PriorityGrant
{
    Q_DECLARE_TR_FUNCTIONS(PriorityGrant)
public:
    enum class Level { Realtime, Nice, Normal };

    Level level = Level::Normal;
    int value = 0;   // the SCHED_FIFO priority, or the nice value
    QString refused; // the system's answer to what was asked and not granted

    QJsonObject toJson() const;
    // From a session's platform record; nothing for a session recorded without one.
    static std::optional<PriorityGrant> fromPlatform(const QJsonObject &platform);
    // One line for the timing check and the clinician's session details.
    QString describe() const;
    // A few words for a table (the PDF's timing audit).
    QString brief() const;
};

} // namespace attend
