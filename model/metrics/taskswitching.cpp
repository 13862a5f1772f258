#include "taskswitching.h"

#include <functional>

namespace attend::metrics {

namespace {

// A trial with the context the exclusion rules need.
struct Scored
{
    const SwitchTrial *trial;
    bool firstInBlock;
    bool afterError;
};

std::vector<Scored> withContext(const std::vector<SwitchTrial> &trials)
{
    std::vector<Scored> scored;
    for (std::size_t i = 0; i < trials.size(); ++i) {
        const bool first = i == 0 || trials[i - 1].block != trials[i].block;
        const bool afterError = !first && !(trials[i - 1].responded && trials[i - 1].correct);
        scored.push_back({&trials[i], first, afterError});
    }
    return scored;
}

// Mean cleaned correct RT of the eligible trials that satisfy `keep`.
Estimate meanRt(const std::vector<Scored> &scored, const RtCleaning &cleaning,
                const std::function<bool(const SwitchTrial &)> &keep)
{
    std::vector<double> rts;
    int excluded = 0;
    for (const Scored &s : scored) {
        if (!keep(*s.trial))
            continue;
        if (s.firstInBlock || s.afterError || !s.trial->responded || !s.trial->correct) {
            ++excluded;
            continue;
        }
        rts.push_back(s.trial->rtMs);
    }
    Estimate m = summariseRts(rts, cleaning).mean;
    m.excluded += excluded;
    return m;
}

} // namespace

SwitchSummary summariseSwitching(const std::vector<SwitchTrial> &trials, const RtCleaning &cleaning)
{
    const std::vector<Scored> scored = withContext(trials);
    SwitchSummary s;

    const auto mixedSwitch = [](const SwitchTrial &t) { return t.mixedBlock && t.isSwitch; };
    const auto mixedRepeat = [](const SwitchTrial &t) { return t.mixedBlock && !t.isSwitch; };
    const Estimate switchRt = meanRt(scored, cleaning, mixedSwitch);
    const Estimate repeatRt = meanRt(scored, cleaning, mixedRepeat);
    s.switchCostRt =
        Estimate::difference(switchRt, repeatRt, "needs correct switch and repeat trials");
    const Estimate cueSwitchRt =
        meanRt(scored, cleaning, [](const SwitchTrial &t) { return t.mixedBlock && t.cueSwitch; });
    s.taskSwitchCostRt = Estimate::difference(switchRt, cueSwitchRt,
                                              "needs correct task-switch and cue-switch trials");
    s.cueSwitchCostRt = Estimate::difference(
        cueSwitchRt,
        meanRt(scored, cleaning,
               [](const SwitchTrial &t) { return t.mixedBlock && !t.isSwitch && !t.cueSwitch; }),
        "needs correct cue-switch and cue-repeat trials");
    s.mixingCostRt = Estimate::difference(
        repeatRt, meanRt(scored, cleaning, [](const SwitchTrial &t) { return !t.mixedBlock; }),
        "needs correct repeat trials in mixed blocks and trials in pure blocks");
    s.congruencyEffectRt = Estimate::difference(
        meanRt(scored, cleaning, [](const SwitchTrial &t) { return !t.congruent; }),
        meanRt(scored, cleaning, [](const SwitchTrial &t) { return t.congruent; }),
        "needs correct congruent and incongruent trials");

    std::map<int, bool> ctis;
    for (const SwitchTrial &t : trials)
        if (t.mixedBlock)
            ctis[t.ctiMs] = true;
    for (const auto &entry : ctis) {
        const int cti = entry.first;
        s.switchCostRtByCti[cti] =
            Estimate::difference(meanRt(scored, cleaning,
                                        [cti](const SwitchTrial &t) {
                                            return t.mixedBlock && t.isSwitch && t.ctiMs == cti;
                                        }),
                                 meanRt(scored, cleaning,
                                        [cti](const SwitchTrial &t) {
                                            return t.mixedBlock && !t.isSwitch && t.ctiMs == cti;
                                        }),
                                 "needs correct switch and repeat trials at this interval");
    }

    int switchErrors = 0, repeatErrors = 0, correct = 0, excluded = 0;
    for (const Scored &sc : scored) {
        const SwitchTrial &t = *sc.trial;
        correct += t.responded && t.correct;
        if (!t.mixedBlock)
            continue;
        if (sc.firstInBlock || sc.afterError) {
            ++excluded;
            continue;
        }
        const bool error = !(t.responded && t.correct);
        TransitionCell &cell = t.isSwitch ? s.switches : s.repeats;
        ++cell.trials;
        if (!error && t.rtMs >= cleaning.anticipationMs)
            cell.correctRtsMs.push_back(t.rtMs);
        (t.isSwitch ? switchErrors : repeatErrors) += error;
    }
    const int switches = s.switches.trials, repeats = s.repeats.trials;
    if (switches == 0 || repeats == 0)
        s.errorSwitchCost =
            Estimate::notEnough(switches + repeats, excluded, "needs switch and repeat trials");
    else
        s.errorSwitchCost =
            Estimate::of(double(switchErrors) / switches - double(repeatErrors) / repeats,
                         switches + repeats, excluded);
    s.accuracy = trials.empty()
                     ? Estimate::notEnough(0, 0, "no trials")
                     : Estimate::of(double(correct) / double(trials.size()), int(trials.size()));
    return s;
}

} // namespace attend::metrics
