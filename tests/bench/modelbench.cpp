// Speed of the attention model (DESIGN.md §5: one update ≤ 100 µs, a prediction ≤ 10 µs in a
// Release build). Prints median and p99 over many repetitions of a 48-item history.
// usage: modelbench [repetitions]

#include "attention/adam.h"
#include "attention/attentionmodel.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace attend::attention;
using Clock = std::chrono::steady_clock;

namespace {

void report(const char *what, std::vector<double> &us)
{
    std::sort(us.begin(), us.end());
    std::printf("%-44s median %7.2f µs   p99 %7.2f µs\n", what, us[us.size() / 2],
                us[std::size_t(double(us.size()) * 0.99)]);
}

} // namespace

int main(int argc, char *argv[])
{
    const int repetitions = argc > 1 ? std::max(100, std::atoi(argv[1])) : 20000;
    AttentionModel::Config config; // 6 item features, 4 query features, 8 hidden
    AttentionModel model(config);
    model.initialise(1);
    std::mt19937_64 rng(2);
    std::normal_distribution<double> n(0.0, 1.0);
    Example ex;
    ex.items = Eigen::MatrixXd::NullaryExpr(config.itemFeatures, 48, [&] { return n(rng); });
    ex.query = Eigen::VectorXd::NullaryExpr(config.queryFeatures, [&] { return n(rng); });
    ex.correct = 1.0;
    ex.responded = true;
    Adam adam(model.parameterCount(), 0.005);
    Eigen::VectorXd gradient(model.parameterCount());

    std::vector<double> predict, update;
    volatile double sink = 0.0;
    for (int i = 0; i < repetitions; ++i) {
        const auto a = Clock::now();
        sink = sink + model.predict(ex.items, ex.query).pCorrect;
        const auto b = Clock::now();
        gradient.setZero();
        model.lossAndGradient(ex, gradient);
        adam.step(model.parameters(), gradient);
        const auto c = Clock::now();
        predict.push_back(std::chrono::duration<double, std::micro>(b - a).count());
        update.push_back(std::chrono::duration<double, std::micro>(c - b).count());
    }
    std::printf("attention model: %d parameters, 48 items, %d repetitions\n",
                model.parameterCount(), repetitions);
    report("predict (forward pass)", predict);
    report("update (forward + backward + Adam step)", update);
    return 0;
}
