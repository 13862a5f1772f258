// Does the attention model earn its place (DESIGN.md §5)? Simulated participants train for two
// sessions, then every trial of sessions 3 and 4 is predicted before its outcome is seen, by the
// attention model (online updates, starting from the shipped population prior, which was fitted
// on other simulated people by modelprior) and by plain baselines. Prints Brier score, log loss,
// calibration error and log-RT RMSE, with their spread over five groups of participants, and the
// model's paired difference from the logistic regression per group. usage:
// modelcompare [participants]   (RATE, REPLAY, STEPS: the online Adam step size, replay window and
// steps per trial; defaults as in PerformanceModel::Options)

#include "attention/performancemodel.h"
#include "simulation/simulatedparticipant.h"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

using namespace attend;
using attention::Observation;
using attention::PerformanceModel;

namespace {

constexpr int kSessions = 4, kTrials = 120, kEvaluatedFrom = 2;
constexpr double kLogRtMean = 6.45, kLogRtSd = 0.3; // population scale of log RT (ms)

double logRtZ(const Observation &o)
{
    return (std::log(o.rtMs) - kLogRtMean) / kLogRtSd;
}

std::optional<attention::AttentionModel> loadPrior(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    return attention::AttentionModel::deserialise(bytes);
}

std::vector<Observation> simulate(std::uint64_t person, std::uint64_t seed)
{
    simulation::SimulatedParticipant p(simulation::SimulatedParticipant::draw(person));
    return p.history(kSessions, kTrials, seed);
}

struct Scores
{
    double brier = 0, logLoss = 0, rtSquared = 0;
    int n = 0;
    std::array<double, 10> binP{}, binY{};
    std::array<int, 10> binN{};
    void add(double p, bool y, double rtPrediction, double rt)
    {
        p = std::clamp(p, 1e-6, 1.0 - 1e-6);
        brier += (p - y) * (p - y);
        logLoss -= y ? std::log(p) : std::log(1.0 - p);
        rtSquared += (rtPrediction - rt) * (rtPrediction - rt);
        const int b = std::min(9, int(p * 10));
        binP[b] += p;
        binY[b] += y;
        ++binN[b];
        ++n;
    }
    double calibration() const // expected calibration error, 10 equal-width bins
    {
        double e = 0;
        for (int b = 0; b < 10; ++b)
            if (binN[b])
                e += std::abs(binP[b] - binY[b]);
        return e / n;
    }
    std::array<double, 4> figures() const
    {
        return {brier / n, logLoss / n, calibration(), std::sqrt(rtSquared / n) * kLogRtSd};
    }
};

// Logistic regression of correct on (1, difficulty) by Newton's method, refitted on all trials
// so far; a linear regression of log RT on the same.
struct LogisticBaseline
{
    Eigen::Vector2d w = Eigen::Vector2d::Zero();
    Eigen::Vector2d rt = Eigen::Vector2d::Zero();
    void fit(const std::vector<Observation> &t, int k)
    {
        Eigen::MatrixXd x(k, 2);
        Eigen::VectorXd y(k), r(k);
        for (int j = 0; j < k; ++j) {
            x(j, 0) = 1.0;
            x(j, 1) = t[std::size_t(j)].difficulty;
            y(j) = t[std::size_t(j)].correct;
            r(j) = logRtZ(t[std::size_t(j)]);
        }
        for (int it = 0; it < 8; ++it) {
            const Eigen::VectorXd pr = (1.0 / (1.0 + (-(x * w)).array().exp())).matrix();
            const Eigen::VectorXd weights = (pr.array() * (1 - pr.array())).matrix();
            const Eigen::Matrix2d h =
                x.transpose() * weights.asDiagonal() * x + 1e-3 * Eigen::Matrix2d::Identity();
            w -= h.ldlt().solve(x.transpose() * (pr - y) + 1e-3 * w);
        }
        rt = (x.transpose() * x + 1e-6 * Eigen::Matrix2d::Identity())
                 .ldlt()
                 .solve(x.transpose() * r);
    }
};

// Mean (SD across groups) of each method's figures, and the model's paired difference from the
// logistic regression.
template <typename Groups> void printTable(const Groups &groups, int participants)
{
    const char *names[] = {"attention model", "running accuracy", "moving average (0.1)",
                           "logistic regression on difficulty"};
    constexpr int kMethods = 4;
    const int kGroups = int(groups.size());
    std::printf("%d simulated participants x %d sessions x %d trials; sessions %d-%d predicted "
                "trial by trial before each outcome (mean over 5 groups, SD across groups)\n",
                participants, kSessions, kTrials, kEvaluatedFrom + 1, kSessions);
    std::printf("%-36s %16s %16s %16s %16s\n", "method", "Brier", "log loss", "calibration",
                "log-RT RMSE");
    for (int m = 0; m < kMethods; ++m) {
        std::printf("%-36s", names[m]);
        for (int f = 0; f < 4; ++f) {
            double mean = 0, sq = 0;
            for (const auto &g : groups)
                mean += g[std::size_t(m)].figures()[std::size_t(f)] / kGroups;
            for (const auto &g : groups) {
                const double d = g[std::size_t(m)].figures()[std::size_t(f)] - mean;
                sq += d * d;
            }
            std::printf("   %6.4f (%.4f)", mean, std::sqrt(sq / (kGroups - 1)));
        }
        std::printf("\n");
    }
    // The groups hold the same people for every method, so the paired difference shows whether
    // the model's lead is larger than the spread of people.
    std::printf("%-36s", "model minus logistic regression");
    for (int f = 0; f < 4; ++f) {
        double mean = 0, sq = 0;
        const auto difference = [&](const auto &g) {
            return g[0].figures()[std::size_t(f)] - g[3].figures()[std::size_t(f)];
        };
        for (const auto &g : groups)
            mean += difference(g) / kGroups;
        for (const auto &g : groups)
            sq += (difference(g) - mean) * (difference(g) - mean);
        std::printf("  %+7.4f (%.4f)", mean, std::sqrt(sq / (kGroups - 1)));
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    const int participants = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;
    const auto prior = loadPrior(ATTEND_PRIOR_FILE);
    if (!prior) {
        std::fprintf(stderr, "cannot read the prior %s\n", ATTEND_PRIOR_FILE);
        return 2;
    }
    constexpr int kMethods = 4, kGroups = 5;
    std::vector<std::array<Scores, kMethods>> groups(kGroups);

    PerformanceModel::Options online;
    if (const char *v = std::getenv("RATE"))
        online.rate = std::atof(v);
    if (const char *v = std::getenv("REPLAY"))
        online.replay = std::atoi(v);
    if (const char *v = std::getenv("STEPS"))
        online.steps = std::atoi(v);
    for (int p = 0; p < participants; ++p) {
        const auto t = simulate(std::uint64_t(p), 900000 + std::uint64_t(p));
        PerformanceModel model(*prior, online);
        LogisticBaseline logistic;
        double correctSoFar = 0, rtSum = 0, ema = 0.75, rtEma = 0;
        for (int k = 0; k < int(t.size()); ++k) {
            const Observation &x = t[std::size_t(k)];
            const double rt = logRtZ(x);
            if (x.session >= kEvaluatedFrom) {
                const auto f = model.predict(x.difficulty, x.session, x.trial);
                logistic.fit(t, k);
                const double lp =
                    1.0 / (1.0 + std::exp(-(logistic.w(0) + logistic.w(1) * x.difficulty)));
                auto &s = groups[std::size_t(p % kGroups)];
                s[0].add(f.pCorrect, x.correct, (std::log(f.rtMs) - kLogRtMean) / kLogRtSd, rt);
                s[1].add((correctSoFar + 1) / (k + 2), x.correct, k ? rtSum / k : 0.0, rt);
                s[2].add(ema, x.correct, rtEma, rt);
                s[3].add(lp, x.correct, logistic.rt(0) + logistic.rt(1) * x.difficulty, rt);
            }
            // Learn from the outcome, in the inter-trial interval.
            correctSoFar += x.correct;
            rtSum += rt;
            ema += 0.1 * (x.correct - ema);
            rtEma += 0.1 * (rt - rtEma);
            model.observe(x);
        }
    }

    printTable(groups, participants);
    return 0;
}
