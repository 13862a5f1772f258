#pragma once

#include <vector>

namespace attend::adaptive {

// A transformed or weighted up-down staircase on one difficulty dimension, where a higher level
// is harder. After `downAfter` correct answers in a row the level goes up (harder) by `stepUp`;
// after each error it goes down (easier) by `stepDown`.
// - Transformed up-down (Levitt 1971): equal steps; 1-up/3-down converges on the level answered
//   correctly with p = 0.5^(1/3) = 0.794, 1-up/2-down on p = 0.707.
// - Weighted up-down (Kaernbach 1991): downAfter = 1 and stepDown / stepUp = p / (1 − p)
//   converges on p, e.g. 0.85 with stepDown = 5.67 × stepUp.
class Staircase
{
public:
    struct Options
    {
        double start = 0.0;
        double minimum = 0.0;
        double maximum = 1.0;
        double stepUp = 0.05;   // harder, after `downAfter` correct in a row
        double stepDown = 0.05; // easier, after an error
        int downAfter = 3;
    };

    explicit Staircase(const Options &options);
    static Options levitt(int downAfter, double start, double minimum, double maximum, double step);
    static Options weighted(double targetP, double start, double minimum, double maximum,
                            double stepUp);
    // The proportion correct the rule converges on.
    static double convergencePoint(const Options &options);

    double level() const { return m_level; }
    void record(bool correct);
    // Continues from `level` (clamped), keeping the run and direction: for a staircase that
    // shares the decisions with another rule.
    void moveTo(double level);
    int trials() const { return m_trials; }
    // Levels at which the direction changed (Levitt 1971: the threshold is their mean).
    const std::vector<double> &reversals() const { return m_reversals; }
    // Mean of the last `count` reversal levels (all if fewer); the current level if none.
    double threshold(int count) const;

private:
    Options m_options;
    double m_level;
    int m_run = 0;       // correct answers in a row since the last change
    int m_direction = 0; // +1 last change harder, −1 easier, 0 none yet
    int m_trials = 0;
    std::vector<double> m_reversals;
};

} // namespace attend::adaptive
