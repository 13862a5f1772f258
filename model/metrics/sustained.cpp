#include "sustained.h"

#include <array>

namespace attend::metrics {

namespace {

constexpr int kPreWindow = 4;

bool usableGo(const GoNoGoTrial &t, const RtCleaning &cleaning)
{
    return t.go && t.responded && t.rtMs >= cleaning.anticipationMs &&
           !(cleaning.maxMs && t.rtMs > *cleaning.maxMs);
}

// Vigilance decrement over quarters: trial i of n is in quarter ⌊4i / n⌋ (docs/metrics.md; for
// n = 225 the quarters hold 57, 56, 56 and 56 trials).
void vigilance(const std::vector<GoNoGoTrial> &trials, const RtCleaning &cleaning,
               SustainedSummary &s)
{
    const std::size_t n = trials.size();
    if (n < 4) {
        s.rtByQuarter.reason = s.errorsByQuarter.reason = "needs at least four trials";
        return;
    }
    std::array<std::vector<double>, 4> rts;
    std::array<int, 4> errors{}, count{};
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t q = vigilanceQuarter(i, n);
        const GoNoGoTrial &t = trials[i];
        ++count[q];
        errors[q] += t.go != t.responded;
        if (usableGo(t, cleaning))
            rts[q].push_back(t.rtMs);
    }
    std::vector<double> quarterX, quarterRt, errorX, errorRate;
    for (std::size_t q = 0; q < 4; ++q) {
        errorX.push_back(double(q + 1));
        errorRate.push_back(double(errors[q]) / count[q]);
        if (!rts[q].empty()) {
            quarterX.push_back(double(q + 1));
            quarterRt.push_back(mean(rts[q]).value);
        }
    }
    s.rtByQuarter = fitLine(quarterX, quarterRt);
    s.errorsByQuarter = fitLine(errorX, errorRate);
}

} // namespace

SustainedSummary summariseSustained(const std::vector<GoNoGoTrial> &trials,
                                    const RtCleaning &cleaning)
{
    SustainedSummary s;
    std::vector<double> goRts;
    for (const GoNoGoTrial &t : trials) {
        if (t.go) {
            ++s.goTrials;
            if (!t.responded)
                ++s.omissions;
            else
                goRts.push_back(t.rtMs);
        } else {
            ++s.noGoTrials;
            s.commissions += t.responded;
        }
    }
    s.goRt = summariseRts(goRts, cleaning);
    s.anticipations = s.goRt.anticipations;
    s.commissionRate = Estimate::proportion(s.commissions, s.noGoTrials, "no no-go trials");
    s.omissionRate = Estimate::proportion(s.omissions, s.goTrials, "no go trials");
    s.counts = {s.noGoTrials - s.commissions, s.commissions, s.omissions, s.goTrials - s.omissions};
    s.dPrime = dPrime(s.counts);
    s.criterion = criterion(s.counts);

    vigilance(trials, cleaning, s);
    const std::size_t n = trials.size();

    std::vector<double> afterCommission, afterWithhold, beforeCommission, beforeWithhold;
    for (std::size_t i = 0; i < n; ++i) {
        const GoNoGoTrial &t = trials[i];
        if (t.go)
            continue;
        if (i + 1 < n && usableGo(trials[i + 1], cleaning))
            (t.responded ? afterCommission : afterWithhold).push_back(trials[i + 1].rtMs);
        if (i < std::size_t(kPreWindow))
            continue;
        double sum = 0.0;
        bool complete = true;
        for (std::size_t k = i - kPreWindow; k < i; ++k) {
            complete = complete && usableGo(trials[k], cleaning);
            sum += trials[k].rtMs;
        }
        if (complete)
            (t.responded ? beforeCommission : beforeWithhold).push_back(sum / kPreWindow);
    }
    s.postErrorSlowing =
        Estimate::difference(mean(afterCommission), mean(afterWithhold),
                             "needs go responses after commissions and after withholds");
    s.preCommissionRt = mean(beforeCommission);
    s.preWithholdRt = mean(beforeWithhold);
    s.preCommissionSpeeding = Estimate::difference(
        s.preCommissionRt, s.preWithholdRt, "needs complete go windows before both outcomes");
    return s;
}

CptBlockSummary summariseCptBlocks(const std::vector<CptHit> &hits, const RtCleaning &cleaning)
{
    std::map<double, std::vector<double>> byIsi;
    std::map<int, std::vector<double>> byBlock;
    for (const CptHit &h : hits) {
        byBlock[h.block].push_back(h.rtMs);
        if (h.precedingIsiS)
            byIsi[*h.precedingIsiS].push_back(h.rtMs);
    }
    CptBlockSummary s;
    for (const auto &[isi, rts] : byIsi)
        s.meanRtByIsi[isi] = summariseRts(rts, cleaning).mean;
    s.rtByIsi = lineThrough(s.meanRtByIsi);
    std::map<int, Estimate> blockMeans;
    for (const auto &[block, rts] : byBlock) {
        const RtSummary r = summariseRts(rts, cleaning);
        s.rtSdByBlock[block] = r.sd;
        blockMeans[block] = r.mean;
    }
    s.rtByBlock = lineThrough(blockMeans);
    return s;
}

} // namespace attend::metrics
