#pragma once

#include "staircase.h"

#include <cstdint>
#include <functional>
#include <random>
#include <string>

namespace attend::adaptive {

// The accuracy training aims for, written once: the "85 % rule" (Wilson et al. 2019). An
// exercise's parameters may override it (target_accuracy). The shipped prior
// (resources/model/prior.bin, tests/bench/modelprior) was fitted on levels that know nothing of
// the target, so a change here needs no refit; the staircase's weights follow from it
// (Kaernbach 1991).
inline constexpr double kTargetAccuracy = 0.85;

// Chooses each training trial's difficulty (DESIGN.md §5). Among candidate levels near the
// current one, the level whose predicted P(correct) is closest to the target (default 0.85, the
// "85 % rule", Wilson et al. 2019), at most `maxStep` away, with a little exploration. Until the
// model has enough of this person's trials, or while it is too uncertain, a staircase decides
// (weighted up-down aimed at the same target; Kaernbach 1991).
class DifficultyController
{
public:
    struct Options
    {
        double minimum = 0.0;
        double maximum = 1.0;
        double step = 0.02;          // spacing of the candidate levels
        double maxStep = 0.06;       // the most the level moves in one trial
        double staircaseStep = 0.01; // the staircase's step up (harder); down is 5.67 × for 85 %
        double target = kTargetAccuracy;
        int minTrials = 20;           // of this person, before the model may decide
        double maxUncertainty = 0.15; // SD of the predicted P(correct) above which it may not
        double exploration = 0.05;    // share of trials on a random neighbouring candidate
        double start = 0.3;
        std::uint64_t seed = 1;
    };

    struct Prediction
    {
        double pCorrect = 0.5;
        double uncertainty = 1.0; // SD of pCorrect
    };
    using Predictor = std::function<Prediction(double level)>;

    struct Decision
    {
        double level = 0.0;
        double predictedP = -1.0; // < 0 when no prediction was used
        std::string rule;         // "staircase", "model" or "explore"
    };

    explicit DifficultyController(const Options &options);

    // The next trial's level; `trialsSeen` is how many of this person's trials the model has.
    Decision next(const Predictor &predict, int trialsSeen);
    // The outcome of the trial at the last decided level.
    void record(bool correct);
    double level() const { return m_level; }

private:
    Options m_options;
    Staircase m_staircase;
    double m_level;
    std::mt19937_64 m_rng;
};

} // namespace attend::adaptive
