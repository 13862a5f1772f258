// Do the model-based controller's choices reach the target band faster than a staircase alone
// (DESIGN.md §5)? 200 simulated participants train for three sessions of 150 trials, once with
// the DifficultyController (the shipped prior, online updates, the staircase deciding until the
// model may) and once with each of three weighted up-down staircases alone (steps up of 0.005,
// 0.01 — the one the controller falls back on — and 0.02; down 5.67 × as much). Because the people
// are simulated, each trial's true P(correct) at the chosen level is known: a session "reaches
// the band" at the first trial from which the mean true P(correct) of the last 20 trials stays
// within 0.85 ± 0.03 to the end. Prints, per session, the mean trials to the band (sessions
// that never settle count as 150), the share that settle, and the observed and true accuracy of
// the last 50 trials, with their SD over five groups of participants.
// usage: controllercompare [participants]   (STEP, MAXSTEP, EXPLORE: the controller's candidate
// spacing, largest step per trial and exploration share; defaults as in the controller)

#include "adaptive/difficultycontroller.h"
#include "attention/performancemodel.h"
#include "simulation/simulatedparticipant.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <iterator>
#include <optional>

using namespace attend;

namespace {

constexpr int kSessions = 3, kTrials = 150, kWindow = 20, kGroups = 5;
constexpr double kTarget = 0.85, kBand = 0.03;

std::optional<attention::AttentionModel> loadPrior(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    return attention::AttentionModel::deserialise(bytes);
}

struct SessionResult
{
    double trialsToBand = kTrials;
    bool settled = false;
    double observed = 0, truth = 0; // last 50 trials
};

SessionResult judge(const std::vector<double> &trueP, const std::vector<bool> &correct)
{
    SessionResult r;
    // Walk back from the end while the moving window stays in the band.
    int from = kTrials;
    for (int k = kTrials; k >= kWindow; --k) {
        double mean = 0;
        for (int i = k - kWindow; i < k; ++i)
            mean += trueP[std::size_t(i)] / kWindow;
        if (std::abs(mean - kTarget) > kBand)
            break;
        from = k;
    }
    r.settled = from < kTrials;
    r.trialsToBand = from;
    for (int i = kTrials - 50; i < kTrials; ++i) {
        r.observed += correct[std::size_t(i)] / 50.0;
        r.truth += trueP[std::size_t(i)] / 50.0;
    }
    return r;
}

// One person, three sessions, with the model deciding or, when `staircaseStep` > 0, a staircase
// with that step alone.
std::array<SessionResult, kSessions> train(const attention::AttentionModel &prior, int person,
                                           double staircaseStep)
{
    simulation::SimulatedParticipant p(simulation::SimulatedParticipant::draw(70000 + person));
    attention::PerformanceModel model(prior, {});
    std::array<SessionResult, kSessions> results;
    double start = 0.3;
    for (int s = 0; s < kSessions; ++s) {
        p.startSession(s);
        adaptive::DifficultyController::Options o;
        o.start = std::clamp(start, 0.0, 1.0);
        o.step = std::getenv("STEP") ? std::atof(std::getenv("STEP")) : o.step;
        o.maxStep = std::getenv("MAXSTEP") ? std::atof(std::getenv("MAXSTEP")) : o.maxStep;
        o.exploration = std::getenv("EXPLORE") ? std::atof(std::getenv("EXPLORE")) : o.exploration;
        o.seed = std::uint64_t(person) * 31 + std::uint64_t(s);
        if (staircaseStep > 0) {
            o.staircaseStep = staircaseStep;
            o.minTrials = 1 << 30; // never: the staircase decides every trial
        }
        adaptive::DifficultyController controller(o);
        std::vector<double> trueP;
        std::vector<bool> correct;
        for (int t = 0; t < kTrials; ++t) {
            const auto predict = [&](double level) {
                const auto f = model.predict(level, s, t);
                return adaptive::DifficultyController::Prediction{f.pCorrect, f.uncertainty};
            };
            const double level = controller.next(predict, model.seen()).level;
            trueP.push_back(p.pCorrect(level));
            const auto a = p.respond(level);
            correct.push_back(a.correct);
            controller.record(a.correct);
            model.observe({level, a.correct, true, a.rtMs, s, t, -1});
        }
        results[std::size_t(s)] = judge(trueP, correct);
        start = controller.level() - o.maxStep;
    }
    return results;
}

} // namespace

int main(int argc, char *argv[])
{
    const int participants = argc > 1 ? std::max(kGroups, std::atoi(argv[1])) : 200;
    const auto prior = loadPrior(ATTEND_PRIOR_FILE);
    if (!prior) {
        std::fprintf(stderr, "cannot read the prior %s\n", ATTEND_PRIOR_FILE);
        return 2;
    }
    // [controller][session][group] sums
    struct Sums
    {
        double toBand = 0, settled = 0, observed = 0, truth = 0;
        int n = 0;
    };
    constexpr int kControllers = 4;
    const char *names[kControllers] = {"model + staircase", "staircase 0.005 alone",
                                       "staircase 0.01 alone", "staircase 0.02 alone"};
    const double staircaseSteps[kControllers] = {0.0, 0.005, 0.01, 0.02};
    Sums sums[kControllers][kSessions][kGroups] = {};
    for (int person = 0; person < participants; ++person)
        for (int c = 0; c < kControllers; ++c) {
            const auto r = train(*prior, person, staircaseSteps[c]);
            for (int s = 0; s < kSessions; ++s) {
                Sums &g = sums[c][s][person % kGroups];
                g.toBand += r[std::size_t(s)].trialsToBand;
                g.settled += r[std::size_t(s)].settled;
                g.observed += r[std::size_t(s)].observed;
                g.truth += r[std::size_t(s)].truth;
                ++g.n;
            }
        }
    std::printf("%d simulated participants x %d sessions x %d trials, target %.2f +/- %.2f "
                "(mean over 5 groups, SD across groups)\n",
                participants, kSessions, kTrials, kTarget, kBand);
    std::printf("%-22s %8s %18s %16s %18s %18s\n", "controller", "session", "trials to band",
                "settled", "observed acc.", "true P(correct)");
    for (int c = 0; c < kControllers; ++c)
        for (int s = 0; s < kSessions; ++s) {
            std::printf("%-22s %8d", names[c], s + 1);
            const auto figure = [&](auto get) {
                double mean = 0, sq = 0;
                for (const Sums &g : sums[c][s])
                    mean += get(g) / kGroups;
                for (const Sums &g : sums[c][s])
                    sq += (get(g) - mean) * (get(g) - mean);
                std::printf("   %7.3f (%6.3f)", mean, std::sqrt(sq / (kGroups - 1)));
            };
            figure([](const Sums &g) { return g.toBand / g.n; });
            figure([](const Sums &g) { return g.settled / g.n; });
            figure([](const Sums &g) { return g.observed / g.n; });
            figure([](const Sums &g) { return g.truth / g.n; });
            std::printf("\n");
        }
    return 0;
}
