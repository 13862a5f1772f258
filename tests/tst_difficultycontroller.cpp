#include "adaptive/difficultycontroller.h"

#include <QTest>
#include <cmath>

using attend::adaptive::DifficultyController;
using Prediction = DifficultyController::Prediction;

namespace {

// A model that predicts P(correct) = 1 − level, with a given uncertainty.
DifficultyController::Predictor linearModel(double uncertainty)
{
    return [uncertainty](double level) { return Prediction{1.0 - level, uncertainty}; };
}

} // namespace

class TestDifficultyController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStaircaseDecidesUntilTheModelHasEnoughTrials();
    void theModelPicksTheLevelClosestToTheTargetWithinOneStep();
    void anUncertainModelHandsBackToTheStaircase();
    void explorationIsRare();
};

void TestDifficultyController::theStaircaseDecidesUntilTheModelHasEnoughTrials()
{
    DifficultyController::Options o;
    o.exploration = 0.0;
    DifficultyController c(o);
    const auto d = c.next(linearModel(0.01), 5);
    QCOMPARE(QString::fromStdString(d.rule), QStringLiteral("staircase"));
    QCOMPARE(d.level, 0.3);
    c.record(true); // weighted up-down: one correct → harder by the up step
    QVERIFY(c.next(linearModel(0.01), 6).level > 0.3);
}

void TestDifficultyController::theModelPicksTheLevelClosestToTheTargetWithinOneStep()
{
    DifficultyController::Options o;
    o.exploration = 0.0;
    o.start = 0.5;
    DifficultyController c(o);
    // P = 0.85 at level 0.15, but one decision moves at most 0.1: to 0.4.
    auto d = c.next(linearModel(0.01), 100);
    QCOMPARE(QString::fromStdString(d.rule), QStringLiteral("model"));
    QVERIFY(std::abs(d.level - 0.4) < 1e-12);
    QVERIFY(std::abs(d.predictedP - 0.6) < 1e-12);
    d = c.next(linearModel(0.01), 101);
    QVERIFY(std::abs(d.level - 0.3) < 1e-12);
    d = c.next(linearModel(0.01), 102);
    d = c.next(linearModel(0.01), 103);
    // Candidates are 0.05 apart: 0.15 is reachable and exact.
    QVERIFY(std::abs(d.level - 0.15) < 1e-9);
    QVERIFY(std::abs(d.predictedP - 0.85) < 1e-9);
}

void TestDifficultyController::anUncertainModelHandsBackToTheStaircase()
{
    DifficultyController::Options o;
    o.exploration = 0.0;
    DifficultyController c(o);
    QCOMPARE(QString::fromStdString(c.next(linearModel(0.4), 500).rule),
             QStringLiteral("staircase"));
}

void TestDifficultyController::explorationIsRare()
{
    DifficultyController::Options o;
    o.exploration = 0.05;
    o.start = 0.15; // already at the target: the model would stay
    DifficultyController c(o);
    int explored = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
        const auto d = c.next(linearModel(0.01), 100);
        explored += d.rule == "explore";
    }
    // 200 expected; binomial SD ≈ 13.8.
    QVERIFY2(std::abs(explored - 200) < 60, qPrintable(QString::number(explored)));
}

QTEST_APPLESS_MAIN(TestDifficultyController)
#include "tst_difficultycontroller.moc"
