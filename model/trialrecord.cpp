#include "trialrecord.h"

namespace attend {

std::optional<double> TrialRecord::rtMs() const
{
    if (!responseNs || !onsetNs)
        return importedRtMs;
    // Integer difference first, so that large session-relative times lose no precision.
    return static_cast<double>(*responseNs - *onsetNs) / 1.0e6;
}

bool countsTowardsResults(std::uint32_t flags, bool practice)
{
    return !practice && !(flags & (Superseded | Repeated));
}

} // namespace attend
