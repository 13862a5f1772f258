#pragma once

#include "attention/performancemodel.h"

#include <cstdint>
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
    double lapse = 0.03; // attention lapses: a guess with a slow RT
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

    // A person drawn from a population around the defaults (abilities, slopes, speeds, learning).
    static ParticipantProfile draw(std::uint64_t seed);

    const ParticipantProfile &profile() const { return m_profile; }
    // Session 0 is the first; trials within a session count from 0.
    void startSession(int session);
    double ability() const;
    double pCorrect(double difficulty) const;
    // Of non-lapse responses, on the next trial (after the answers so far in this session).
    double meanRtMs(double difficulty) const;
    // The difficulty answered correctly with probability `p` now (bisection on pCorrect).
    double threshold(double p) const;
    Answer respond(double difficulty);

    // `sessions` × `trials` answers, as the performance model sees them: for fitting the
    // population prior and for benchmarks. Difficulties are drawn uniformly from [low, high]
    // (seeded) or, when `walk` > 0, wander from a uniform start by normal steps of SD `walk`
    // (reflected at the bounds): clustered like adaptive training's, but blind to the person.
    std::vector<attention::Observation> history(int sessions, int trials, std::uint64_t seed,
                                                double low = 0.1, double high = 0.9,
                                                double walk = 0.0);

private:
    ParticipantProfile m_profile;
    std::mt19937_64 m_rng;
    int m_session = 0;
    int m_trial = 0;
    bool m_afterError = false;
};

} // namespace attend::simulation
