#include "trialspec.h"

#include <algorithm>
#include <cmath>

namespace attend {

int TrialSpec::onsetPhase() const
{
    for (std::size_t i = 0; i < phases.size(); ++i)
        if (phases[i].stimulus)
            return int(i);
    return -1;
}

int framesFor(double ms, double refreshHz)
{
    return std::max(1, int(std::lround(ms * refreshHz / 1000.0)));
}

} // namespace attend
