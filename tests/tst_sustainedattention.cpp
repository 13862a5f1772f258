#include "measurelookup.h"
#include "session/adaptivetraining.h"
#include "session/headlessrun.h"
#include "storage/participantrepository.h"
#include "storage/trialrepository.h"
#include "sustainedattention/sustainedattentionexercise.h"
#include "sustainedattention/sustainedattentionscene.h"
#include "testdatabase.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <map>
#include <random>
#include <set>

using namespace attend;
using testing::measure;
using Variant = SustainedAttentionExercise::Variant;

namespace {

TrialContext contextFor(const Exercise &exercise, SessionMode mode, int block, int index,
                        quint64 seed, double refreshHz = 60.0)
{
    TrialContext c;
    c.mode = mode;
    c.parameters = exercise.defaultParameters(mode);
    c.block = block;
    c.index = index;
    c.practice = block == 0;
    c.refreshHz = refreshHz;
    c.blockSeed = seed;
    c.trialSeed = seed * 31 + quint64(index);
    return c;
}

// A person who presses on go trials with probability `pGo` and on no-go trials with `pNoGo`,
// with normally distributed RTs (mean 380 ms, SD 60), fixed seed.
Responder goNoGoResponder(double pGo, double pNoGo, std::uint64_t seed)
{
    auto rng = std::make_shared<std::mt19937_64>(seed);
    return [=](const TrialSpec &trial) {
        std::uniform_real_distribution<double> u(0.0, 1.0);
        std::normal_distribution<double> rt(380.0, 60.0);
        const bool go = trial.stimulus.value(QStringLiteral("go")).toBool();
        const bool press = u(*rng) < (go ? pGo : pNoGo);
        return SimulatedAnswer{press ? QStringLiteral("space") : QString(),
                               std::max(150.0, rt(*rng))};
    };
}

// What the next training session's model reads of a SART session recorded with `overrides` (an
// earlier version's parameters): the stored levels of its no-go trials and the model's history.
struct Reread
{
    std::vector<double> stored;
    std::vector<attention::Observation> history;
};

std::optional<Reread> recordedThenReread(SessionMode mode, const QJsonObject &overrides)
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("old.sqlite")));
    if (!db)
        return std::nullopt;
    const qint64 who = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    const SustainedAttentionExercise sart(Variant::Sart);
    SessionRunner::Options options;
    options.seed = 7;
    options.parameterOverrides = overrides;
    const auto id = HeadlessRun(*db, sart).run(who, mode, options, goNoGoResponder(0.95, 0.3, 77));
    if (!id)
        return std::nullopt;
    Reread reread;
    for (const TrialRecord &t : testing::scoredTrials(*db, id.value()))
        if (t.condition == "nogo")
            reread.stored.push_back(t.difficulty);
    const auto training =
        AdaptiveTraining::load(*db, who, sart, sart.defaultParameters(SessionMode::Training), 0, 1);
    if (!training)
        return std::nullopt;
    reread.history = training.value()->history();
    return reread;
}

} // namespace

class TestSustainedAttention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conditionsReadAsWords_data();
    void conditionsReadAsWords();
    void theSartBlockHasThePublishedComposition();
    void theSartIsReproducibleFromItsSeed();
    void sartDurationsAreWholeFrames_data();
    void sartDurationsAreWholeFrames();
    void aCptBlockSpreadsItsXsOverTheIntervals();
    void cptRtsAreGroupedByThePrecedingInterval();
    void everyResponseKindIsScored_data();
    void everyResponseKindIsScored();
    void trainingMovesRateDurationAndPace();
    void aLevelOfAnotherRangeIsTheLevelWithItsNoGoRate_data();
    void aLevelOfAnotherRangeIsTheLevelWithItsNoGoRate();
    void levelsStoredUnderTheEarlierRangeReachTheModelOnTodaysScale();
    void anAssessmentOfTheEarlierRangeReadsAtTodaysEquivalent_data();
    void anAssessmentOfTheEarlierRangeReadsAtTodaysEquivalent();
    void anEarlierAssessmentReachesTheModelOnTodaysScale();
    void simulatedCommissionsAndOmissionsAreRecovered_data();
    void simulatedCommissionsAndOmissionsAreRecovered();
    void aPressDuringTheMaskBelongsToItsDigit();
    void theSceneDrawsTheDigitAndTheMask();
};

void TestSustainedAttention::theSartBlockHasThePublishedComposition()
{
    SustainedAttentionExercise sart(Variant::Sart);
    const auto p = sart.defaultParameters(SessionMode::Assessment);
    const auto block = sart.assessmentBlock(p, false, 42);
    QCOMPARE(block.size(), std::size_t(225));
    std::map<QString, int> digits;
    std::map<int, int> fonts;
    int nogo = 0;
    for (const auto &item : block) {
        ++digits[item.symbol];
        ++fonts[item.fontPt];
        nogo += !item.go;
        QCOMPARE(item.go, item.symbol != u"3");
    }
    QCOMPARE(digits.size(), std::size_t(9));
    for (const auto &[digit, n] : digits)
        QCOMPARE(n, 25);
    QCOMPARE(nogo, 25); // 25 / 225 = 11.1 %
    QCOMPARE(fonts, (std::map<int, int>{{48, 45}, {72, 45}, {94, 45}, {100, 45}, {120, 45}}));
    // 18 practice trials, two of each digit.
    const auto practice = sart.assessmentBlock(p, true, 42);
    QCOMPARE(practice.size(), std::size_t(18));
    QCOMPARE(sart.plan(SessionMode::Assessment, p).blockSizes, std::vector<int>{225});
    QCOMPARE(sart.plan(SessionMode::Assessment, p).practiceTrials, 18);
}

void TestSustainedAttention::theSartIsReproducibleFromItsSeed()
{
    SustainedAttentionExercise sart(Variant::Sart);
    const auto p = sart.defaultParameters(SessionMode::Assessment);
    QStringList a, b, c;
    for (const auto &item : sart.assessmentBlock(p, false, 7))
        a << item.symbol + QString::number(item.fontPt);
    for (const auto &item : sart.assessmentBlock(p, false, 7))
        b << item.symbol + QString::number(item.fontPt);
    for (const auto &item : sart.assessmentBlock(p, false, 8))
        c << item.symbol + QString::number(item.fontPt);
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestSustainedAttention::sartDurationsAreWholeFrames_data()
{
    QTest::addColumn<double>("hz");
    QTest::addColumn<int>("digitFrames");
    QTest::addColumn<int>("maskFrames");
    // 250 ms and 900 ms: at 60 Hz 15 + 54 frames; at 100 Hz 25 + 90; at 144 Hz 36 + 130
    // (1150 ms = 165.6 frames → 166 in all, of which 36 for the digit).
    QTest::newRow("60 Hz: 15 digit frames and 54 mask frames") << 60.0 << 15 << 54;
    QTest::newRow("100 Hz: 25 and 90") << 100.0 << 25 << 90;
    QTest::newRow("144 Hz: 36 and 130") << 144.0 << 36 << 130;
}

void TestSustainedAttention::sartDurationsAreWholeFrames()
{
    QFETCH(double, hz);
    QFETCH(int, digitFrames);
    QFETCH(int, maskFrames);
    SustainedAttentionExercise sart(Variant::Sart);
    const TrialSpec t = sart.nextTrial(contextFor(sart, SessionMode::Assessment, 1, 0, 3, hz));
    QCOMPARE(t.phases.size(), std::size_t(2));
    QCOMPARE(t.phases[0].name, QStringLiteral("symbol"));
    QCOMPARE(t.phases[0].frames, digitFrames);
    QVERIFY(t.phases[0].stimulus);
    QCOMPARE(t.phases[1].name, QStringLiteral("mask"));
    QCOMPARE(t.phases[1].frames, maskFrames);
    QCOMPARE(t.deadlineFrames, digitFrames + maskFrames);
    QVERIFY(!t.endOnResponse);
}

void TestSustainedAttention::aCptBlockSpreadsItsXsOverTheIntervals()
{
    // Conners' design: 6 blocks of 3 sub-blocks of 20 letters, each sub-block at one interval
    // with 2 X's (10 %), the six orders of the three intervals once each over the six blocks.
    SustainedAttentionExercise cpt(Variant::Cpt);
    const auto p = cpt.defaultParameters(SessionMode::Assessment);
    QCOMPARE(cpt.plan(SessionMode::Assessment, p).blockSizes, std::vector<int>(6, 60));
    std::set<std::vector<int>> orders;
    for (int b = 1; b <= 6; ++b) {
        const auto block = SustainedAttentionExercise::connersBlock(p, b, 0, 11 + quint64(b));
        QCOMPARE(block.size(), std::size_t(60));
        std::vector<int> order;
        for (int sub = 0; sub < 3; ++sub) {
            int xs = 0;
            for (int i = 0; i < 20; ++i) {
                const auto &item = block[std::size_t(sub * 20 + i)];
                QCOMPARE(item.isiMs, block[std::size_t(sub * 20)].isiMs);
                QCOMPARE(item.symbol == u"X", !item.go);
                xs += !item.go;
            }
            QCOMPARE(xs, 2);
            order.push_back(int(block[std::size_t(sub * 20)].isiMs));
        }
        orders.insert(order);
        // Each letter's preceding interval is the one after the letter before; none for the first.
        QCOMPARE(block[0].precedingIsiMs, 0.0);
        for (std::size_t i = 1; i < block.size(); ++i)
            QCOMPARE(block[i].precedingIsiMs, block[i - 1].isiMs);
    }
    QCOMPARE(orders.size(), std::size_t(6));
    // A 2 s interval at 60 Hz: the letter 15 frames, then 105 blank frames.
    for (int i = 0; i < 60; ++i) {
        const TrialSpec t = cpt.nextTrial(contextFor(cpt, SessionMode::Assessment, 1, i, 11));
        const int isi = t.stimulus.value(QStringLiteral("isi_ms")).toInt();
        QCOMPARE(t.phases[0].frames, 15);
        QCOMPARE(t.phases[0].frames + t.phases[1].frames, isi * 60 / 1000);
        QCOMPARE(t.stimulus.contains(QStringLiteral("preceding_isi_ms")), i > 0);
    }
}

void TestSustainedAttention::cptRtsAreGroupedByThePrecedingInterval()
{
    // A person 30 ms slower per second of the interval before the letter (400 ms after a
    // pause), always right: by preceding interval the means are exactly 430, 460 and 520 ms and
    // the slope over 1, 2, 4 s is 30 ms/s. Grouped by the interval after the letter (version 1)
    // the three means would nearly coincide.
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(db);
    const qint64 participant = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    SustainedAttentionExercise cpt(Variant::Cpt);
    const Responder paced = [](const TrialSpec &t) {
        const bool go = t.stimulus.value(QStringLiteral("go")).toBool();
        const double before = t.stimulus.value(QStringLiteral("preceding_isi_ms")).toDouble();
        return SimulatedAnswer{go ? QStringLiteral("space") : QString(), 400.0 + 0.03 * before};
    };
    SessionRunner::Options options;
    options.seed = 5;
    const auto id = HeadlessRun(*db, cpt).run(participant, SessionMode::Assessment, options, paced);
    QVERIFY(id);
    const auto s = cpt.summarise(testing::scoredTrials(*db, id.value()));
    QVERIFY(std::abs(measure(s, QStringLiteral("rt_isi_1000_ms")) - 430.0) < 0.01);
    QVERIFY(std::abs(measure(s, QStringLiteral("rt_isi_2000_ms")) - 460.0) < 0.01);
    QVERIFY(std::abs(measure(s, QStringLiteral("rt_isi_4000_ms")) - 520.0) < 0.01);
    QVERIFY(std::abs(measure(s, QStringLiteral("hit_rt_isi_change_ms_per_s")) - 30.0) < 0.01);
    QVERIFY(!std::isnan(measure(s, QStringLiteral("hit_rt_block_change_ms"))));
    QVERIFY(measure(s, QStringLiteral("hit_rt_sd_block_1_ms")) > 0.0);
}

void TestSustainedAttention::everyResponseKindIsScored_data()
{
    QTest::addColumn<bool>("go");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("correct");
    QTest::newRow("a press on a go digit is correct") << true << QStringLiteral("space") << true;
    QTest::newRow("no press on a go digit is an omission") << true << QString() << false;
    QTest::newRow("no press on the 3 is a correct withhold") << false << QString() << true;
    QTest::newRow("a press on the 3 is a commission") << false << QStringLiteral("space") << false;
}

void TestSustainedAttention::everyResponseKindIsScored()
{
    QFETCH(bool, go);
    QFETCH(QString, response);
    QFETCH(bool, correct);
    SustainedAttentionExercise sart(Variant::Sart);
    TrialSpec t;
    t.stimulus = {{QStringLiteral("go"), go}};
    QCOMPARE(sart.score(t, response), correct);
    QCOMPARE(sart.score(t, sart.simulatedResponse(t, correct)), correct);
}

void TestSustainedAttention::trainingMovesRateDurationAndPace()
{
    SustainedAttentionExercise sart(Variant::Sart);
    int nogoEasy = 0, nogoHard = 0;
    for (int i = 0; i < 2000; ++i) {
        auto c = contextFor(sart, SessionMode::Training, 1, i, 5);
        c.difficulty = 0.0;
        const TrialSpec easy = sart.nextTrial(c);
        c.difficulty = 1.0;
        const TrialSpec hard = sart.nextTrial(c);
        nogoEasy += easy.condition == u"nogo";
        nogoHard += hard.condition == u"nogo";
        // 400 ms → 24 frames, 100 ms → 6; the pace 1700 ms exactly, 800 ± 200 ms.
        QCOMPARE(easy.phases[0].frames, 24);
        QCOMPARE(hard.phases[0].frames, 6);
        QCOMPARE(easy.deadlineFrames, 102);
        QVERIFY(hard.deadlineFrames >= 36 && hard.deadlineFrames <= 60);
        QCOMPARE(hard.difficulty, 1.0);
    }
    // No-go rate 0.335 and 0.08: binomial SD over 2000 trials under 0.011.
    QVERIFY(std::abs(nogoEasy / 2000.0 - 0.335) < 0.035);
    QVERIFY(std::abs(nogoHard / 2000.0 - 0.08) < 0.02);
}

void TestSustainedAttention::aLevelOfAnotherRangeIsTheLevelWithItsNoGoRate_data()
{
    // The range before 2 December 2026 ran from a no-go rate of 0.25 to 0.08, today's from 0.335:
    // by hand, rate 0.25 − 0.17 u = 0.335 − 0.255 u′, so u′ = 1/3 + 2u/3.
    const QJsonObject earlier{{QStringLiteral("nogo_rate_easy"), 0.25},
                              {QStringLiteral("nogo_rate_hard"), 0.08}};
    QTest::addColumn<QJsonObject>("recorded");
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("expected");
    QTest::newRow("the earlier range's easiest is a third of today's") << earlier << 0.0 << 1 / 3.0;
    QTest::newRow("0.47 then is 0.6467 now") << earlier << 0.47 << 1 / 3.0 + 2 * 0.47 / 3;
    QTest::newRow("the hardest stays the hardest") << earlier << 1.0 << 1.0;
    QTest::newRow("today's range keeps the level")
        << SustainedAttentionExercise(Variant::Sart).defaultParameters(SessionMode::Training)
        << 0.47 << 0.47;
    QTest::newRow("beyond today's easy end is today's easiest")
        << QJsonObject{{QStringLiteral("nogo_rate_easy"), 0.5}} << 0.0 << 0.0;
}

void TestSustainedAttention::aLevelOfAnotherRangeIsTheLevelWithItsNoGoRate()
{
    QFETCH(QJsonObject, recorded);
    QFETCH(double, level);
    QFETCH(double, expected);
    for (const Variant variant : {Variant::Sart, Variant::Cpt}) {
        const SustainedAttentionExercise exercise(variant);
        const QJsonObject today = exercise.defaultParameters(SessionMode::Training);
        QVERIFY(std::abs(exercise.levelUnder(today, recorded, level) - expected) < 1e-12);
    }
}

void TestSustainedAttention::levelsStoredUnderTheEarlierRangeReachTheModelOnTodaysScale()
{
    // A training session recorded with the range before 2 December 2026; the next one reads its
    // levels (the model's history, where it starts) as the no-go rates they set.
    const auto reread =
        recordedThenReread(SessionMode::Training, {{QStringLiteral("nogo_rate_easy"), 0.25},
                                                   {QStringLiteral("stimulus_ms_easy"), 300},
                                                   {QStringLiteral("soa_ms_easy"), 1400}});
    QVERIFY(reread);
    const auto &[stored, history] = *reread;
    QVERIFY(!stored.empty() && history.size() <= stored.size());
    const std::size_t skipped = stored.size() - history.size(); // beyond the model's memory
    for (std::size_t i = 0; i < history.size(); ++i)
        QVERIFY(std::abs(history[i].difficulty - (1 / 3.0 + 2 * stored[skipped + i] / 3)) < 1e-12);
}

void TestSustainedAttention::anAssessmentOfTheEarlierRangeReadsAtTodaysEquivalent_data()
{
    // Before 2 December 2026 the assessments' difficulty_equivalent was 0.5 (SART) and 0.4 (CPT)
    // on the earlier training range; by hand, as above, u′ = 1/3 + 2u/3: 2/3 and 0.6 today.
    const QString equivalent = QStringLiteral("difficulty_equivalent"),
                  protocol = QStringLiteral("protocol_version");
    QTest::addColumn<int>("variant");
    QTest::addColumn<QJsonObject>("recorded");
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("expected");
    QTest::newRow("SART 0.5 then")
        << int(Variant::Sart) << QJsonObject{{equivalent, 0.5}} << 0.5 << 1 / 3.0 + 2 * 0.5 / 3;
    QTest::newRow("CPT 0.4 then") << int(Variant::Cpt)
                                  << QJsonObject{{equivalent, 0.4}, {protocol, 2}} << 0.4
                                  << 1 / 3.0 + 2 * 0.4 / 3;
    QTest::newRow("another protocol reads as stored")
        << int(Variant::Cpt) << QJsonObject{{equivalent, 0.4}, {protocol, 1}} << 0.4 << 0.4;
    QTest::newRow("an imported session (no equivalent) reads as stored")
        << int(Variant::Sart) << QJsonObject{} << 0.0 << 0.0;
    QTest::newRow("today's reads as today's")
        << int(Variant::Sart)
        << SustainedAttentionExercise(Variant::Sart).defaultParameters(SessionMode::Assessment)
        << 0.667 << 0.667;
}

void TestSustainedAttention::anAssessmentOfTheEarlierRangeReadsAtTodaysEquivalent()
{
    QFETCH(int, variant);
    QFETCH(QJsonObject, recorded);
    QFETCH(double, level);
    QFETCH(double, expected);
    const SustainedAttentionExercise exercise{Variant(variant)};
    const auto read = exercise.levelsUnder(exercise.defaultParameters(SessionMode::Training),
                                           SessionMode::Assessment, recorded);
    // The parameter files round today's equivalents to three decimals (0.667).
    QVERIFY2(std::abs(read(level) - expected) < 1e-3, qPrintable(QString::number(read(level))));
}

void TestSustainedAttention::anEarlierAssessmentReachesTheModelOnTodaysScale()
{
    // A SART assessment recorded with the earlier equivalent (0.5): the model learns from its
    // no-go trials (learns_from_assessment) at today's (0.667), the level of the same task now.
    const auto reread = recordedThenReread(SessionMode::Assessment,
                                           {{QStringLiteral("difficulty_equivalent"), 0.5}});
    QVERIFY(reread);
    const auto &[stored, history] = *reread;
    QVERIFY(!history.empty());
    QCOMPARE(history.size(), stored.size());
    for (std::size_t i = 0; i < history.size(); ++i) {
        QCOMPARE(stored[i], 0.5);
        QCOMPARE(history[i].difficulty, 0.667);
    }
}

void TestSustainedAttention::simulatedCommissionsAndOmissionsAreRecovered_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("SART: 225 trials") << int(Variant::Sart);
    QTest::newRow("not-X CPT: 360 trials") << int(Variant::Cpt);
}

void TestSustainedAttention::simulatedCommissionsAndOmissionsAreRecovered()
{
    QFETCH(int, variant);
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db);
    const qint64 participant = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    SustainedAttentionExercise exercise{Variant(variant)};
    SessionRunner::Options options;
    options.seed = 99;
    const double pGo = 0.95, pNoGo = 0.4; // omission 0.05, commission 0.4
    const auto id =
        HeadlessRun(*db, exercise)
            .run(participant, SessionMode::Assessment, options, goNoGoResponder(pGo, pNoGo, 1234));
    QVERIFY(id);
    const auto trials = testing::scoredTrials(*db, id.value());
    const int n = variant == int(Variant::Sart) ? 225 : 360;
    QCOMPARE(int(trials.size()), n);
    // Independent count from the stored rows.
    int go = 0, nogo = 0, commissions = 0, omissions = 0;
    for (const TrialRecord &t : trials) {
        if (t.condition == "go") {
            ++go;
            omissions += !t.responded();
        } else {
            ++nogo;
            commissions += t.responded();
        }
    }
    QCOMPARE(nogo, variant == int(Variant::Sart) ? 25 : 36);
    const auto summary = exercise.summarise(trials);
    QCOMPARE(measure(summary, QStringLiteral("commissions")), double(commissions));
    QCOMPARE(measure(summary, QStringLiteral("omissions")), double(omissions));
    // Within three binomial standard errors of the simulated truth.
    const double commissionRate = measure(summary, QStringLiteral("commission_rate"));
    const double omissionRate = measure(summary, QStringLiteral("omission_rate"));
    QVERIFY2(std::abs(commissionRate - pNoGo) < 3 * std::sqrt(pNoGo * (1 - pNoGo) / nogo),
             qPrintable(QString::number(commissionRate)));
    QVERIFY2(std::abs(omissionRate - (1 - pGo)) < 3 * std::sqrt(pGo * (1 - pGo) / go),
             qPrintable(QString::number(omissionRate)));
    // Mean go RT near the simulated 380 ms (SD 60: SE about 4.5 ms).
    QVERIFY(std::abs(measure(summary, QStringLiteral("go_rt_mean_ms")) - 380.0) < 15.0);
    if (variant == int(Variant::Cpt))
        QVERIFY(!std::isnan(measure(summary, QStringLiteral("rt_isi_4000_ms"))));
}

void TestSustainedAttention::aPressDuringTheMaskBelongsToItsDigit()
{
    QTemporaryDir dir;
    auto db = testing::openOrFail(dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db);
    const qint64 participant = ParticipantRepository(*db).add(QStringLiteral("P1"), {}).value().id;
    SustainedAttentionExercise sart(Variant::Sart);
    SessionRunner::Options options;
    options.seed = 5;
    options.practice = false;
    options.trialLimit = 20;
    // Every press 900 ms after the digit's onset: during the mask, before the next digit at
    // 1150 ms.
    const auto id = HeadlessRun(*db, sart).run(
        participant, SessionMode::Assessment, options, [](const TrialSpec &) {
            return SimulatedAnswer{QStringLiteral("space"), 900.0};
        });
    QVERIFY(id);
    const auto trials = testing::scoredTrials(*db, id.value());
    QCOMPARE(trials.size(), std::size_t(20));
    for (const TrialRecord &t : trials) {
        QCOMPARE(t.rtMs(), 900.0);
        QCOMPARE(t.correct, t.condition == "go");
        QCOMPARE(t.framesShown, 15); // the digit's frames, not the mask's
    }
}

void TestSustainedAttention::theSceneDrawsTheDigitAndTheMask()
{
    SustainedAttentionExercise sart(Variant::Sart);
    SustainedAttentionScene scene;
    const TrialSpec t = sart.nextTrial(contextFor(sart, SessionMode::Assessment, 1, 0, 3));
    const QRectF area(0, 0, 800, 600);
    const auto whiteIn = [](const QImage &image, const QRect &r) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += qGray(image.pixel(x, y)) > 128;
        return n;
    };
    for (const Phase &phase : t.phases) {
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        scene.paint(painter, area, t, phase);
        painter.end();
        const QRect inside = scene.bounds(area, t, phase).toAlignedRect();
        const int total = whiteIn(image, image.rect());
        QVERIFY2(total > 100, qPrintable(phase.name));
        QCOMPARE(whiteIn(image, inside), total); // nothing outside the repainted bounds
        if (phase.name == u"mask") {
            // The ring passes through (400 ± 60, 300): 0.2 × 600 across; its centre is crossed.
            QVERIFY(qGray(image.pixel(400 - 60, 300)) > 128 ||
                    qGray(image.pixel(401 - 60, 300)) > 128);
            QVERIFY(qGray(image.pixel(400, 300)) > 128);
        }
    }
}

void TestSustainedAttention::conditionsReadAsWords_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("words");
    QTest::newRow("a go trial") << QStringLiteral("go") << QStringLiteral("Go (press)");
    QTest::newRow("a no-go trial") << QStringLiteral("nogo") << QStringLiteral("No-go (hold back)");
    QTest::newRow("an id it does not know stays as it is")
        << QStringLiteral("catch") << QStringLiteral("catch");
}

// Issue "clinician's workspace": conditions on screen by name, never by stored id.
void TestSustainedAttention::conditionsReadAsWords()
{
    QFETCH(QString, condition);
    QFETCH(QString, words);
    SustainedAttentionExercise e(Variant::Sart);
    QCOMPARE(e.conditionName(condition), words);
}

QTEST_MAIN(TestSustainedAttention)
#include "tst_sustainedattention.moc"
