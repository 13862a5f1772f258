#pragma once

#include "timing/schedulingsystem.h"

#include <QStringList>
#include <cerrno>

namespace attend::testing {

// A scheduling system that grants or refuses as told and writes down every call, in order.
class FakeScheduling : public SchedulingSystem
{
public:
    bool allowRealtime = true;
    bool allowNice = true;
    int niceValue = 0;
    QStringList calls;

    std::optional<int> setRealtime(int priority) override
    {
        calls << QStringLiteral("realtime %1").arg(priority);
        return allowRealtime ? std::nullopt : std::optional<int>(EPERM);
    }
    std::optional<int> setNormal() override
    {
        calls << QStringLiteral("normal");
        return std::nullopt;
    }
    std::optional<int> setNice(int value) override
    {
        calls << QStringLiteral("nice %1").arg(value);
        if (!allowNice && value < niceValue)
            return EACCES;
        niceValue = value;
        return std::nullopt;
    }
    int nice() const override { return niceValue; }
    void guardRealtime(std::chrono::milliseconds soft, std::chrono::milliseconds hard) override
    {
        calls << QStringLiteral("guard %1 %2").arg(soft.count()).arg(hard.count());
    }
};

} // namespace attend::testing
