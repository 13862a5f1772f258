#pragma once

#include <string>

namespace attend::metrics {

enum class Status {
    Ok,
    NotEnoughTrials, // too few trials survived the cleaning rules
    Undefined,       // the measure does not exist for these data (e.g. a zero denominator)
};

// A measure's value together with how many trials it rests on. A value is only meaningful when
// ok(); otherwise `reason` says why there is none. Never NaN.
struct Estimate
{
    Status status = Status::NotEnoughTrials;
    double value = 0.0;
    int used = 0;     // trials (or units) that entered the computation
    int excluded = 0; // trials removed by the stated cleaning rules
    std::string reason;

    bool ok() const { return status == Status::Ok; }

    static Estimate of(double value, int used, int excluded = 0)
    {
        return {Status::Ok, value, used, excluded, {}};
    }
    static Estimate notEnough(int used, int excluded, std::string reason)
    {
        return {Status::NotEnoughTrials, 0.0, used, excluded, std::move(reason)};
    }
    static Estimate undefined(int used, int excluded, std::string reason)
    {
        return {Status::Undefined, 0.0, used, excluded, std::move(reason)};
    }
    // count / total; not enough (with `reason`) when `total` is zero.
    static Estimate proportion(int count, int total, std::string reason)
    {
        if (total == 0)
            return notEnough(0, 0, std::move(reason));
        return of(double(count) / total, total);
    }
    // a − b, resting on the trials of both; not enough (with `reason`) unless both have a value.
    static Estimate difference(const Estimate &a, const Estimate &b, std::string reason)
    {
        if (!a.ok() || !b.ok())
            return notEnough(a.used + b.used, a.excluded + b.excluded, std::move(reason));
        return of(a.value - b.value, a.used + b.used, a.excluded + b.excluded);
    }
};

} // namespace attend::metrics
