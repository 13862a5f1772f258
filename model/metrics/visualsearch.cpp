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
    for (const auto &[setSize, values] : rts)
        slope.meanRtBySetSize[setSize] = summariseRts(values, cleaning).mean;
    slope.fit = lineThrough(slope.meanRtBySetSize);
    return slope;
}

// Accuracy per set size and the line of the error rate on set size.
void addAccuracyBySetSize(const std::vector<SearchTrial> &trials, SearchSummary &s)
{
    std::map<int, std::pair<int, int>> counts; // set size → (answered, correct)
    for (const SearchTrial &t : trials)
        if (t.responded) {
            ++counts[t.setSize].first;
            counts[t.setSize].second += t.correct;
        }
    std::vector<double> x, errors;
    for (const auto &[setSize, n] : counts) {
        s.accuracyBySetSize[setSize] = Estimate::proportion(n.second, n.first, "no answers");
        x.push_back(setSize);
        errors.push_back(1.0 - double(n.second) / n.first);
    }
    s.errorSlope = fitLine(x, errors);
}

} // namespace

Estimate slopeRatio(const SearchSummary &s)
{
    if (!s.present.fit.ok() || !s.absent.fit.ok())
        return Estimate::notEnough(0, 0, "needs both slopes");
    if (s.present.fit.slope < kMinPresentSlopeForRatio)
        return Estimate::undefined(0, 0,
                                   "not defined: the target-present slope is under 5 ms/item");
    return Estimate::of(s.absent.fit.slope / s.present.fit.slope, 2);
}

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
    addAccuracyBySetSize(trials, s);
    std::vector<double> correctRts;
    for (const SearchTrial &t : trials)
        if (t.responded && t.correct)
            correctRts.push_back(t.rtMs);
    s.inverseEfficiency = inverseEfficiency(summariseRts(correctRts, cleaning).mean, s.accuracy);
    return s;
}

} // namespace attend::metrics
