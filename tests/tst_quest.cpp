#include "adaptive/quest.h"

#include <QTest>
#include <cmath>
#include <random>

using attend::adaptive::Quest;

class TestQuest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theNextLevelHasTheTargetProbability();
    void theEstimateConvergesOnTheTrueThreshold_data();
    void theEstimateConvergesOnTheTrueThreshold();
    void evidenceNarrowsThePosterior();
};

void TestQuest::theNextLevelHasTheTargetProbability()
{
    Quest q({});
    // Before any trial the posterior mean is the prior mean, 0.5.
    QVERIFY(std::abs(q.thresholdMean() - 0.5) < 1e-9);
    QVERIFY(std::abs(q.pCorrect(q.nextLevel(), q.thresholdMean()) - 0.75) < 1e-12);
}

void TestQuest::theEstimateConvergesOnTheTrueThreshold_data()
{
    QTest::addColumn<double>("truth");
    QTest::newRow("a person near the prior") << 0.45;
    QTest::newRow("a person far from the prior") << 0.8;
}

void TestQuest::theEstimateConvergesOnTheTrueThreshold()
{
    QFETCH(double, truth);
    std::mt19937_64 rng(17);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    double sum = 0.0;
    const int runs = 100;
    for (int r = 0; r < runs; ++r) {
        Quest q({});
        for (int t = 0; t < 80; ++t) {
            const double level = q.nextLevel();
            q.record(level, u(rng) < q.pCorrect(level, truth)); // the observer of the model
        }
        sum += q.thresholdMean();
    }
    QVERIFY2(std::abs(sum / runs - truth) < 0.02, qPrintable(QString::number(sum / runs)));
}

void TestQuest::evidenceNarrowsThePosterior()
{
    Quest q({});
    const double before = q.thresholdSd();
    for (int t = 0; t < 20; ++t)
        q.record(0.5, t % 4 != 0);
    QVERIFY(q.thresholdSd() < 0.5 * before);
}

QTEST_APPLESS_MAIN(TestQuest)
#include "tst_quest.moc"
