#include "prioritygrant.h"

namespace attend {

namespace {

const QString kKey = QStringLiteral("scheduling");

QString levelName(PriorityGrant::Level level)
{
    switch (level) {
    case PriorityGrant::Level::Realtime:
        return QStringLiteral("realtime");
    case PriorityGrant::Level::Nice:
        return QStringLiteral("nice");
    case PriorityGrant::Level::Normal:
        break;
    }
    return QStringLiteral("normal");
}

} // namespace

QJsonObject PriorityGrant::toJson() const
{
    QJsonObject o{{QStringLiteral("level"), levelName(level)}};
    if (level == Level::Realtime)
        o.insert(QStringLiteral("policy"), QStringLiteral("SCHED_FIFO"));
    if (level != Level::Normal)
        o.insert(QStringLiteral("value"), value);
    if (!refused.isEmpty())
        o.insert(QStringLiteral("refused"), refused);
    return o;
}

std::optional<PriorityGrant> PriorityGrant::fromPlatform(const QJsonObject &platform)
{
    const QJsonObject o = platform.value(kKey).toObject();
    const QString name = o.value(QStringLiteral("level")).toString();
    PriorityGrant grant;
    for (Level level : {Level::Realtime, Level::Nice, Level::Normal})
        if (levelName(level) == name)
            grant.level = level;
    if (levelName(grant.level) != name)
        return std::nullopt;
    grant.value = o.value(QStringLiteral("value")).toInt();
    grant.refused = o.value(QStringLiteral("refused")).toString();
    return grant;
}

QString PriorityGrant::describe() const
{
    switch (level) {
    case Level::Realtime:
        return tr("Scheduling: real-time priority %1 during the session.").arg(value);
    case Level::Nice:
        return tr("Scheduling: raised priority (nice %1) during the session; real-time priority "
                  "was not allowed (%2).")
            .arg(value)
            .arg(refused);
    case Level::Normal:
        break;
    }
    return tr("Scheduling: normal priority; a higher one was not allowed (%1). See "
              "docs/timing.md for how an administrator grants it.")
        .arg(refused);
}

QString PriorityGrant::brief() const
{
    switch (level) {
    case Level::Realtime:
        return tr("real-time %1").arg(value);
    case Level::Nice:
        return tr("nice %1").arg(value);
    case Level::Normal:
        break;
    }
    return tr("normal");
}

} // namespace attend
