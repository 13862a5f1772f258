#pragma once

#include "adam.h"
#include "attentionmodel.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attend::attention {

// One finished trial of one person in one exercise, as the performance model learns from it.
struct Observation
{
    double difficulty = 0.0; // 0 easy … 1 hard
    bool correct = false;
    bool responded = false;
    double rtMs = 0.0; // when responded
    int session = 0;   // the person's session number in this exercise, from 0
    int trial = 0;     // within the session, from 0
    int kind = -1;     // the trial's kind (PerformanceModel::kindOf); −1: not told apart
};

// The attention model as a per-person predictor of the next trial (DESIGN.md §5): it keeps the
// person's history, turns it into the model's items and query, predicts before a trial and learns
// online after it (Adam over a replay window of recent trials).
//
// Items (7 features): difficulty − 0.5, correct (±1), standardised log RT, trial / 100, sessions
// ago / 4, 1, and whether the item is of the same kind as the trial to predict (+1 same, −1
// other, 0 unknown) — so that attention can look at the trials like the one to come. Query (8):
// difficulty − 0.5, trial / 100, session / 4 (capped at 12 sessions), 1, the person's own
// regularised logistic regression of correct on difficulty (its logit, within ±8) and linear
// regression of log RT on difficulty, refitted on the whole history, how much history that
// regression rests on (n / (n + 20) for n trials: the logit is shrunk by it, and without it a
// newcomer's shrunk logit of 0 read as a person at 50 %), and the kind's contrast
// (how much more or less often the person is right on this kind of trial than on all, in log
// odds). With the attention part at zero the model is therefore at least that logistic
// regression; attention over recent trials adds what it cannot see (learning, fatigue, streaks).
// Its P(correct) is recalibrated online for the person (one logit intercept learnt from their
// outcomes as they come), so that a prior that is wrong for someone is corrected within a
// session.
class PerformanceModel
{
public:
    struct Options
    {
        int items = 32;          // recent trials the attention looks at
        int replay = 32;         // recent trials each online update learns from
        int steps = 1;           // Adam steps per trial
        double rate = 1e-4;      // Adam step size (larger ones overfit the replay window)
        int memory = 1000;       // trials kept for the person's regression
        double logRtMean = 6.45; // population log RT (ms) that standardises RTs
        double logRtSd = 0.3;
        // Logit step per trial of the person's own recalibration (performancemodel.cpp says
        // why 0.08); an exercise whose level rests on few trials a session sets a larger one.
        double recalibration = 0.08;
        // The rate at which the person's log-RT offset forgets (performancemodel.cpp); none:
        // the network's log RT as it is.
        std::optional<double> rtRecalibration = std::nullopt;
    };

    struct Forecast
    {
        double pCorrect = 0.5;
        double rtMs = 0.0;        // median of the predicted RT distribution
        double uncertainty = 1.0; // how far recent predictions were off, in probability
    };

    static constexpr int kItemFeatures = 7;
    static constexpr int kQueryFeatures = 8;
    static AttentionModel::Config modelConfig();
    // Weights read from bytes (AttentionModel::serialise) that this model can use: none when they
    // are damaged or of another shape (written by a build whose features differ).
    static std::optional<AttentionModel> weightsFrom(const std::vector<std::uint8_t> &bytes);

    PerformanceModel(const AttentionModel &weights, const Options &options);

    // `kind`: of the trial to be shown, where known (kindOf); −1 otherwise.
    Forecast predict(double difficulty, int session, int trial, int kind = -1);
    // The number of a kind of trial (e.g. "mixed-switch-congruent"), given on first sight: the
    // model stores numbers, so that learning from a trial allocates nothing.
    int kindOf(const std::string &name);
    // The same, without adding: −1 for a kind no trial has been learnt from (a prediction has
    // nothing to say of it).
    int knownKind(const std::string &name) const;
    // The ablation without attention: the person's own regularised logistic regression of
    // correct on difficulty and line of log RT on difficulty, with the same prior, alone.
    Forecast regressionOnly(double difficulty);
    // Learns from a trial that has just ended.
    void observe(const Observation &observation);
    // Adds history the weights have already learnt from (loaded at the start of a session).
    void remember(const Observation &observation);

    int seen() const { return m_seen; }
    // The trials kept (oldest first), with the kind numbers of this model.
    const std::vector<Observation> &history() const { return m_history; }
    const AttentionModel &model() const { return m_model; }
    // Example builder shared with the population prior and the benchmark: the query for a trial
    // given the history so far.
    void fillExample(Example &example, double difficulty, int session, int trial, int kind);

    // A population prior: full-batch Adam on every `stride`-th trial of `people`, each trial
    // predicted from that person's history before it.
    static AttentionModel fitPrior(const std::vector<std::vector<Observation>> &people,
                                   std::uint64_t seed, int epochs, int stride = 1);

private:
    void push(const Observation &observation);
    void count(const Observation &observation, double sign);
    // The person's log odds of being right on trials of `kind` minus on all their trials, from
    // their own counts, shrunk while they are few; 0 for a kind not known.
    double kindContrast(int kind) const;
    // The network's P(correct) after the person's online recalibration.
    double calibrated(double network, int kind) const;
    // Updates the recalibrations (P(correct), log RT) and the calibration record with the
    // network's prediction made before the outcome was known.
    void track(const Prediction &network, const Observation &observation);
    void refit();
    double logRtZ(const Observation &o) const;

    Options m_options;
    AttentionModel m_model;
    Adam m_adam;
    std::vector<Observation> m_history; // oldest first, at most options.memory
    std::vector<Example> m_replay;      // a ring of the last options.replay examples
    int m_replayNext = 0, m_replayCount = 0;
    std::vector<double> m_residuals; // a ring of outcome − prediction
    int m_residualNext = 0, m_residualCount = 0;
    Example m_scratch;
    Eigen::VectorXd m_gradient;
    Eigen::Vector2d m_logistic = Eigen::Vector2d::Zero(); // logit = a + b · (difficulty − 0.5)
    Eigen::Vector2d m_rtLine = Eigen::Vector2d::Zero(); // log-RT z = c + d · (difficulty − 0.5)
    double m_recalibration = 0.0;                       // logit added to the network's prediction
    double m_rtRecalibration = 0.0;   // standardised log RT added to the network's prediction
    int m_answered = 0;               // answered trials the RT recalibration has learnt from
    std::vector<std::string> m_kinds; // by number
    // Trials and correct answers in the history, per kind and in all.
    std::vector<Eigen::Vector2d> m_kindCounts;
    std::vector<double> m_kindOffsets; // logit per kind, learnt from residuals, summing to zero
    Eigen::Vector2d m_allCounts = Eigen::Vector2d::Zero();
    bool m_dirty = false;
    int m_seen = 0;
};

} // namespace attend::attention
