#include "metrics/taskswitching.h"

#include <QTest>

using namespace attend::metrics;

class TestTaskSwitching : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void costsByHandWithEveryExclusion();
    void pureBlocksAloneGiveNoSwitchCost();
    void taskAndCueSwitchCostsApart();
};

namespace {

SwitchTrial pure(bool congruent, bool correct, double rt)
{
    return {1, false, false, congruent, 0, true, correct, rt};
}

SwitchTrial mixed(bool isSwitch, int cti, bool congruent, bool responded, bool correct, double rt)
{
    return {2, true, isSwitch, congruent, cti, responded, correct, rt};
}

} // namespace

void TestTaskSwitching::costsByHandWithEveryExclusion()
{
    const std::vector<SwitchTrial> trials = {
        pure(true, true, 600), // first of block: excluded
        pure(true, true, 500),
        pure(false, true, 520),
        pure(false, false, 480), // error
        pure(true, true, 900),   // after an error: excluded
        pure(true, true, 540),
        mixed(false, 200, true, true, true, 800), // first of block: excluded
        mixed(true, 200, false, true, true, 900),
        mixed(false, 1000, true, true, true, 650),
        mixed(true, 1000, true, true, true, 750),
        mixed(false, 200, false, true, false, 500),
        mixed(true, 200, true, true, true, 1200), // after an error: excluded
        mixed(false, 200, false, true, true, 700),
        mixed(true, 200, true, false, false, 0),
        mixed(false, 1000, true, true, true, 600), // after a miss: excluded
        mixed(false, 1000, true, true, true, 610),
    };
    const SwitchSummary s = summariseSwitching(trials);
    // Switch: 900, 750 → 825. Repeat: 650, 700, 610 → 653.33. Pure: 500, 520, 540 → 520.
    QVERIFY(qAbs(s.switchCostRt.value - (825.0 - 1960.0 / 3.0)) < 1e-9);
    QCOMPARE(s.switchCostRt.used, 5);
    QVERIFY(qAbs(s.mixingCostRt.value - (1960.0 / 3.0 - 520.0)) < 1e-9);
    // Incongruent: 520, 900, 700 → 706.67; congruent: 500, 540, 650, 750, 610 → 610.
    QVERIFY(qAbs(s.congruencyEffectRt.value - (2120.0 / 3.0 - 610.0)) < 1e-9);
    // Errors: switches 1 of 3 (the miss), repeats 1 of 4 → 1/3 − 1/4.
    QVERIFY(qAbs(s.errorSwitchCost.value - (1.0 / 3.0 - 0.25)) < 1e-12);
    QCOMPARE(s.errorSwitchCost.used, 7);
    QCOMPARE(s.errorSwitchCost.excluded, 3);
    QCOMPARE(s.accuracy.value, 13.0 / 16.0);
    // By interval: 200 ms: 900 − 700; 1000 ms: 750 − (650 + 610) / 2.
    QCOMPARE(s.switchCostRtByCti.at(200).value, 200.0);
    QCOMPARE(s.switchCostRtByCti.at(1000).value, 120.0);
    // The cells for distribution models, with the same exclusions: switches 900, 750 of 3
    // trials (the miss counts), repeats 650, 700, 610 of 4 (the error counts).
    QCOMPARE(s.switches.trials, 3);
    QCOMPARE(s.switches.correctRtsMs, (std::vector<double>{900, 750}));
    QCOMPARE(s.repeats.trials, 4);
    QCOMPARE(s.repeats.correctRtsMs, (std::vector<double>{650, 700, 610}));
}

void TestTaskSwitching::pureBlocksAloneGiveNoSwitchCost()
{
    const SwitchSummary s =
        summariseSwitching({pure(true, true, 500), pure(true, true, 510), pure(false, true, 530)});
    QCOMPARE(s.switchCostRt.status, Status::NotEnoughTrials);
    QCOMPARE(s.mixingCostRt.status, Status::NotEnoughTrials);
    QCOMPARE(s.errorSwitchCost.status, Status::NotEnoughTrials);
    QVERIFY(s.congruencyEffectRt.ok());
    QCOMPARE(s.congruencyEffectRt.value, 20.0);
}

void TestTaskSwitching::taskAndCueSwitchCostsApart()
{
    // Mixed block, all correct: cue repeats 600, 620; cue switches (rule repeats) 680, 700; task
    // switches 800, 820. Task-switch cost 810 − 690 = 120; cue-switch cost 690 − 610 = 80; the
    // one-cue "switch cost" against every repeat 810 − 650 = 160.
    auto t = [](bool isSwitch, bool cueSwitch, double rt) {
        SwitchTrial x{2, true, isSwitch, true, 200, true, true, rt};
        x.cueSwitch = cueSwitch;
        return x;
    };
    const SwitchSummary s =
        summariseSwitching({t(false, false, 999), // first of block: excluded
                            t(false, false, 600), t(false, true, 680), t(true, false, 800),
                            t(false, false, 620), t(false, true, 700), t(true, false, 820)});
    QVERIFY(qAbs(s.taskSwitchCostRt.value - 120.0) < 1e-9);
    QVERIFY(qAbs(s.cueSwitchCostRt.value - 80.0) < 1e-9);
    QVERIFY(qAbs(s.switchCostRt.value - 160.0) < 1e-9);
    // One cue per task (no cue switches): no cue-switch or task-switch cost of its own.
    const SwitchSummary one = summariseSwitching(
        {t(false, false, 999), t(false, false, 600), t(true, false, 800), t(false, false, 620)});
    QCOMPARE(one.cueSwitchCostRt.status, Status::NotEnoughTrials);
    QCOMPARE(one.taskSwitchCostRt.status, Status::NotEnoughTrials);
}

QTEST_APPLESS_MAIN(TestTaskSwitching)
#include "tst_taskswitching.moc"
