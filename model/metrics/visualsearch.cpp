#include "visualsearch.h"

namespace attend::metrics {

namespace {

SearchSlope slopeFor(const std::vector<SearchTrial> &trials, bool present,
                     const RtCleaning &cleaning)
{
    std::map<int, std::vector<double>> rts;
    for (const SearchTrial &t : trials)
        if (t.targetPresent == present && t.responded && t.correct)
            rts[t.setSize].push_back(t.rtMs);
    SearchSlope slope;
    std::vector<double> x, y;
    for (const auto &[setSize, values] : rts) {
        const RtSummary s = summariseRts(values, cleaning);
        slope.meanRtBySetSize[setSize] = s.mean;
        if (s.mean.ok()) {
            x.push_back(setSize);
            y.push_back(s.mean.value);
        }
    }
    slope.fit = fitLine(x, y);
    return slope;
}

} // namespace

SearchSummary summariseSearch(const std::vector<SearchTrial> &trials, const RtCleaning &cleaning)
{
    SearchSummary s;
    s.present = slopeFor(trials, true, cleaning);
    s.absent = slopeFor(trials, false, cleaning);
    int responded = 0, correct = 0, present = 0, misses = 0, absent = 0, falseAlarms = 0;
    for (const SearchTrial &t : trials) {
        if (!t.responded) {
            ++s.noResponse;
            continue;
        }
        ++responded;
        correct += t.correct;
        if (t.targetPresent) {
            ++present;
            misses += !t.correct;
        } else {
            ++absent;
            falseAlarms += !t.correct;
        }
    }
    s.accuracy = Estimate::proportion(correct, responded, "no responses");
    s.missRate = Estimate::proportion(misses, present, "no answered target-present trials");
    s.falseAlarmRate =
        Estimate::proportion(falseAlarms, absent, "no answered target-absent trials");
    s.accuracy.excluded = s.noResponse;
    return s;
}

} // namespace attend::metrics
