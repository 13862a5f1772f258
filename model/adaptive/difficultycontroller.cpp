#include "difficultycontroller.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace attend::adaptive {

DifficultyController::DifficultyController(const Options &options)
    : m_options(options),
      m_staircase(Staircase::weighted(options.target, options.start, options.minimum,
                                      options.maximum, options.staircaseStep)),
      m_level(std::clamp(options.start, options.minimum, options.maximum)), m_rng(options.seed)
{}

DifficultyController::Decision DifficultyController::next(const Predictor &predict, int trialsSeen)
{
    const Options &o = m_options;
    if (trialsSeen < o.minTrials || !predict) {
        m_level = m_staircase.level();
        return {m_level, -1.0, "staircase"};
    }
    std::vector<double> candidates;
    const int reach = int(std::floor(o.maxStep / o.step + 1e-9));
    for (int k = -reach; k <= reach; ++k) {
        const double level = m_level + k * o.step;
        if (level >= o.minimum - 1e-12 && level <= o.maximum + 1e-12)
            candidates.push_back(std::clamp(level, o.minimum, o.maximum));
    }
    const Prediction here = predict(m_level);
    if (here.uncertainty > o.maxUncertainty) {
        m_level = m_staircase.level();
        return {m_level, here.pCorrect, "staircase"};
    }
    std::uniform_real_distribution<double> u(0.0, 1.0);
    if (u(m_rng) < o.exploration) {
        std::uniform_int_distribution<std::size_t> pick(0, candidates.size() - 1);
        m_level = candidates[pick(m_rng)];
        return {m_level, predict(m_level).pCorrect, "explore"};
    }
    double best = m_level, bestP = here.pCorrect, bestGap = INFINITY;
    for (double level : candidates) {
        const double p = predict(level).pCorrect;
        const double gap = std::abs(p - o.target);
        if (gap < bestGap) {
            bestGap = gap;
            best = level;
            bestP = p;
        }
    }
    m_level = best;
    return {m_level, bestP, "model"};
}

void DifficultyController::record(bool correct)
{
    // The staircase follows every trial from the level actually used, so that it carries on
    // from there whenever it has to decide again.
    m_staircase.moveTo(m_level);
    m_staircase.record(correct);
}

} // namespace attend::adaptive
