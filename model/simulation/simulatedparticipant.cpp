#include "simulatedparticipant.h"

#include <algorithm>
#include <cmath>

namespace attend::simulation {

SimulatedParticipant::SimulatedParticipant(const ParticipantProfile &profile)
    : m_profile(profile), m_rng(profile.seed)
{}

double Distribution::draw(std::mt19937_64 &rng, std::normal_distribution<double> &normal) const
{
    const double z = normal(rng);
    return std::clamp(logNormal ? centre * std::exp(spread * z) : centre + spread * z, low, high);
}

const std::vector<PopulationParameter> &populationParameters()
{
    using P = Population;
    using F = ParticipantProfile;
    static const std::vector<PopulationParameter> all = {
        {"ability", &P::ability, &F::ability},
        {"slope", &P::slope, &F::slope},
        {"lapse", &P::lapse, &F::lapse},
        {"learning_gain", &P::learningGain, &F::learningGain},
        {"sessions_scale", &P::sessionsScale, &F::sessionsScale},
        {"fatigue_per_100_trials", &P::fatiguePer100Trials, &F::fatiguePer100Trials},
        {"rt_mu_ms", &P::rtMu, &F::rtMu},
        {"rt_sigma_ms", &P::rtSigma, &F::rtSigma},
        {"rt_tau_ms", &P::rtTau, &F::rtTau},
        {"rt_practice_gain", &P::rtPracticeGain, &F::rtPracticeGain},
        {"rt_fatigue_per_100_trials_ms", &P::rtFatiguePer100Trials, &F::rtFatiguePer100Trials},
        {"post_error_slowing_ms", &P::postErrorSlowingMs, &F::postErrorSlowingMs},
        {"guess", &P::guess, &F::guess, true},
        {"lapse_run", &P::lapseRun, &F::lapseRun, true},
    };
    return all;
}

ParticipantProfile SimulatedParticipant::draw(std::uint64_t seed, const Population &population)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> n(0.0, 1.0);
    ParticipantProfile p;
    bool seeded = false;
    for (const PopulationParameter &parameter : populationParameters()) {
        if (parameter.afterSeed && !seeded) {
            p.seed = rng();
            seeded = true;
        }
        p.*(parameter.profile) = (population.*(parameter.distribution)).draw(rng, n);
    }
    return p;
}

void SimulatedParticipant::startSession(int session)
{
    m_session = session;
    m_trial = 0;
    m_afterError = false;
    m_afterLapse = false;
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

SimulatedParticipant::Answer SimulatedParticipant::respond(double difficulty,
                                                           std::optional<double> guess)
{
    const ParticipantProfile &p = m_profile;
    const double g = guess.value_or(p.guess);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> normal(meanRtMs(difficulty) - p.rtTau, p.rtSigma);
    std::exponential_distribution<double> exponential(1.0 / p.rtTau);
    Answer a;
    // Lapses are the lapse share of trials: a guess, slower than usual. Where they come in runs,
    // a lapse follows a lapse with P = lapseRun and a non-lapse less often, so that the overall
    // rate stays `lapse`: P(lapse | no lapse) = lapse · (1 − lapseRun) / (1 − lapse).
    const double pLapse =
        m_afterLapse
            ? std::max(p.lapse, p.lapseRun)
            : (p.lapseRun > p.lapse ? p.lapse * (1.0 - p.lapseRun) / (1.0 - p.lapse) : p.lapse);
    a.lapsed = u(m_rng) < pLapse;
    const double pRight =
        g + (1.0 - g - p.lapse) / (1.0 + std::exp((difficulty - ability()) / p.slope));
    const double pOtherwise = (pRight - p.lapse * g) / (1.0 - p.lapse);
    a.correct = a.lapsed ? u(m_rng) < g : u(m_rng) < pOtherwise;
    m_afterLapse = a.lapsed;
    a.rtMs =
        std::max(150.0, normal(m_rng) + exponential(m_rng) + (a.lapsed ? p.lapseRtExtra : 0.0));
    ++m_trial;
    m_afterError = !a.correct;
    return a;
}

// Accuracy in a masked display rises with exposure as search gets time to finish (Dosher, Han &
// Lu 2004: time-limited search). The search took the answer's RT less what is not search —
// encoding, decision and key press, about 400 ms (the intercept of search RT functions; Wolfe
// 1998); if that is longer than the display, the mask found it unfinished and the answer is a
// guess. Shown until the answer, nothing changes.
void SimulatedParticipant::limitExposure(Answer &answer, double exposureMs,
                                         std::optional<double> guess)
{
    constexpr double kNotSearchMs = 400.0;
    if (answer.rtMs - kNotSearchMs <= exposureMs)
        return;
    std::uniform_real_distribution<double> u(0.0, 1.0);
    answer.correct = u(m_rng) < guess.value_or(m_profile.guess);
    m_afterError = !answer.correct;
}

std::vector<attention::Observation>
SimulatedParticipant::history(int sessions, int trials, std::uint64_t seed, double low, double high,
                              double walk, const std::function<double(double)> &meets)
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
            const Answer a = respond(meets ? meets(d) : d);
            out.push_back({d, a.correct, true, a.rtMs, s, i, -1});
        }
    }
    return out;
}

} // namespace attend::simulation
