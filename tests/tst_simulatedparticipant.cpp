#include "simulation/simulatedparticipant.h"

#include <QTest>
#include <cmath>

using namespace attend::simulation;

class TestSimulatedParticipant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePsychometricFunctionByHand();
    void answersFollowThePsychometricFunction_data();
    void answersFollowThePsychometricFunction();
    void reactionTimesFollowTheExGaussian();
    void learningAcrossSessionsAndFatigueWithin();
    void reactionTimesSpeedWithPracticeAndSlowWithTimeAndErrors();
    void theThresholdByHand();
    void theSameSeedGivesTheSameAnswers();
    void drawnPeopleDiffer();
    void aMaskedDisplayTooShortForTheSearchIsAGuess();
};

void TestSimulatedParticipant::thePsychometricFunctionByHand()
{
    ParticipantProfile p; // ability 0.5, guess 0.5, lapse 0.03
    SimulatedParticipant s(p);
    // At the ability level the logistic is ½: 0.5 + 0.47 / 2 = 0.735.
    QVERIFY(qAbs(s.pCorrect(0.5) - 0.735) < 1e-12);
    // Far below it: 1 − lapse; far above: the guess rate.
    QVERIFY(qAbs(s.pCorrect(-10.0) - 0.97) < 1e-9);
    QVERIFY(qAbs(s.pCorrect(10.0) - 0.5) < 1e-9);
}

void TestSimulatedParticipant::answersFollowThePsychometricFunction_data()
{
    QTest::addColumn<double>("difficulty");
    QTest::newRow("easy") << 0.2;
    QTest::newRow("at threshold") << 0.5;
    QTest::newRow("hard") << 0.8;
}

void TestSimulatedParticipant::answersFollowThePsychometricFunction()
{
    QFETCH(double, difficulty);
    ParticipantProfile p;
    p.fatiguePer100Trials = 0.0;
    SimulatedParticipant s(p);
    const double expected = s.pCorrect(difficulty);
    const int n = 40000;
    int correct = 0;
    for (int i = 0; i < n; ++i)
        correct += s.respond(difficulty).correct;
    // Binomial SE ≤ 0.0025: four SE.
    QVERIFY2(qAbs(double(correct) / n - expected) < 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(double(correct) / n).arg(expected)));
}

void TestSimulatedParticipant::reactionTimesFollowTheExGaussian()
{
    ParticipantProfile p;
    p.lapse = 0.0;
    p.rtFatiguePer100Trials = 0.0;
    p.postErrorSlowingMs = 0.0;
    SimulatedParticipant s(p);
    const int n = 40000;
    double sum = 0.0;
    for (int i = 0; i < n; ++i)
        sum += s.respond(0.4).rtMs;
    // Mean μ + 250·d + τ = 450 + 100 + 120 = 670 ms; SD √(50² + 120²) = 130: SE 0.65 ms.
    QCOMPARE(s.meanRtMs(0.4), 670.0);
    QVERIFY(qAbs(sum / n - 670.0) < 3.0);
}

void TestSimulatedParticipant::learningAcrossSessionsAndFatigueWithin()
{
    ParticipantProfile p;
    SimulatedParticipant s(p);
    s.startSession(0);
    const double first = s.ability();
    s.startSession(3);
    // 0.5 + 0.1 · (1 − e^−1) = 0.5632.
    QVERIFY(qAbs(s.ability() - (0.5 + 0.1 * (1.0 - std::exp(-1.0)))) < 1e-12);
    QVERIFY(s.ability() > first);
    for (int i = 0; i < 200; ++i)
        s.respond(0.5);
    QVERIFY(qAbs(s.ability() - (0.5 + 0.1 * (1.0 - std::exp(-1.0)) - 0.02)) < 1e-12);
}

void TestSimulatedParticipant::reactionTimesSpeedWithPracticeAndSlowWithTimeAndErrors()
{
    ParticipantProfile p; // μ 450, τ 120, 250 ms per difficulty, practice gain 0.15 over 3 sessions
    p.guess = 0.0;
    p.lapse = 0.0;
    SimulatedParticipant s(p);
    s.startSession(3);
    // 450 · (1 − 0.15 · (1 − e^−1)) + 0.4 · 250 + 120 = 407.33 + 220 = 627.33 ms.
    const double practised = 450.0 * (1.0 - 0.15 * (1.0 - std::exp(-1.0))) + 220.0;
    QVERIFY(qAbs(s.meanRtMs(0.4) - practised) < 1e-9);
    QVERIFY(practised < 670.0);
    // 100 trials later: +15 ms; right after an error: +40 ms more.
    bool lastCorrect = true;
    for (int i = 0; i < 100; ++i)
        lastCorrect = s.respond(-5.0).correct; // far below threshold: always correct
    QVERIFY(lastCorrect);
    QVERIFY(qAbs(s.meanRtMs(0.4) - (practised + 15.0)) < 1e-9);
    QVERIFY(!s.respond(5.0).correct); // far above threshold with no guessing: always wrong
    QVERIFY(qAbs(s.meanRtMs(0.4) - (practised + 15.0 * 1.01 + 40.0)) < 1e-9);
}

void TestSimulatedParticipant::theThresholdByHand()
{
    ParticipantProfile p; // ability 0.5, slope 0.08, guess 0.5, lapse 0.03
    SimulatedParticipant s(p);
    // 0.5 + 0.47 / (1 + e^((d − 0.5)/0.08)) = 0.85  ⇔  d = 0.5 + 0.08 · ln(0.35 / 0.12).
    QVERIFY(qAbs(s.threshold(0.85) - (0.5 + 0.08 * std::log(0.12 / 0.35))) < 1e-9);
    QVERIFY(qAbs(s.pCorrect(s.threshold(0.85)) - 0.85) < 1e-9);
}

void TestSimulatedParticipant::theSameSeedGivesTheSameAnswers()
{
    const ParticipantProfile p = SimulatedParticipant::draw(42);
    SimulatedParticipant a(p), b(p);
    for (int i = 0; i < 100; ++i) {
        const auto x = a.respond(0.5), y = b.respond(0.5);
        QCOMPARE(x.correct, y.correct);
        QCOMPARE(x.rtMs, y.rtMs);
    }
}

void TestSimulatedParticipant::drawnPeopleDiffer()
{
    const ParticipantProfile a = SimulatedParticipant::draw(1), b = SimulatedParticipant::draw(2);
    QVERIFY(a.ability != b.ability);
    QVERIFY(a.seed != b.seed);
    QCOMPARE(SimulatedParticipant::draw(1).ability, a.ability);
}

void TestSimulatedParticipant::aMaskedDisplayTooShortForTheSearchIsAGuess()
{
    SimulatedParticipant s{ParticipantProfile{}};
    // 650 ms answer, 400 of them not search: 250 ms of search, which a 300 ms display covers.
    SimulatedParticipant::Answer finished{true, 650.0, false};
    s.limitExposure(finished, 300.0, 0.125);
    QVERIFY(finished.correct);
    // 250 ms of search in a 200 ms display: unfinished, so right at the guess rate (1/8).
    const int n = 20000;
    int right = 0;
    for (int i = 0; i < n; ++i) {
        SimulatedParticipant::Answer unfinished{true, 650.0, false};
        s.limitExposure(unfinished, 200.0, 0.125);
        right += unfinished.correct;
        QCOMPARE(unfinished.rtMs, 650.0); // the answer's time is its own
    }
    // Binomial SE = √(0.125 · 0.875 / 20000) ≈ 0.0023: four SE.
    QVERIFY2(qAbs(double(right) / n - 0.125) < 0.0094,
             qPrintable(QString::number(double(right) / n)));
}

QTEST_APPLESS_MAIN(TestSimulatedParticipant)
#include "tst_simulatedparticipant.moc"
