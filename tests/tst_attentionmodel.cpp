#include "attention/adam.h"
#include "attention/attentionmodel.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace attend::attention;

namespace {

Example randomExample(std::mt19937_64 &rng, int features, int query, int items, bool responded)
{
    std::normal_distribution<double> n(0.0, 1.0);
    Example ex;
    ex.items.resize(features, items);
    for (int i = 0; i < ex.items.size(); ++i)
        ex.items.data()[i] = n(rng);
    ex.query.resize(query);
    for (int i = 0; i < query; ++i)
        ex.query(i) = n(rng);
    ex.correct = n(rng) > 0 ? 1.0 : 0.0;
    ex.responded = responded;
    ex.logRt = n(rng);
    return ex;
}

} // namespace

class TestAttentionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyGradientMatchesFiniteDifferences_data();
    void everyGradientMatchesFiniteDifferences();
    void withAttentionOffItIsALogisticRegressionOnTheQuery();
    void trainingLowersTheLossAndIsDeterministic();
    void serialisationRoundTripsAndRefusesDamage();
};

void TestAttentionModel::everyGradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<bool>("responded");
    QTest::newRow("one item, with a response") << 1 << true;
    QTest::newRow("twelve items, with a response") << 12 << true;
    QTest::newRow("twelve items, no response (no RT term)") << 12 << false;
}

void TestAttentionModel::everyGradientMatchesFiniteDifferences()
{
    QFETCH(int, items);
    QFETCH(bool, responded);
    AttentionModel::Config config;
    config.hidden = 5;
    config.l2 = 0.01;
    AttentionModel model(config);
    model.initialise(3, 0.5);
    std::mt19937_64 rng(11);
    const Example ex =
        randomExample(rng, config.itemFeatures, config.queryFeatures, items, responded);

    Eigen::VectorXd gradient = Eigen::VectorXd::Zero(model.parameterCount());
    model.lossAndGradient(ex, gradient);
    // Central differences, step 1e-5: truncation error ~1e-10, rounding ~1e-11.
    const double h = 1e-5;
    double worst = 0.0;
    int worstAt = -1;
    for (int i = 0; i < model.parameterCount(); ++i) {
        const double keep = model.parameters()(i);
        model.parameters()(i) = keep + h;
        const double up = model.loss(ex);
        model.parameters()(i) = keep - h;
        const double down = model.loss(ex);
        model.parameters()(i) = keep;
        const double numeric = (up - down) / (2.0 * h);
        const double error = std::abs(numeric - gradient(i)) / std::max(1.0, std::abs(numeric));
        if (error > worst) {
            worst = error;
            worstAt = i;
        }
    }
    QVERIFY2(worst < 1e-6,
             qPrintable(QStringLiteral("parameter %1: relative error %2").arg(worstAt).arg(worst)));
}

void TestAttentionModel::withAttentionOffItIsALogisticRegressionOnTheQuery()
{
    AttentionModel::Config config;
    AttentionModel model(config); // all parameters zero
    // Only the direct query path: u_p = (1, −2, 0, 0.5), b_p = 0.25 (last entries of the layout:
    // … w_p (H), u_p (Q), b_p, w_m (H), u_m (Q), b_m, w_s (H), b_s).
    const int q = config.queryFeatures, h = config.hidden;
    const int up = model.parameterCount() - (1 + h + 1 + q + h + 1 + q);
    model.parameters().segment(up, q) << 1.0, -2.0, 0.0, 0.5;
    model.parameters()(up + q) = 0.25;
    std::mt19937_64 rng(5);
    const Example ex = randomExample(rng, config.itemFeatures, q, 7, true);
    const double logit = ex.query(0) - 2.0 * ex.query(1) + 0.5 * ex.query(3) + 0.25;
    const Prediction p = model.predict(ex.items, ex.query);
    QVERIFY(std::abs(p.pCorrect - 1.0 / (1.0 + std::exp(-logit))) < 1e-12);
    QCOMPARE(p.logRtSd, 1.0);
}

void TestAttentionModel::trainingLowersTheLossAndIsDeterministic()
{
    // Data whose outcome depends on the query's first feature and on the recent history's mean
    // first feature: the model must learn both.
    const auto train = [](std::uint64_t seed) {
        AttentionModel::Config config;
        config.hidden = 6;
        AttentionModel model(config);
        model.initialise(seed);
        std::mt19937_64 rng(99);
        std::vector<Example> data;
        std::uniform_real_distribution<double> u(0.0, 1.0);
        for (int i = 0; i < 200; ++i) {
            Example ex = randomExample(rng, config.itemFeatures, config.queryFeatures, 16, true);
            const double z = 2.0 * ex.query(0) + 1.5 * ex.items.row(0).mean() * 4.0;
            ex.correct = u(rng) < 1.0 / (1.0 + std::exp(-z)) ? 1.0 : 0.0;
            ex.logRt = 0.5 * ex.query(0);
            data.push_back(ex);
        }
        const auto total = [&] {
            double sum = 0.0;
            for (const Example &ex : data)
                sum += model.loss(ex);
            return sum / double(data.size());
        };
        const double before = total();
        Adam adam(model.parameterCount(), 0.01);
        Eigen::VectorXd g(model.parameterCount());
        for (int epoch = 0; epoch < 60; ++epoch) {
            g.setZero();
            for (const Example &ex : data)
                model.lossAndGradient(ex, g);
            g /= double(data.size());
            adam.step(model.parameters(), g);
        }
        return std::make_pair(before, total());
    };
    const auto [before, after] = train(1);
    QVERIFY2(after < 0.8 * before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    QCOMPARE(train(1).second, after); // same seed, same result
}

void TestAttentionModel::serialisationRoundTripsAndRefusesDamage()
{
    AttentionModel::Config config;
    config.hidden = 4;
    AttentionModel model(config);
    model.initialise(8);
    const auto bytes = model.serialise();
    const auto back = AttentionModel::deserialise(bytes);
    QVERIFY(back.has_value());
    QCOMPARE(back->config().hidden, 4);
    QVERIFY(back->parameters() == model.parameters());

    auto cut = bytes;
    cut.pop_back();
    QVERIFY(!AttentionModel::deserialise(cut));
    auto wrongMagic = bytes;
    wrongMagic[0] ^= 0xFF;
    QVERIFY(!AttentionModel::deserialise(wrongMagic));
    auto notANumber = bytes;
    const double nan = std::nan("");
    std::memcpy(notANumber.data() + notANumber.size() - sizeof(double), &nan, sizeof nan);
    QVERIFY(!AttentionModel::deserialise(notANumber));
}

QTEST_APPLESS_MAIN(TestAttentionModel)
#include "tst_attentionmodel.moc"
