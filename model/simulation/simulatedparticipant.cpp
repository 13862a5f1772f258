#include "simulatedparticipant.h"

#include <algorithm>
#include <cmath>

namespace attend::simulation {

SimulatedParticipant::SimulatedParticipant(const ParticipantProfile &profile)
    : m_profile(profile), m_rng(profile.seed)
{}

ParticipantProfile SimulatedParticipant::draw(std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> n(0.0, 1.0);
    ParticipantProfile p;
    p.ability = std::clamp(0.5 + 0.12 * n(rng), 0.15, 0.85);
    p.slope = std::clamp(0.08 * std::exp(0.25 * n(rng)), 0.03, 0.2);
    p.lapse = std::clamp(0.03 * std::exp(0.5 * n(rng)), 0.0, 0.12);
    p.learningGain = std::clamp(0.1 + 0.05 * n(rng), 0.0, 0.25);
    p.sessionsScale = std::clamp(3.0 * std::exp(0.3 * n(rng)), 1.0, 10.0);
    p.fatiguePer100Trials = std::clamp(0.01 + 0.005 * n(rng), 0.0, 0.03);
    p.rtMu = 450.0 * std::exp(0.15 * n(rng));
    p.rtSigma = 50.0 * std::exp(0.2 * n(rng));
    p.rtTau = 120.0 * std::exp(0.3 * n(rng));
    p.rtPracticeGain = std::clamp(0.15 + 0.05 * n(rng), 0.0, 0.3);
    p.rtFatiguePer100Trials = std::clamp(15.0 + 7.5 * n(rng), 0.0, 40.0);
    p.postErrorSlowingMs = std::clamp(40.0 + 20.0 * n(rng), 0.0, 100.0);
    p.seed = rng();
    return p;
}

void SimulatedParticipant::startSession(int session)
{
    m_session = session;
    m_trial = 0;
    m_afterError = false;
}

double SimulatedParticipant::ability() const
{
    const ParticipantProfile &p = m_profile;
    return p.ability + p.learningGain * (1.0 - std::exp(-m_session / p.sessionsScale)) -
           p.fatiguePer100Trials * m_trial / 100.0;
}

double SimulatedParticipant::pCorrect(double difficulty) const
{
    const ParticipantProfile &p = m_profile;
    return p.guess +
           (1.0 - p.guess - p.lapse) / (1.0 + std::exp((difficulty - ability()) / p.slope));
}

double SimulatedParticipant::meanRtMs(double difficulty) const
{
    const ParticipantProfile &p = m_profile;
    const double practice = 1.0 - p.rtPracticeGain * (1.0 - std::exp(-m_session / p.sessionsScale));
    return p.rtMu * practice + p.rtPerDifficulty * difficulty + p.rtTau +
           p.rtFatiguePer100Trials * m_trial / 100.0 + (m_afterError ? p.postErrorSlowingMs : 0.0);
}

double SimulatedParticipant::threshold(double p) const
{
    double easy = -1.0, hard = 2.0;
    for (int i = 0; i < 50; ++i) {
        const double middle = 0.5 * (easy + hard);
        (pCorrect(middle) > p ? easy : hard) = middle;
    }
    return 0.5 * (easy + hard);
}

SimulatedParticipant::Answer SimulatedParticipant::respond(double difficulty)
{
    const ParticipantProfile &p = m_profile;
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> normal(meanRtMs(difficulty) - p.rtTau, p.rtSigma);
    std::exponential_distribution<double> exponential(1.0 / p.rtTau);
    Answer a;
    // Lapses are the lapse share of trials: a guess, slower than usual.
    a.lapsed = u(m_rng) < p.lapse;
    const double pOtherwise = (pCorrect(difficulty) - p.lapse * p.guess) / (1.0 - p.lapse);
    a.correct = a.lapsed ? u(m_rng) < p.guess : u(m_rng) < pOtherwise;
    a.rtMs =
        std::max(150.0, normal(m_rng) + exponential(m_rng) + (a.lapsed ? p.lapseRtExtra : 0.0));
    ++m_trial;
    m_afterError = !a.correct;
    return a;
}

std::vector<attention::Observation> SimulatedParticipant::history(int sessions, int trials,
                                                                  std::uint64_t seed, double low,
                                                                  double high, double walk)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> level(low, high);
    std::normal_distribution<double> step(0.0, walk);
    std::vector<attention::Observation> out;
    out.reserve(std::size_t(std::max(0, sessions * trials)));
    double d = level(rng);
    for (int s = 0; s < sessions; ++s) {
        startSession(s);
        for (int i = 0; i < trials; ++i) {
            if (walk > 0.0) {
                d += step(rng);
                d = d < low ? 2.0 * low - d : d > high ? 2.0 * high - d : d;
            } else {
                d = level(rng);
            }
            const Answer a = respond(d);
            out.push_back({d, a.correct, true, a.rtMs, s, i});
        }
    }
    return out;
}

} // namespace attend::simulation
