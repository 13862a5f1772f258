#pragma once

// The value of one measure of an exercise's summary in tests: NaN when it is missing or has no
// value.

#include "exercise.h"

#include <cmath>

namespace attend::testing {

inline double measure(const std::vector<Measure> &measures, const QString &key)
{
    for (const Measure &m : measures)
        if (m.key == key)
            return m.ok ? m.value : std::nan("");
    return std::nan("");
}

} // namespace attend::testing
