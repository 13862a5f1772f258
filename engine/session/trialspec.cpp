#include "trialspec.h"

namespace attend {

int TrialSpec::onsetPhase() const
{
    for (std::size_t i = 0; i < phases.size(); ++i)
        if (phases[i].stimulus)
            return int(i);
    return -1;
}

} // namespace attend
