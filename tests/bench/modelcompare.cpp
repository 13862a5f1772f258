// Does the attention model earn its place (DESIGN.md §5)? Simulated participants train for two
// sessions, then every trial of sessions 3 and 4 is predicted before its outcome is seen, by the
// attention model (online updates, starting from a population prior fitted on other simulated
// people) and by plain baselines. Prints Brier score, log loss, calibration error and log-RT RMSE,
// with their spread over five groups of participants.
// usage: modelcompare [participants]   (RATE, REPLAY, STEPS: the online Adam step size, replay
// window and steps per trial; defaults 0.001, 16, 2)

#include "attention/adam.h"
#include "attention/attentionmodel.h"
#include "simulation/simulatedparticipant.h"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <random>
#include <vector>

using namespace attend;
using attention::AttentionModel;
using attention::Example;

namespace {

constexpr int kSessions = 4, kTrials = 120, kEvaluatedFrom = 2, kHistory = 32;
const int kReplay = std::getenv("REPLAY") ? std::atoi(std::getenv("REPLAY")) : 16;
const int kSteps = std::getenv("STEPS") ? std::atoi(std::getenv("STEPS")) : 2;
const double kRate = std::getenv("RATE") ? std::atof(std::getenv("RATE")) : 0.001;
constexpr double kLogRtMean = 6.45, kLogRtSd = 0.3; // population scale of log RT (ms)

struct Trial
{
    int session, index;
    double difficulty, logRtZ;
    bool correct, responded;
};

std::vector<Trial> simulate(const simulation::ParticipantProfile &profile, std::uint64_t seed)
{
    simulation::SimulatedParticipant person(profile);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> level(0.1, 0.9);
    std::vector<Trial> trials;
    for (int s = 0; s < kSessions; ++s) {
        person.startSession(s);
        for (int i = 0; i < kTrials; ++i) {
            const double d = level(rng);
            const auto a = person.respond(d);
            trials.push_back(
                {s, i, d, (std::log(a.rtMs) - kLogRtMean) / kLogRtSd, a.correct, true});
        }
    }
    return trials;
}

// Item features of trial j seen from trial k, and the query features of trial k.
Example exampleFor(const std::vector<Trial> &t, int k)
{
    const int first = std::max(0, k - kHistory), n = std::max(1, k - first);
    Example ex;
    ex.items = Eigen::MatrixXd::Zero(6, n);
    for (int j = first; j < k; ++j) {
        const Trial &x = t[std::size_t(j)];
        ex.items.col(j - first) << x.difficulty - 0.5, x.correct ? 1.0 : -1.0, x.logRtZ,
            x.index / 100.0, double(t[std::size_t(k)].session - x.session), 1.0;
    }
    const Trial &q = t[std::size_t(k)];
    ex.query = Eigen::Vector4d(q.difficulty - 0.5, q.index / 100.0, q.session / 4.0, 1.0);
    ex.correct = q.correct ? 1.0 : 0.0;
    ex.responded = q.responded;
    ex.logRt = q.logRtZ;
    return ex;
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
    void fit(const std::vector<Trial> &t, int k)
    {
        Eigen::MatrixXd x(k, 2);
        Eigen::VectorXd y(k), r(k);
        for (int j = 0; j < k; ++j) {
            x(j, 0) = 1.0;
            x(j, 1) = t[std::size_t(j)].difficulty;
            y(j) = t[std::size_t(j)].correct;
            r(j) = t[std::size_t(j)].logRtZ;
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

AttentionModel populationPrior()
{
    AttentionModel model({});
    model.initialise(7);
    attention::Adam adam(model.parameterCount(), 0.01);
    std::vector<Example> data;
    for (int p = 0; p < 60; ++p) {
        const auto t = simulate(simulation::SimulatedParticipant::draw(100000 + p), 500000 + p);
        for (int k = 1; k < int(t.size()); k += 3)
            data.push_back(exampleFor(t, k));
    }
    Eigen::VectorXd g(model.parameterCount());
    for (int epoch = 0; epoch < 600; ++epoch) {
        g.setZero();
        for (const Example &ex : data)
            model.lossAndGradient(ex, g);
        g /= double(data.size());
        adam.step(model.parameters(), g);
    }
    return model;
}

} // namespace

int main(int argc, char *argv[])
{
    const int participants = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;
    const AttentionModel prior = populationPrior();
    const char *names[] = {"attention model", "running accuracy", "moving average (0.1)",
                           "logistic regression on difficulty"};
    constexpr int kMethods = 4, kGroups = 5;
    std::vector<std::array<Scores, kMethods>> groups(kGroups);

    for (int p = 0; p < participants; ++p) {
        const auto t = simulate(simulation::SimulatedParticipant::draw(p), 900000 + p);
        AttentionModel model = prior;
        attention::Adam adam(model.parameterCount(), kRate);
        Eigen::VectorXd g(model.parameterCount());
        std::deque<Example> replay;
        LogisticBaseline logistic;
        double correctSoFar = 0, rtSum = 0, ema = 0.75, rtEma = 0;
        for (int k = 1; k < int(t.size()); ++k) {
            const Trial &x = t[std::size_t(k)];
            const Example ex = exampleFor(t, k);
            if (x.session >= kEvaluatedFrom) {
                const auto pred = model.predict(ex.items, ex.query);
                logistic.fit(t, k);
                const double lp =
                    1.0 / (1.0 + std::exp(-(logistic.w(0) + logistic.w(1) * x.difficulty)));
                auto &s = groups[std::size_t(p % kGroups)];
                s[0].add(pred.pCorrect, x.correct, pred.logRtMean, x.logRtZ);
                s[1].add((correctSoFar + 1) / (k + 2), x.correct, rtSum / k, x.logRtZ);
                s[2].add(ema, x.correct, rtEma, x.logRtZ);
                s[3].add(lp, x.correct, logistic.rt(0) + logistic.rt(1) * x.difficulty, x.logRtZ);
            }
            // Learn from the outcome, in the inter-trial interval.
            correctSoFar += x.correct;
            rtSum += x.logRtZ;
            ema += 0.1 * (x.correct - ema);
            rtEma += 0.1 * (x.logRtZ - rtEma);
            replay.push_back(ex);
            if (replay.size() > std::size_t(kReplay))
                replay.pop_front();
            for (int step = 0; step < kSteps; ++step) {
                g.setZero();
                for (const Example &r : replay)
                    model.lossAndGradient(r, g);
                g /= double(replay.size());
                adam.step(model.parameters(), g);
            }
        }
    }

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
    return 0;
}
