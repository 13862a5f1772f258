#pragma once

#include "linearfit.h"
#include "rtsummary.h"
#include "signaldetection.h"

#include <map>
#include <optional>
#include <vector>

namespace attend::metrics {

// One trial of a go/no-go sustained-attention task (SART, not-X CPT), in presentation order.
struct GoNoGoTrial
{
    bool go = true;
    bool responded = false;
    double rtMs = 0.0;
};

struct SustainedSummary
{
    int goTrials = 0;
    int noGoTrials = 0;
    int commissions = 0;   // responses on no-go trials
    int omissions = 0;     // no response on go trials
    int anticipations = 0; // go responses faster than RtCleaning::anticipationMs
    Estimate commissionRate;
    Estimate omissionRate;
    RtSummary goRt; // responded go trials after cleaning; mean, SD, CV
    // Signal = the no-go stimulus: a hit is a withheld response to it, a false alarm a withheld
    // response to a go stimulus (an omission). Log-linear correction (Hautus 1995).
    SdtCounts counts;
    Estimate dPrime;
    Estimate criterion;
    // Vigilance decrement: trials split into four consecutive quarters; least-squares slopes of
    // the quarter's mean go RT (ms per quarter) and error rate (commissions + omissions over
    // trials, per quarter) on the quarter number 1–4.
    LineFit rtByQuarter;
    LineFit errorsByQuarter;
    // Post-error slowing: mean RT of go trials directly after a commission − mean RT of go
    // trials directly after a correctly withheld no-go (same preceding stimulus, different
    // outcome; Rabbitt 1966).
    Estimate postErrorSlowing;
    // Pre-commission speeding (Robertson et al. 1997): mean RT of the four go trials before a
    // commission − before a correct withhold; windows whose four trials are not all answered,
    // non-anticipatory go trials are skipped. Negative = faster before errors.
    Estimate preCommissionRt;
    Estimate preWithholdRt;
    Estimate preCommissionSpeeding;
};

// The vigilance quarter (0–3) of trial i of n: ⌊4i / n⌋, the one definition the summary and
// docs/metrics.md use.
constexpr std::size_t vigilanceQuarter(std::size_t i, std::size_t n)
{
    return 4 * i / n;
}

SustainedSummary summariseSustained(const std::vector<GoNoGoTrial> &trials,
                                    const RtCleaning &cleaning = {});

// A hit of the CPT (a response to a letter other than X) with where it stood: its block and the
// inter-stimulus interval before it (s; none after a pause, e.g. a block's first letter).
struct CptHit
{
    int block = 0;
    std::optional<double> precedingIsiS;
    double rtMs = 0.0;
};

// The CPT's block and interval measures (Conners 2000): hit RTs (anticipations removed) by the
// interval that preceded the letter — the pace the person was held to, which is what slows or
// speeds them — and by block.
struct CptBlockSummary
{
    std::map<double, Estimate> meanRtByIsi; // preceding ISI (s) → mean hit RT (ms)
    std::map<int, Estimate> rtSdByBlock;    // block → SD of hit RTs (ms)
    LineFit rtByBlock; // hit-RT change across blocks: block means on block number (ms/block)
    LineFit rtByIsi;   // hit-RT change across intervals: ISI means on ISI in s (ms/s)
};

CptBlockSummary summariseCptBlocks(const std::vector<CptHit> &hits,
                                   const RtCleaning &cleaning = {});

} // namespace attend::metrics
