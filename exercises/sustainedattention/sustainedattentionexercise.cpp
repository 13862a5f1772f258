#include "sustainedattentionexercise.h"

#include "distributionmeasures.h"
#include "exerciseparameters.h"
#include "metrics/sustained.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <random>

namespace attend {

namespace {

const QString kSpace = QStringLiteral("space");
// The CPT's letters: the alphabet without X (the no-go letter) and without I and O, which are
// easily confused with digits and each other's shapes at a glance.
const QString kLetters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWYZ");

std::vector<int> intList(const QJsonObject &p, const char *key)
{
    std::vector<int> out;
    for (const auto &v : p.value(QLatin1String(key)).toArray())
        out.push_back(v.toInt());
    return out;
}

// The CPT's inter-stimulus intervals (ms).
std::vector<int> isisOf(const QJsonObject &p)
{
    std::vector<int> isis = intList(p, "isis_ms");
    return isis.empty() ? std::vector<int>{1000, 2000, 4000} : isis;
}

Measure slopeOf(const char *key, const QString &label, const metrics::LineFit &fit,
                const QString &unit)
{
    Measure m{QString::fromLatin1(key),          label, unit, fit.ok(), fit.ok() ? fit.slope : 0.0,
              QString::fromStdString(fit.reason)};
    m.used = fit.n;
    return m;
}

// The no-go rate of a training level: the dimension that carries the difficulty (commission
// errors; Robertson et al. 1997), by which the levels of two training ranges compare.
double nogoRateAt(const QJsonObject &p, double level)
{
    return between(parameter(p, "nogo_rate_easy", 0.335), parameter(p, "nogo_rate_hard", 0.08),
                   level);
}

} // namespace

QString SustainedAttentionExercise::id() const
{
    return m_variant == Variant::Sart ? QStringLiteral("sart") : QStringLiteral("cpt");
}

QString SustainedAttentionExercise::displayName() const
{
    return m_variant == Variant::Sart ? tr("Sustained attention: SART")
                                      : tr("Sustained attention: CPT");
}

QString SustainedAttentionExercise::description() const
{
    return m_variant == Variant::Sart
               ? tr("Press for every digit except 3: keeping attention on a routine task.")
               : tr("Press for every letter except X, at an irregular pace.");
}

QString SustainedAttentionExercise::instructions(SessionMode mode) const
{
    QString text =
        m_variant == Variant::Sart
            ? tr("Digits from 1 to 9 appear one at a time in the middle of the screen, each "
                 "followed by a circle with a cross.\n\nPress Space as soon as you see each "
                 "digit — except the digit 3. When you see 3, do not press anything.\n\n"
                 "Speed and accuracy matter equally.")
            : tr("Letters appear one at a time in the middle of the screen, sometimes quickly "
                 "one after another, sometimes after a longer pause.\n\nPress Space as soon as "
                 "you see each letter — except the letter X. When you see X, do not press "
                 "anything.\n\nSpeed and accuracy matter equally.");
    text += QStringLiteral("\n\n");
    if (mode == SessionMode::Training)
        text += tr("In training, the pace and how often the no-press symbol appears change to "
                   "keep you at your best.");
    else
        text += m_variant == Variant::Sart ? tr("The test takes about 5 minutes without a break.")
                                           : tr("The test takes about 15 minutes, in 6 parts "
                                                "with a short break after each.");
    return text;
}

QString SustainedAttentionExercise::responseKeysHint() const
{
    return m_variant == Variant::Sart ? tr("Space = any digit except 3 · 3 = press nothing")
                                      : tr("Space = any letter except X · X = press nothing");
}

QJsonObject SustainedAttentionExercise::defaultParameters(SessionMode mode) const
{
    return defaultParametersFromResource(id(), mode);
}

SessionPlan SustainedAttentionExercise::plan(SessionMode mode, const QJsonObject &p) const
{
    SessionPlan plan;
    plan.practiceTrials = std::max(0, p.value(QStringLiteral("practice_trials")).toInt());
    if (mode == SessionMode::Training) {
        plan.blockSizes = trainingBlocks(p, 150, 75);
    } else if (m_variant == Variant::Sart) {
        plan.blockSizes = {9 * std::max(1, p.value(QStringLiteral("trials_per_symbol")).toInt(25))};
    } else {
        const int blocks = std::max(1, p.value(QStringLiteral("blocks")).toInt(6));
        const int perBlock =
            conners(p) ? int(isisOf(p).size()) *
                             std::max(1, p.value(QStringLiteral("subblock_trials")).toInt(20))
                       : std::max(1, p.value(QStringLiteral("trials_per_block")).toInt(60));
        plan.blockSizes.assign(std::size_t(blocks), perBlock);
    }
    return plan;
}

bool SustainedAttentionExercise::conners(const QJsonObject &p)
{
    return p.value(QStringLiteral("protocol_version")).toInt(1) >= 2;
}

// Conners' CPT design (Conners 2000; Conners & MHS Staff 2000): each block holds one sub-block
// of 20 letters at each inter-stimulus interval, so that an interval's effect on RT comes from a
// run of letters at that pace, not from one odd gap. The blocks take the orders of the intervals
// in turn (with three intervals, six orders over six blocks: each interval in each position
// twice), starting at an order set by the participant, so that order is counterbalanced over
// people too. The X's are spread evenly: `targets_per_subblock` in each sub-block.
std::vector<SustainedAttentionExercise::Item>
SustainedAttentionExercise::connersBlock(const QJsonObject &p, int block, qint64 participantId,
                                         quint64 seed)
{
    std::vector<int> isis = isisOf(p);
    std::sort(isis.begin(), isis.end());
    std::vector<std::vector<int>> orders;
    do
        orders.push_back(isis);
    while (std::next_permutation(isis.begin(), isis.end()));
    const auto &order = orders[std::size_t(
        (std::max(0, block - 1) + std::max<qint64>(0, participantId)) % qint64(orders.size()))];
    const int size = std::max(1, p.value(QStringLiteral("subblock_trials")).toInt(20));
    const int targets =
        std::clamp(p.value(QStringLiteral("targets_per_subblock")).toInt(2), 0, size);
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> letter(0, int(kLetters.size()) - 1);
    std::vector<Item> items;
    for (int isi : order) {
        std::vector<Item> sub;
        for (int i = 0; i < size; ++i) {
            const bool go = i >= targets;
            sub.push_back({go ? QString(kLetters[letter(rng)]) : QStringLiteral("X"), go, 0,
                           double(isi), 0.0});
        }
        std::shuffle(sub.begin(), sub.end(), rng);
        items.insert(items.end(), sub.begin(), sub.end());
    }
    for (std::size_t i = 1; i < items.size(); ++i)
        items[i].precedingIsiMs = items[i - 1].isiMs;
    return items;
}

std::vector<SustainedAttentionExercise::Item>
SustainedAttentionExercise::assessmentBlock(const QJsonObject &p, bool practice, quint64 seed) const
{
    std::mt19937_64 rng(seed);
    std::vector<Item> items;
    if (m_variant == Variant::Sart) {
        // Each digit equally often; the practice is the first `practice_trials` of a shuffled
        // set of two of each.
        const int each =
            practice ? 2 : std::max(1, p.value(QStringLiteral("trials_per_symbol")).toInt(25));
        for (int digit = 1; digit <= 9; ++digit)
            for (int k = 0; k < each; ++k)
                items.push_back({QString::number(digit), digit != 3, 0, 0});
        std::vector<int> sizes = intList(p, "font_sizes_pt");
        if (sizes.empty())
            sizes = {72};
        // Font sizes balanced over the block and assigned at random (Robertson et al. 1997).
        std::vector<int> fonts;
        for (std::size_t i = 0; i < items.size(); ++i)
            fonts.push_back(sizes[i % sizes.size()]);
        std::shuffle(fonts.begin(), fonts.end(), rng);
        for (std::size_t i = 0; i < items.size(); ++i)
            items[i].fontPt = fonts[i];
        std::shuffle(items.begin(), items.end(), rng);
        if (practice)
            items.resize(std::min(
                items.size(),
                std::size_t(std::max(1, p.value(QStringLiteral("practice_trials")).toInt(18)))));
        return items;
    }
    const std::vector<int> isis = isisOf(p);
    const int perBlock = practice
                             ? std::max(1, p.value(QStringLiteral("practice_trials")).toInt(12))
                             : std::max(1, p.value(QStringLiteral("trials_per_block")).toInt(60));
    const int targetsPerIsi =
        practice ? 1 : std::max(0, p.value(QStringLiteral("targets_per_isi_per_block")).toInt(2));
    std::uniform_int_distribution<int> letter(0, int(kLetters.size()) - 1);
    // Inter-stimulus intervals equally often; within each, the X's first, then letters.
    std::vector<int> perIsi(isis.size(), 0);
    for (int i = 0; i < perBlock; ++i)
        ++perIsi[std::size_t(i) % isis.size()];
    for (std::size_t k = 0; k < isis.size(); ++k)
        for (int i = 0; i < perIsi[k]; ++i) {
            const bool go = i >= targetsPerIsi;
            items.push_back({go ? QString(kLetters[letter(rng)]) : QStringLiteral("X"), go, 0,
                             double(isis[k]), 0.0});
        }
    std::shuffle(items.begin(), items.end(), rng);
    return items;
}

TrialSpec SustainedAttentionExercise::build(const Item &item, double stimulusMs, double soaMs,
                                            double height, double refreshHz) const
{
    const int stimulusFrames = framesFor(stimulusMs, refreshHz);
    const int totalFrames = std::max(stimulusFrames + 1, framesFor(soaMs, refreshHz));
    TrialSpec t;
    t.condition = item.go ? QStringLiteral("go") : QStringLiteral("nogo");
    t.stimulus = {{QStringLiteral("symbol"), item.symbol},
                  {QStringLiteral("go"), item.go},
                  {QStringLiteral("height"), height},
                  {QStringLiteral("stimulus_frames"), stimulusFrames},
                  {QStringLiteral("post_frames"), totalFrames - stimulusFrames},
                  {QStringLiteral("soa_ms"), totalFrames * 1000.0 / refreshHz}};
    if (item.fontPt > 0)
        t.stimulus.insert(QStringLiteral("font_pt"), item.fontPt);
    const QString after =
        m_variant == Variant::Sart ? QStringLiteral("mask") : QStringLiteral("blank");
    t.phases = {{QStringLiteral("symbol"), stimulusFrames, true},
                {after, totalFrames - stimulusFrames, false}};
    // A response up to the next onset belongs to this trial; the stream does not wait for it.
    t.deadlineFrames = totalFrames;
    t.endOnResponse = false;
    t.keys = {kSpace};
    return t;
}

TrialSpec SustainedAttentionExercise::nextTrial(const TrialContext &context) const
{
    if (context.mode == SessionMode::Training)
        return training(context);
    const QJsonObject &p = context.parameters;
    const auto block =
        m_variant == Variant::Cpt && !context.practice && conners(p)
            ? connersBlock(p, context.block, context.participantId, context.blockSeed)
            : assessmentBlock(p, context.practice, context.blockSeed);
    const Item &item = block[std::size_t(context.index) % block.size()];
    TrialSpec t;
    if (m_variant == Variant::Sart) {
        const double largest = parameter(p, "largest_height", 0.16);
        const double height = largest * item.fontPt / 120.0;
        t = build(item, parameter(p, "stimulus_ms", 250),
                  parameter(p, "stimulus_ms", 250) + parameter(p, "mask_ms", 900), height,
                  context.refreshHz);
    } else {
        t = build(item, parameter(p, "stimulus_ms", 250), item.isiMs,
                  parameter(p, "letter_height", 0.12), context.refreshHz);
        t.stimulus.insert(QStringLiteral("isi_ms"), item.isiMs);
        if (item.precedingIsiMs > 0)
            t.stimulus.insert(QStringLiteral("preceding_isi_ms"), item.precedingIsiMs);
    }
    t.difficulty = parameter(p, "difficulty_equivalent", 0.5);
    return t;
}

TrialSpec SustainedAttentionExercise::training(const TrialContext &context) const
{
    const QJsonObject &p = context.parameters;
    const double d = context.difficulty;
    std::mt19937_64 rng(context.trialSeed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const double nogoRate = nogoRateAt(p, d);
    const double stimulusMs =
        between(parameter(p, "stimulus_ms_easy", 400), parameter(p, "stimulus_ms_hard", 100), d);
    const double jitter = between(0.0, parameter(p, "soa_jitter_ms_hard", 200), d);
    const double soaMs =
        between(parameter(p, "soa_ms_easy", 1700), parameter(p, "soa_ms_hard", 800), d) +
        (2.0 * u(rng) - 1.0) * jitter;
    Item item;
    item.go = u(rng) >= nogoRate;
    if (m_variant == Variant::Sart) {
        std::uniform_int_distribution<int> digit(0, 7);
        const int k = digit(rng) + 1;
        item.symbol = item.go ? QString::number(k >= 3 ? k + 1 : k) : QStringLiteral("3");
        std::vector<int> sizes = intList(p, "font_sizes_pt");
        if (sizes.empty())
            sizes = {72};
        item.fontPt = sizes[std::uniform_int_distribution<std::size_t>(0, sizes.size() - 1)(rng)];
    } else {
        item.symbol = item.go ? QString(kLetters[std::uniform_int_distribution<int>(
                                    0, int(kLetters.size()) - 1)(rng)])
                              : QStringLiteral("X");
    }
    const double height = m_variant == Variant::Sart
                              ? parameter(p, "largest_height", 0.16) * item.fontPt / 120.0
                              : parameter(p, "letter_height", 0.12);
    TrialSpec t = build(item, stimulusMs, soaMs, height, context.refreshHz);
    t.stimulus.insert(QStringLiteral("nogo_rate"), nogoRate);
    t.difficulty = d;
    return t;
}

bool SustainedAttentionExercise::score(const TrialSpec &trial, const QString &response) const
{
    const bool go = trial.stimulus.value(QStringLiteral("go")).toBool();
    return go ? response == kSpace : response.isEmpty();
}

QString SustainedAttentionExercise::simulatedResponse(const TrialSpec &trial, bool correct) const
{
    const bool go = trial.stimulus.value(QStringLiteral("go")).toBool();
    return go == correct ? kSpace : QString();
}

// Go trials are easy (few omissions); withholding on a rare no-go trial is hard at the standard
// parameters (difficulty 0.6, at level 0.667: SART commission rates of 30–50 %; Robertson et al.
// 1997), easy at training's slowest pace with frequent no-gos, hardest at its fastest with rare
// ones. Difficulty is linear in the level, and so in each of no-go rate, symbol time and pace:
// the training range's easy end reaches half its span further (docs/exercises.md), at 0.4 below
// the 0.2 of the range before.
SimulationCue SustainedAttentionExercise::simulationCue(const TrialSpec &trial) const
{
    const bool go = trial.stimulus.value(QStringLiteral("go")).toBool();
    return {go ? 0.0 : -0.2 + 1.2 * trial.difficulty, go ? -150.0 : 0.0, std::nullopt,
            std::nullopt};
}

// Until 2 December 2026 the training range's easy end was a no-go rate of 0.25 (300 ms; 1.4 s,
// CPT 1.6 s); now it is 0.335. A level stored then is the level with the same no-go rate now;
// every dimension moved by the same share of its span, so the no-go rate stands for all.
double SustainedAttentionExercise::levelUnder(const QJsonObject &now, const QJsonObject &recorded,
                                              double level) const
{
    const double easy = nogoRateAt(now, 0.0), hard = nogoRateAt(now, 1.0);
    if (easy == hard || (nogoRateAt(recorded, 0.0) == easy && nogoRateAt(recorded, 1.0) == hard))
        return level;
    return std::clamp((nogoRateAt(recorded, level) - easy) / (hard - easy), 0.0, 1.0);
}

// docs/import.md: a go/no-go stream needs the kind of each symbol, whether it was answered and
// how fast; the CPT's interval measures also the interval before each letter.
std::vector<ImportField> SustainedAttentionExercise::importFields() const
{
    using T = ImportField::Type;
    std::vector<ImportField> fields = {{QStringLiteral("go"), T::Flag},
                                       {QStringLiteral("rt_ms"), T::Number},
                                       {QStringLiteral("responded"), T::Flag, {}, false}};
    if (m_variant == Variant::Cpt)
        fields.push_back({QStringLiteral("preceding_isi_ms"), T::Number, {}, false});
    return fields;
}

void SustainedAttentionExercise::describeImported(TrialRecord &trial,
                                                  const QJsonObject &fields) const
{
    const bool go = fields.value(QStringLiteral("go")).toBool();
    QJsonObject stimulus{{QStringLiteral("go"), go}};
    if (fields.contains(QStringLiteral("preceding_isi_ms")))
        stimulus.insert(QStringLiteral("preceding_isi_ms"),
                        fields.value(QStringLiteral("preceding_isi_ms")));
    setKind(trial, go ? QStringLiteral("go") : QStringLiteral("nogo"), stimulus);
    trial.correct = go == trial.responded(); // as score() has it
}

std::vector<Measure>
SustainedAttentionExercise::summarise(const std::vector<TrialRecord> &trials) const
{
    std::vector<metrics::GoNoGoTrial> stream;
    for (const TrialRecord &t : trials)
        stream.push_back({t.condition == "go", t.responded(), t.rtMs().value_or(0.0)});
    const metrics::SustainedSummary s = metrics::summariseSustained(stream);
    const QString ms = QStringLiteral("ms");
    // The summary screen shows the rates, speed, variability, sensitivity and vigilance
    // decrement; the rest is stored and exported as detail.
    std::vector<Measure> out = {
        detailed(countOf("commissions", tr("Presses on the no-press symbol (commissions)"),
                         s.commissions)),
        detailed(countOf("omissions", tr("Symbols missed (omissions)"), s.omissions)),
        proportionOf("commission_rate", tr("Commission rate"), s.commissionRate),
        proportionOf("omission_rate", tr("Omission rate"), s.omissionRate),
        measureOf("go_rt_mean_ms", tr("Mean reaction time"), s.goRt.mean, ms),
        detailed(measureOf("go_rt_sd_ms", tr("Spread of reaction times (SD)"), s.goRt.sd, ms)),
        measureOf("go_rt_cv", tr("Reaction-time variability (SD / mean)"), s.goRt.cv),
        measureOf("d_prime", tr("Sensitivity d′ (signal: the no-press symbol)"), s.dPrime),
        detailed(measureOf("criterion", tr("Response bias c (above 0: leans towards pressing)"),
                           s.criterion)),
        detailed(countOf("anticipations", tr("Presses faster than 100 ms"), s.anticipations)),
        slopeOf("vigilance_rt_slope_ms", tr("Slowing across the four quarters (per quarter)"),
                s.rtByQuarter, ms),
        detailed(slopeOf("vigilance_error_slope",
                         tr("Change in error rate across quarters (per quarter)"),
                         s.errorsByQuarter, QString())),
        detailed(measureOf("post_error_slowing_ms", tr("Slowing after a commission"),
                           s.postErrorSlowing, ms)),
        detailed(measureOf("pre_commission_speeding_ms", tr("Speeding before a commission"),
                           s.preCommissionSpeeding, ms)),
    };
    // One response only, so no EZ-diffusion (it needs two choices and their error RTs' cell).
    const auto exGaussian =
        exGaussianMeasures(QStringLiteral("go_rt"), tr("go trials"), s.goRt.kept);
    out.insert(out.end(), exGaussian.begin(), exGaussian.end());
    if (m_variant == Variant::Cpt) {
        const auto cpt = cptMeasures(trials);
        out.insert(out.end(), cpt.begin(), cpt.end());
    }
    return out;
}

// The CPT's interval and block measures (Conners 2000), from its hits (go letters answered).
std::vector<Measure> SustainedAttentionExercise::cptMeasures(const std::vector<TrialRecord> &trials)
{
    std::vector<metrics::CptHit> hits;
    for (const TrialRecord &t : trials) {
        if (t.condition != "go" || !t.responded())
            continue;
        const auto s = QJsonDocument::fromJson(QByteArray::fromStdString(t.stimulus)).object();
        std::optional<double> preceding;
        if (s.contains(QStringLiteral("preceding_isi_ms")))
            preceding = s.value(QStringLiteral("preceding_isi_ms")).toDouble() / 1000.0;
        hits.push_back({t.block, preceding, *t.rtMs()});
    }
    const metrics::CptBlockSummary s = metrics::summariseCptBlocks(hits);
    const QString ms = QStringLiteral("ms");
    std::vector<Measure> out = {
        slopeOf("hit_rt_isi_change_ms_per_s",
                tr("Change of reaction time with the interval before a letter (per second)"),
                s.rtByIsi, QStringLiteral("ms/s")),
        slopeOf("hit_rt_block_change_ms", tr("Change of reaction time across blocks (per block)"),
                s.rtByBlock, ms),
    };
    for (const auto &[isi, mean] : s.meanRtByIsi)
        out.push_back(
            measureOf(("rt_isi_" + QByteArray::number(qRound(isi * 1000.0)) + "_ms").constData(),
                      tr("Mean reaction time after %1 s between letters").arg(isi), mean, ms));
    for (const auto &[block, sd] : s.rtSdByBlock)
        out.push_back(detailed(
            measureOf(("hit_rt_sd_block_" + QByteArray::number(block) + "_ms").constData(),
                      tr("Spread of reaction times (SD) in block %1").arg(block), sd, ms)));
    return out;
}

QString SustainedAttentionExercise::assessmentKeyMeasure() const
{
    return QStringLiteral("commission_rate");
}

QString SustainedAttentionExercise::conditionName(const QString &condition) const
{
    if (condition == u"go")
        return tr("Go (press)");
    if (condition == u"nogo")
        return tr("No-go (hold back)");
    return condition;
}

} // namespace attend
