#pragma once

#include "attention/performancemodel.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <vector>

namespace attend::simulation {

// Plain data describing one simulated trainee, so that a test can draw many different people.
struct ParticipantProfile
{
    // Psychometric function of difficulty d (0 easy … 1 hard), logistic with guess and lapse:
    // P(correct) = guess + (1 − guess − lapse) / (1 + exp((d − ability) / slope)).
    double ability = 0.5; // in the first session
    double slope = 0.08;
    double guess = 0.5;
    double lapse = 0.03;   // attention lapses: a guess with a slow RT
    double lapseRun = 0.0; // P(a lapse follows a lapse); runs of lapses at the same overall rate
    // Learning across sessions: ability + gain · (1 − exp(−session / sessionsScale)).
    double learningGain = 0.1;
    double sessionsScale = 3.0;
    // Vigilance decrement within a session: ability falls by this much per 100 trials.
    double fatiguePer100Trials = 0.01;
    // Ex-Gaussian RTs (ms); the normal part's mean grows with difficulty.
    double rtMu = 450.0;
    double rtSigma = 50.0;
    double rtTau = 120.0;
    double rtPerDifficulty = 250.0;
    double lapseRtExtra = 400.0;
    // Practice speeds responses on the same curve as learning (Heathcote, Brown & Mewhort 2000:
    // exponential practice curves): μ · (1 − gain · (1 − exp(−session / sessionsScale))).
    double rtPracticeGain = 0.15;
    // Time on task slows responses (vigilance; Parasuraman 1979), ms per 100 trials.
    double rtFatiguePer100Trials = 15.0;
    // Slower after an error (post-error slowing; Rabbitt 1966), ms.
    double postErrorSlowingMs = 40.0;
    std::uint64_t seed = 1;
};

// How simulated people vary (DESIGN.md §5: simulated people are data). Each parameter is drawn
// as centre · exp(spread · z) when `logNormal` (speeds, slopes, rates), else centre + spread · z,
// and clamped to [low, high]; z is standard normal.
struct Distribution
{
    double centre = 0.0;
    double spread = 0.0;
    double low = 0.0;
    double high = 0.0;
    bool logNormal = false;
    // `normal` is shared across a person's draws (it keeps a spare variate).
    double draw(std::mt19937_64 &rng, std::normal_distribution<double> &normal) const;
};

struct Population
{
    Distribution ability{0.5, 0.12, 0.15, 0.85};
    Distribution slope{0.08, 0.25, 0.03, 0.2, true};
    Distribution guess{0.5, 0.0, 0.0, 1.0};
    Distribution lapse{0.03, 0.5, 0.0, 0.12, true};
    // Lapses of attention come in runs (Cheyne, Solman, Carriere & Smilek 2009): after a lapse
    // the next trial lapses with this probability (the lapse rate overall stays `lapse`).
    Distribution lapseRun{0.0, 0.0, 0.0, 0.9};
    Distribution learningGain{0.1, 0.05, 0.0, 0.25};
    Distribution sessionsScale{3.0, 0.3, 1.0, 10.0, true};
    Distribution fatiguePer100Trials{0.01, 0.005, 0.0, 0.03};
    Distribution rtMu{450.0, 0.15, 150.0, 2000.0, true};
    Distribution rtSigma{50.0, 0.2, 5.0, 400.0, true};
    Distribution rtTau{120.0, 0.3, 10.0, 1000.0, true};
    Distribution rtPracticeGain{0.15, 0.05, 0.0, 0.3};
    Distribution rtFatiguePer100Trials{15.0, 7.5, 0.0, 40.0};
    Distribution postErrorSlowingMs{40.0, 20.0, 0.0, 100.0};
};

struct ParticipantProfile;

// The population's parameters, written once: the name a population file uses, the distribution
// and the profile field it fills, in the order they are drawn (`afterSeed`: drawn after the
// person's own seed, so that adding them kept the standard population's people as they were).
struct PopulationParameter
{
    const char *name;
    Distribution Population::*distribution;
    double ParticipantProfile::*profile;
    bool afterSeed = false;
};
const std::vector<PopulationParameter> &populationParameters();

// A generative trainee for tests, benchmarks and `attend-cli simulate` (DESIGN.md §2).
class SimulatedParticipant
{
public:
    struct Answer
    {
        bool correct = false;
        double rtMs = 0.0;
        bool lapsed = false;
    };

    explicit SimulatedParticipant(const ParticipantProfile &profile);

    // A person drawn from `population` (by default, the standard one).
    static ParticipantProfile draw(std::uint64_t seed, const Population &population = {});

    const ParticipantProfile &profile() const { return m_profile; }
    // Session 0 is the first; trials within a session count from 0.
    void startSession(int session);
    double ability() const;
    double pCorrect(double difficulty) const;
    // Of non-lapse responses, on the next trial (after the answers so far in this session).
    double meanRtMs(double difficulty) const;
    // The difficulty answered correctly with probability `p` now (bisection on pCorrect).
    double threshold(double p) const;
    // `guess`: this trial's chance of being right by guessing, where the paradigm sets it (e.g.
    // one of eight directions); otherwise the person's.
    Answer respond(double difficulty, std::optional<double> guess = std::nullopt);
    // The same answer when a mask ended the display after `exposureMs`: a search that had not
    // finished by then is answered by guessing (see the .cpp).
    void limitExposure(Answer &answer, double exposureMs, std::optional<double> guess);

    // `sessions` × `trials` answers, as the performance model sees them: for fitting the
    // population prior and for benchmarks. Difficulties are drawn uniformly from [low, high]
    // (seeded) or, when `walk` > 0, wander from a uniform start by normal steps of SD `walk`
    // (reflected at the bounds): clustered like adaptive training's, but blind to the person.
    // `meets`: the difficulty the person answers at a level (an exercise's simulation cue for
    // the kind of trial it adapts on); none: the level itself. The observations keep the level.
    std::vector<attention::Observation> history(int sessions, int trials, std::uint64_t seed,
                                                double low = 0.1, double high = 0.9,
                                                double walk = 0.0,
                                                const std::function<double(double)> &meets = {});

private:
    ParticipantProfile m_profile;
    std::mt19937_64 m_rng;
    int m_session = 0;
    int m_trial = 0;
    bool m_afterError = false;
    bool m_afterLapse = false;
};

} // namespace attend::simulation
