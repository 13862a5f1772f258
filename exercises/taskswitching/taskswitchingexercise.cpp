#include "taskswitchingexercise.h"

#include "distributionmeasures.h"
#include "exerciseparameters.h"
#include "metrics/taskswitching.h"

#include <QJsonArray>
#include <algorithm>
#include <random>

namespace attend {

namespace {

// RT cleaning per person × cell (transition × block type × congruency × CTI): anticipations
// under 100 ms (Whelan 2008), nothing past the 3 s deadline, then one pass at 2.5 SD from the
// cell's mean (Ratcliff 1993). Each measure counts what it dropped (docs/metrics.md).
const metrics::RtCleaning kSwitchRtCleaning{100.0, 3000.0, 2.5};

const QString kColour = QStringLiteral("colour");
const QString kShape = QStringLiteral("shape");
const QString kF = QStringLiteral("f");
const QString kJ = QStringLiteral("j");

QString otherKey(const QString &key)
{
    return key == kF ? kJ : kF;
}

// Which value of each rule F stands for, counterbalanced over four groups of participants.
QString colourOnF(qint64 participantId)
{
    return participantId % 2 == 0 ? QStringLiteral("blue") : QStringLiteral("orange");
}

QString shapeOnF(qint64 participantId)
{
    return (participantId / 2) % 2 == 0 ? QStringLiteral("circle") : QStringLiteral("square");
}

QString colourFor(const QString &key, qint64 participantId)
{
    const QString onF = colourOnF(participantId);
    return key == kF ? onF : (onF == u"blue" ? QStringLiteral("orange") : QStringLiteral("blue"));
}

QString shapeFor(const QString &key, qint64 participantId)
{
    const QString onF = shapeOnF(participantId);
    return key == kF ? onF
                     : (onF == u"circle" ? QStringLiteral("square") : QStringLiteral("circle"));
}

// n values, half `a` and half `b` (the odd one at random), shuffled.
template <typename T> std::vector<T> balanced(int n, T a, T b, std::mt19937_64 &rng)
{
    std::vector<T> out;
    for (int i = 0; i < n; ++i)
        out.push_back(i % 2 ? b : a);
    std::shuffle(out.begin(), out.end(), rng);
    return out;
}

} // namespace

QString TaskSwitchingExercise::displayName() const
{
    return tr("Task switching");
}

QString TaskSwitchingExercise::description() const
{
    return tr("Sort shapes by colour or by shape, as the cue says: switching between rules.");
}

QString TaskSwitchingExercise::instructions(SessionMode mode) const
{
    QString text = tr("A word tells you the rule: COLOUR or HUE mean the colour rule, SHAPE or "
                      "FORM the shape rule. Then a blue or orange circle or square appears inside "
                      "the frame.\n\nUse the rule to choose the key: F or J, as shown at the "
                      "bottom of the screen during practice. The frame looks different for each "
                      "rule, to help you.\n\nAnswer as quickly as you can without making "
                      "mistakes.");
    text += QStringLiteral("\n\n");
    text += mode == SessionMode::Training
                ? tr("In training, the time between the cue and the shape, the time to answer "
                     "and how often the two rules disagree are adjusted to keep you at your "
                     "best.")
                : tr("Some parts use one rule throughout, others mix both. The test takes about "
                     "12 minutes, with short breaks.");
    return text;
}

QString TaskSwitchingExercise::responseKeysHint() const
{
    return tr("F or J, by the rule on screen");
}

QJsonObject TaskSwitchingExercise::defaultParameters(SessionMode mode) const
{
    return defaultParametersFromResource(exerciseId(), mode);
}

QString TaskSwitchingExercise::blockKind(const QJsonObject &p, int block,
                                         qint64 participantId) const
{
    const int mixed = std::max(0, p.value(QStringLiteral("mixed_blocks")).toInt(4));
    const QString a = participantId % 2 == 0 ? kColour : kShape;
    const QString b = a == kColour ? kShape : kColour;
    // A B mixed… B A: the pure blocks sandwich the mixed ones.
    if (block == 1 || block == mixed + 4)
        return a;
    if (block == 2 || block == mixed + 3)
        return b;
    return QStringLiteral("mixed");
}

SessionPlan TaskSwitchingExercise::plan(SessionMode mode, const QJsonObject &p) const
{
    SessionPlan plan;
    plan.practiceTrials = std::max(0, p.value(QStringLiteral("practice_trials")).toInt());
    if (mode == SessionMode::Training) {
        plan.blockSizes = trainingBlocks(p, 120, 40);
        return plan;
    }
    const int pure = std::max(1, p.value(QStringLiteral("pure_block_trials")).toInt(24));
    const int mixedSize = std::max(2, p.value(QStringLiteral("mixed_block_trials")).toInt(40));
    const int mixed = std::max(0, p.value(QStringLiteral("mixed_blocks")).toInt(4));
    plan.blockSizes = {pure, pure};
    plan.blockSizes.insert(plan.blockSizes.end(), std::size_t(mixed), mixedSize);
    plan.blockSizes.insert(plan.blockSizes.end(), {pure, pure});
    return plan;
}

std::vector<TaskSwitchingExercise::Step>
TaskSwitchingExercise::assessmentBlock(const QJsonObject &p, const QString &kind, int trials,
                                       quint64 seed) const
{
    std::mt19937_64 rng(seed);
    const int n = std::max(1, trials);
    std::vector<int> ctis;
    for (const auto &v : p.value(QStringLiteral("ctis_ms")).toArray())
        ctis.push_back(v.toInt());
    if (ctis.empty())
        ctis = {200, 1000};
    std::vector<int> cti;
    for (int i = 0; i < n; ++i)
        cti.push_back(ctis[std::size_t(i) % ctis.size()]);
    std::shuffle(cti.begin(), cti.end(), rng);
    const auto congruent = balanced(n, true, false, rng);
    const auto keys = balanced(n, kF, kJ, rng);

    std::vector<QString> rules(std::size_t(n), kind);
    std::vector<bool> switches(std::size_t(n), false);
    if (kind == u"mixed") {
        // Half of the transitions are switches; reshuffled until no run of repeats is longer
        // than max_repeats (a few tries at most for 40 trials).
        const int maxRepeats = std::max(1, p.value(QStringLiteral("max_repeats")).toInt(4));
        std::vector<bool> transitions = balanced(n - 1, true, false, rng);
        for (int attempt = 0; attempt < 10000; ++attempt) {
            int run = 0, longest = 0;
            for (bool s : transitions) {
                run = s ? 0 : run + 1;
                longest = std::max(longest, run);
            }
            if (longest <= maxRepeats)
                break;
            std::shuffle(transitions.begin(), transitions.end(), rng);
        }
        rules[0] = rng() % 2 ? kColour : kShape;
        for (int i = 1; i < n; ++i) {
            switches[std::size_t(i)] = transitions[std::size_t(i - 1)];
            const QString &last = rules[std::size_t(i - 1)];
            rules[std::size_t(i)] =
                switches[std::size_t(i)] ? (last == kColour ? kShape : kColour) : last;
        }
    }
    std::vector<Step> steps;
    for (int i = 0; i < n; ++i)
        steps.push_back({rules[std::size_t(i)], switches[std::size_t(i)], i == 0,
                         congruent[std::size_t(i)], cti[std::size_t(i)], keys[std::size_t(i)], 0,
                         false});
    if (twoCues(p))
        assignCues(steps, rng);
    return steps;
}

bool TaskSwitchingExercise::twoCues(const QJsonObject &p)
{
    return p.value(QStringLiteral("protocol_version")).toInt(1) >= 2;
}

// Two cues per task (a 2:1 mapping; Logan & Bundesen 2003; Mayr & Kliegl 2003): with one cue per
// task every task switch is also a cue switch, and the "switch cost" mixes the two.
void TaskSwitchingExercise::assignCues(std::vector<Step> &steps, std::mt19937_64 &rng)
{
    int repeats = 0, switches = 0;
    for (std::size_t i = 1; i < steps.size(); ++i)
        (steps[i].isSwitch ? switches : repeats)++;
    const auto cueChanges = balanced(repeats, true, false, rng);
    const auto switchCues = balanced(switches, 0, 1, rng);
    steps[0].cue = int(rng() % 2);
    int r = 0, s = 0;
    for (std::size_t i = 1; i < steps.size(); ++i) {
        if (steps[i].isSwitch) {
            steps[i].cue = switchCues[std::size_t(s++)];
        } else {
            steps[i].cueSwitch = cueChanges[std::size_t(r++)];
            steps[i].cue = steps[i].cueSwitch ? 1 - steps[i - 1].cue : steps[i - 1].cue;
        }
    }
}

TrialSpec TaskSwitchingExercise::build(const Step &step, const QString &kind,
                                       const TrialContext &context, int deadlineMs) const
{
    const qint64 who = context.participantId;
    const QString irrelevantKey = step.congruent ? step.key : otherKey(step.key);
    const bool colourRule = step.rule == kColour;
    const QString colour = colourFor(colourRule ? step.key : irrelevantKey, who);
    const QString shape = shapeFor(colourRule ? irrelevantKey : step.key, who);
    const QString transition = step.first       ? QStringLiteral("first")
                               : step.isSwitch  ? QStringLiteral("switch")
                               : step.cueSwitch ? QStringLiteral("cueswitch")
                                                : QStringLiteral("repeat");
    TrialSpec t;
    t.condition =
        QStringLiteral("%1-%2-%3-%4")
            .arg(kind == u"mixed" ? QStringLiteral("mixed") : QStringLiteral("pure"), transition,
                 step.congruent ? QStringLiteral("congruent") : QStringLiteral("incongruent"))
            .arg(step.ctiMs);
    // The response–stimulus interval is constant and the CTI varies inside it (Meiran 1996), so
    // a longer CTI is more preparation, not also more time for the last task to decay. Sessions
    // of protocol version 1 (a fixed response–cue interval, rci_ms) keep theirs on resume.
    const QJsonObject &p = context.parameters;
    const int rciMs = p.contains(QStringLiteral("rci_ms"))
                          ? int(parameter(p, "rci_ms", 500))
                          : std::max(0, int(parameter(p, "rsi_ms", 1500)) - step.ctiMs);
    const int rci = framesFor(rciMs, context.refreshHz);
    const int cti = framesFor(step.ctiMs, context.refreshHz);
    t.stimulus = {{QStringLiteral("rule"), step.rule},
                  {QStringLiteral("cue"), step.cue},
                  {QStringLiteral("colour"), colour},
                  {QStringLiteral("shape"), shape},
                  {QStringLiteral("key"), step.key},
                  {QStringLiteral("congruent"), step.congruent},
                  {QStringLiteral("transition"), transition},
                  {QStringLiteral("cti_ms"), step.ctiMs},
                  {QStringLiteral("cti_frames"), cti},
                  {QStringLiteral("rci_ms"), rciMs},
                  {QStringLiteral("deadline_ms"), deadlineMs},
                  {QStringLiteral("colour_on_f"), colourOnF(who)},
                  {QStringLiteral("shape_on_f"), shapeOnF(who)}};
    t.phases = {{QStringLiteral("blank"), rci, false},
                {QStringLiteral("cue"), cti, false},
                {QStringLiteral("target"), 0, true}};
    t.deadlineFrames = framesFor(deadlineMs, context.refreshHz);
    t.keys = {kF, kJ};
    return t;
}

TrialSpec TaskSwitchingExercise::nextTrial(const TrialContext &context) const
{
    const QJsonObject &p = context.parameters;
    if (context.mode == SessionMode::Training) {
        const double d = context.difficulty;
        std::mt19937_64 rng(context.trialSeed);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        const QJsonObject &before = context.previousStimulus;
        Step step;
        step.first = before.isEmpty();
        const int repeats = before.value(QStringLiteral("repeats")).toInt();
        const int maxRepeats = std::max(1, p.value(QStringLiteral("max_repeats")).toInt(4));
        if (step.first) {
            step.rule = u(rng) < 0.5 ? kColour : kShape;
        } else {
            const QString last = before.value(QStringLiteral("rule")).toString();
            // Fixed, not a difficulty (Monsell & Mizon 2006: switch costs shrink as switches
            // become more frequent); version-1 sessions' own range is kept on resume.
            const double pSwitch = p.contains(QStringLiteral("switch_probability_easy"))
                                       ? between(parameter(p, "switch_probability_easy", 0.2),
                                                 parameter(p, "switch_probability_hard", 0.6), d)
                                       : parameter(p, "switch_probability", 0.5);
            step.isSwitch = repeats >= maxRepeats || u(rng) < pSwitch;
            step.rule = step.isSwitch ? (last == kColour ? kShape : kColour) : last;
        }
        if (twoCues(p)) {
            const int lastCue = before.value(QStringLiteral("cue")).toInt();
            step.cueSwitch = !step.first && !step.isSwitch && u(rng) < 0.5;
            step.cue = step.first || step.isSwitch ? int(u(rng) < 0.5)
                                                   : (step.cueSwitch ? 1 - lastCue : lastCue);
        }
        step.congruent = u(rng) >= between(parameter(p, "incongruent_easy", 0.3),
                                           parameter(p, "incongruent_hard", 0.8), d);
        step.ctiMs = int(std::lround(
            between(parameter(p, "cti_ms_easy", 1000), parameter(p, "cti_ms_hard", 100), d)));
        step.key = u(rng) < 0.5 ? kF : kJ;
        const int deadline = int(std::lround(between(parameter(p, "deadline_ms_easy", 3000),
                                                     parameter(p, "deadline_ms_hard", 1000), d)));
        TrialSpec t = build(step, QStringLiteral("mixed"), context, deadline);
        t.stimulus.insert(QStringLiteral("repeats"), step.first || step.isSwitch ? 0 : repeats + 1);
        t.difficulty = d;
        return t;
    }
    const QString kind = context.practice ? QStringLiteral("mixed")
                                          : blockKind(p, context.block, context.participantId);
    const int size =
        context.practice   ? std::max(1, p.value(QStringLiteral("practice_trials")).toInt(12))
        : kind == u"mixed" ? std::max(2, p.value(QStringLiteral("mixed_block_trials")).toInt(40))
                           : std::max(1, p.value(QStringLiteral("pure_block_trials")).toInt(24));
    const auto steps = assessmentBlock(p, kind, size, context.blockSeed);
    TrialSpec t = build(steps[std::size_t(context.index) % steps.size()], kind, context,
                        int(parameter(p, "deadline_ms", 3000)));
    t.difficulty = parameter(p, "difficulty_equivalent", 0.5);
    return t;
}

bool TaskSwitchingExercise::score(const TrialSpec &trial, const QString &response) const
{
    return !response.isEmpty() &&
           response == trial.stimulus.value(QStringLiteral("key")).toString();
}

QString TaskSwitchingExercise::simulatedResponse(const TrialSpec &trial, bool correct) const
{
    const QString key = trial.stimulus.value(QStringLiteral("key")).toString();
    return correct ? key : otherKey(key);
}

// Typical effects (Monsell 2003; Kiesel et al. 2010): a switch cost of about 120 ms that shrinks
// with a long cue–target interval, a mixing cost of about 50 ms, a congruency effect of 40 ms.
SimulationCue TaskSwitchingExercise::simulationCue(const TrialSpec &trial) const
{
    const QJsonObject &s = trial.stimulus;
    const bool isSwitch = s.value(QStringLiteral("transition")).toString() == u"switch";
    const bool cueSwitch = s.value(QStringLiteral("transition")).toString() == u"cueswitch";
    const bool mixed = trial.condition.startsWith(u"mixed");
    const bool congruent = s.value(QStringLiteral("congruent")).toBool();
    const bool shortCti = s.value(QStringLiteral("cti_ms")).toInt() < 500;
    const double base = trial.difficulty * 0.4; // assessment: 0.2, an easy two-choice task
    // A cue switch alone costs about half of what a task switch does (Logan & Bundesen 2003;
    // Mayr & Kliegl 2003: much of the "switch cost" of one-cue designs is cue encoding).
    return {base + (isSwitch ? 0.1 : 0.0) + (cueSwitch ? 0.03 : 0.0) + (congruent ? 0.0 : 0.05),
            (isSwitch ? (shortCti ? 150.0 : 90.0) : 0.0) +
                (cueSwitch ? (shortCti ? 70.0 : 40.0) : 0.0) + (mixed ? 50.0 : 0.0) +
                (congruent ? 0.0 : 40.0),
            std::nullopt, std::nullopt};
}

// docs/import.md: the block type, the transition from the trial before, congruency and the
// cue–target interval make the cell.
std::vector<ImportField> TaskSwitchingExercise::importFields() const
{
    using T = ImportField::Type;
    return {{QStringLiteral("block_type"),
             T::Choice,
             {QStringLiteral("mixed"), QStringLiteral("pure")}},
            {QStringLiteral("transition"),
             T::Choice,
             {QStringLiteral("first"), QStringLiteral("repeat"), QStringLiteral("switch"),
              QStringLiteral("cueswitch")}},
            {QStringLiteral("congruent"), T::Flag},
            {QStringLiteral("cti_ms"), T::Number},
            {QStringLiteral("correct"), T::Flag},
            {QStringLiteral("rt_ms"), T::Number}};
}

void TaskSwitchingExercise::describeImported(TrialRecord &trial, const QJsonObject &fields) const
{
    const QString transition = fields.value(QStringLiteral("transition")).toString();
    const bool congruent = fields.value(QStringLiteral("congruent")).toBool();
    const int ctiMs = qRound(fields.value(QStringLiteral("cti_ms")).toDouble());
    setKind(trial,
            QStringLiteral("%1-%2-%3")
                    .arg(fields.value(QStringLiteral("block_type")).toString(), transition,
                         congruent ? QStringLiteral("congruent") : QStringLiteral("incongruent")) +
                QStringLiteral("-%1").arg(ctiMs),
            {{QStringLiteral("transition"), transition},
             {QStringLiteral("congruent"), congruent},
             {QStringLiteral("cti_ms"), ctiMs}});
}

std::vector<Measure> TaskSwitchingExercise::summarise(const std::vector<TrialRecord> &trials) const
{
    std::vector<metrics::SwitchTrial> list;
    for (const TrialRecord &t : trials) {
        const QStringList parts = QString::fromStdString(t.condition).split(u'-');
        if (parts.size() != 4)
            continue;
        list.push_back({t.block, parts[0] == u"mixed", parts[1] == u"switch",
                        parts[2] == u"congruent", parts[3].toInt(), t.responded(), t.correct,
                        t.rtMs().value_or(0.0), parts[1] == u"cueswitch"});
    }
    const metrics::SwitchSummary s = metrics::summariseSwitching(list, kSwitchRtCleaning);
    const QString ms = QStringLiteral("ms");
    std::vector<Measure> out = {
        proportionOf("accuracy", tr("Accuracy"), s.accuracy),
        measureOf("switch_cost_rt_ms", tr("Switch cost: extra time when the rule changes"),
                  s.switchCostRt, ms),
        measureOf("task_switch_cost_rt_ms",
                  tr("Task-switch cost: extra time when the rule changes, not just its cue"),
                  s.taskSwitchCostRt, ms),
        measureOf("cue_switch_cost_rt_ms",
                  tr("Cue-switch cost: extra time when the cue changes but the rule does not"),
                  s.cueSwitchCostRt, ms),
        measureOf("switch_cost_errors", tr("Switch cost in errors (share of trials)"),
                  s.errorSwitchCost),
        measureOf("mixing_cost_rt_ms", tr("Mixing cost: extra time for keeping two rules ready"),
                  s.mixingCostRt, ms),
        measureOf("congruency_effect_rt_ms",
                  tr("Congruency effect: extra time when the rules disagree"), s.congruencyEffectRt,
                  ms),
    };
    // A detail: in training the CTI moves with the level, and a measure per value met is not a
    // column an analysis can use (the long measures.csv keeps them all).
    for (const auto &[cti, cost] : s.switchCostRtByCti)
        out.push_back(detailed(
            measureOf(("switch_cost_rt_cti_" + QByteArray::number(cti) + "_ms").constData(),
                      tr("Switch cost with %1 ms to prepare").arg(cti), cost, ms)));
    // Per transition, as diffusion modelling of switching does (Schmitz & Voss 2012): pooled,
    // the parameters would describe a mixture of two conditions.
    for (const auto &[key, of, cell] :
         {std::tuple{QStringLiteral("repeat_rt"), tr("repeat trials"), &s.repeats},
          std::tuple{QStringLiteral("switch_rt"), tr("switch trials"), &s.switches}}) {
        for (auto &&m : exGaussianMeasures(key, of, cell->correctRtsMs))
            out.push_back(std::move(m));
        for (auto &&m : ezDiffusionMeasures(key, of, cell->correctRtsMs, cell->trials))
            out.push_back(std::move(m));
    }
    const QString exclusions = tr("Leaves out each block's first trial, trials after an error, "
                                  "and for times errors and responses faster than 100 ms.");
    for (Measure &m : out)
        if (m.ok && m.key != u"accuracy")
            m.note = exclusions;
    return out;
}

QString TaskSwitchingExercise::assessmentKeyMeasure() const
{
    return QStringLiteral("switch_cost_rt_ms");
}

// "mixed-cueswitch-congruent-200" → "Mixed block, cue switch, congruent, cue 200 ms before".
QString TaskSwitchingExercise::conditionName(const QString &condition) const
{
    const QStringList parts = condition.split(u'-');
    const std::map<QString, QString> words = {{QStringLiteral("mixed"), tr("Mixed block")},
                                              {QStringLiteral("pure"), tr("Single-task block")},
                                              {QStringLiteral("first"), tr("first of its block")},
                                              {QStringLiteral("repeat"), tr("task repeat")},
                                              {QStringLiteral("switch"), tr("task switch")},
                                              {QStringLiteral("cueswitch"), tr("cue switch")},
                                              {QStringLiteral("congruent"), tr("congruent")},
                                              {QStringLiteral("incongruent"), tr("incongruent")}};
    bool number = false;
    const int ctiMs = parts.value(3).toInt(&number);
    if (parts.size() != 4 || !number ||
        !std::all_of(parts.begin(), parts.begin() + 3,
                     [&](const QString &p) { return words.count(p); }))
        return condition;
    return tr("%1, %2, %3, cue %4 ms before")
        .arg(words.at(parts[0]), words.at(parts[1]), words.at(parts[2]))
        .arg(ctiMs);
}

} // namespace attend
