#include "dividedattentionexercise.h"

#include "exerciseparameters.h"
#include "metrics/psychometric.h"

#include <QJsonDocument>
#include <QPointF>
#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

namespace attend {

namespace {

// The chance of a right guess in a subtest: 1/2 for the central figure (car or truck), 1/8 for
// a direction, 1/16 for both. Used by the threshold fits and by simulated people.
double chance(const QString &subtest)
{
    return subtest == u"central" ? 0.5 : subtest == u"peripheral" ? 1.0 / 8.0 : 1.0 / 16.0;
}

constexpr double kItem = 0.045;      // peripheral items' size, of the short side
constexpr double kClearance = 0.065; // distractors keep this far from the target's centre
const QString kCar = QStringLiteral("f");
const QString kTruck = QStringLiteral("j");
// Direction keys around S, clockwise from up, and the numeric keypad's equivalents.
const QStringList kLetterKeys = {QStringLiteral("w"), QStringLiteral("e"), QStringLiteral("d"),
                                 QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("z"),
                                 QStringLiteral("a"), QStringLiteral("q")};
const QStringList kPadKeys = {QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("6"),
                              QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"),
                              QStringLiteral("4"), QStringLiteral("7")};

QPointF onSpoke(int spoke16, double radius)
{
    const double angle = spoke16 * std::numbers::pi / 8.0; // 0 = up, clockwise
    return {radius * std::sin(angle), -radius * std::cos(angle)};
}

// Which of the two staircases trial `index` of a block belongs to: each pair of trials has one
// of each, in an order drawn from the block's seed.
int staircaseOf(quint64 blockSeed, int index)
{
    std::mt19937_64 rng(blockSeed ^ (quint64(index / 2) * 0x9E3779B97F4A7C15ull));
    const int first = int(rng() % 2);
    return index % 2 == 0 ? first : 1 - first;
}

QJsonObject parsed(const std::string &json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

// The staircase estimate: the mean of each staircase's reversal levels after its first two,
// averaged over the staircases that have at least three reversals — the two of a subtest, or
// the four of the baseline's two halves (in ms).
metrics::Estimate staircaseThreshold(const std::map<int, QJsonArray> &stairsByBlock, double frameMs)
{
    std::vector<double> means;
    for (const auto &[block, stairs] : stairsByBlock)
        for (const auto &s : stairs) {
            const QJsonArray reversals = s.toArray().at(3).toArray();
            if (reversals.size() < 3)
                continue;
            double sum = 0;
            for (int i = 2; i < reversals.size(); ++i)
                sum += reversals.at(i).toDouble();
            means.push_back(sum / double(reversals.size() - 2));
        }
    if (means.size() < 2)
        return metrics::Estimate::notEnough(int(means.size()), 0,
                                            "needs two staircases with at least 3 reversals");
    double sum = 0.0;
    for (double m : means)
        sum += m;
    return metrics::Estimate::of(sum / double(means.size()) * frameMs, int(means.size()));
}

} // namespace

QString DividedAttentionExercise::displayName() const
{
    return tr("Divided attention");
}

QString DividedAttentionExercise::description() const
{
    return tr("Take in the centre and the edge of a brief display at once.");
}

QString DividedAttentionExercise::instructions(SessionMode mode) const
{
    QString text = tr("Look at the cross in the middle. A picture flashes briefly: a car or a "
                      "truck in the small box in the middle and, in most parts, a round target "
                      "somewhere further out, sometimes among triangles. Then the screen "
                      "flickers.\n\nFirst say what was in the middle: F for the car, J for the "
                      "truck. Then say where the round target was: the keys around S (Q W E, A "
                      "D, Z X C) or the number pad point in its direction.\n\nTake your time to "
                      "answer: only correctness counts. Guess if you are not sure.");
    text += QStringLiteral("\n\n") +
            tr("You can also answer with the mouse: click the car or the truck, then the "
               "direction.");
    text += QStringLiteral("\n\n");
    text +=
        mode == SessionMode::Training
            ? tr("In training, the display time, the number of triangles, how far out the "
                 "target is and how alike the car and truck look change to keep you at your "
                 "best. At the easiest levels there is no edge target: only the centre.")
            : tr("There are five parts: the edge target alone (20 displays), three parts of 40, "
                 "and the edge target alone again (20). The display gets shorter as you get "
                 "them right. About 15 minutes.");
    return text;
}

QString DividedAttentionExercise::responseKeysHint() const
{
    return tr("Centre: F = car · J = truck   Then where: Q W E / A D / Z X C or the number pad");
}

QJsonObject DividedAttentionExercise::defaultParameters(SessionMode mode) const
{
    return defaultParametersFromResource(exerciseId(), mode);
}

SessionPlan DividedAttentionExercise::plan(SessionMode mode, const QJsonObject &p) const
{
    SessionPlan plan;
    plan.practiceTrials = std::max(0, p.value(QStringLiteral("practice_trials")).toInt());
    if (mode == SessionMode::Training) {
        plan.blockSizes = trainingBlocks(p, 90, 30);
        return plan;
    }
    const int subtest = std::max(2, p.value(QStringLiteral("trials_per_subtest")).toInt(40));
    if (!abba(p)) {
        plan.blockSizes.assign(4, subtest);
        return plan;
    }
    const int half = std::max(2, p.value(QStringLiteral("baseline_trials_per_half")).toInt(20));
    plan.blockSizes = {half, subtest, subtest, subtest, half};
    return plan;
}

bool DividedAttentionExercise::abba(const QJsonObject &p)
{
    return p.value(QStringLiteral("protocol_version")).toInt(1) >= 2;
}

QString DividedAttentionExercise::subtest(const QJsonObject &p, int block)
{
    // Protocol 2 runs the edge-only baseline before and after the three subtests (A B B A), so
    // that practice over the session weighs on the baseline as on the subtests; protocol 1 ran
    // it last, after 120 trials of practice, which inflated the dual-task cost.
    if (abba(p))
        block = block == 1 || block == 5 ? 4 : block - 1;
    switch (block) {
    case 1:
        return QStringLiteral("central");
    case 2:
        return QStringLiteral("divided");
    case 3:
        return QStringLiteral("selective");
    default:
        return QStringLiteral("peripheral");
    }
}

int DividedAttentionExercise::directionOfKey(const QString &key)
{
    const int letter = int(kLetterKeys.indexOf(key));
    return letter >= 0 ? letter : int(kPadKeys.indexOf(key));
}

QString DividedAttentionExercise::keyForDirection(int direction)
{
    return kLetterKeys.value(((direction % 8) + 8) % 8);
}

std::vector<QPointF> DividedAttentionExercise::distractorPlaces()
{
    std::vector<QPointF> places;
    for (double radius : {0.13, 0.24, 0.35})
        for (int spoke = 0; spoke < 16; ++spoke)
            places.push_back(onSpoke(spoke, radius));
    return places;
}

QJsonArray DividedAttentionExercise::advanceStaircases(const QJsonObject &p,
                                                       const QJsonObject &previous,
                                                       bool previousCorrect)
{
    QJsonArray stairs = previous.value(QStringLiteral("stairs")).toArray();
    if (stairs.size() != 2) {
        const QJsonArray starts = p.value(QStringLiteral("staircase_starts")).toArray();
        const int step = p.value(QStringLiteral("initial_step_frames")).toInt(3);
        stairs = {};
        for (int i = 0; i < 2; ++i)
            stairs.append(QJsonArray{starts.at(i).toInt(i == 0 ? 30 : 12), step, 0, QJsonArray{}});
        return stairs;
    }
    // Weighted up-down aimed at 75 % (Kaernbach 1991): after a correct answer one step shorter,
    // after an error three steps longer; the step falls to one frame at the first reversal.
    const int which = previous.value(QStringLiteral("stair")).toInt();
    QJsonArray s = stairs.at(which).toArray();
    int frames = s.at(0).toInt(), step = s.at(1).toInt(), direction = s.at(2).toInt();
    QJsonArray reversals = s.at(3).toArray();
    const int now = previousCorrect ? -1 : +1;
    if (direction != 0 && now != direction) {
        reversals.append(frames);
        step = 1;
    }
    const int maxFrames = p.value(QStringLiteral("max_frames")).toInt(30);
    frames = std::clamp(frames + (previousCorrect ? -step : 3 * step), 1, maxFrames);
    stairs.replace(which, QJsonArray{frames, step, now, reversals});
    return stairs;
}

TrialSpec DividedAttentionExercise::build(const TrialContext &context, const QString &subtest,
                                          int frames, double eccentricity, int distractors,
                                          double morph) const
{
    const QJsonObject &p = context.parameters;
    std::mt19937_64 rng(context.trialSeed);
    const bool central = subtest != u"peripheral";
    const bool peripheral = subtest != u"central";
    const bool truck = rng() % 2;
    const int direction = int(rng() % 8);
    const QPointF target = onSpoke(2 * direction, eccentricity);

    QJsonArray places;
    if (peripheral && distractors > 0) {
        std::vector<QPointF> free;
        for (const QPointF &at : distractorPlaces())
            if (std::hypot(at.x() - target.x(), at.y() - target.y()) > kClearance)
                free.push_back(at);
        std::shuffle(free.begin(), free.end(), rng);
        for (int i = 0; i < std::min(distractors, int(free.size())); ++i)
            places.append(QJsonArray{free[std::size_t(i)].x(), free[std::size_t(i)].y()});
    }
    TrialSpec t;
    t.condition = subtest;
    t.stimulus = {{QStringLiteral("subtest"), subtest},
                  {QStringLiteral("display_frames"), frames},
                  {QStringLiteral("frame_ms"), 1000.0 / context.refreshHz},
                  {QStringLiteral("item_size"), kItem},
                  {QStringLiteral("morph"), morph},
                  {QStringLiteral("distractors"), places},
                  {QStringLiteral("mask_seed"), double(rng() % 1000000)}};
    if (central)
        t.stimulus.insert(QStringLiteral("central"),
                          truck ? QStringLiteral("truck") : QStringLiteral("car"));
    if (peripheral) {
        t.stimulus.insert(QStringLiteral("direction"), direction);
        t.stimulus.insert(QStringLiteral("eccentricity"), eccentricity);
    }
    t.phases = {{QStringLiteral("fixation"),
                 framesFor(parameter(p, "fixation_ms", 500), context.refreshHz), false},
                {QStringLiteral("display"), frames, true},
                {QStringLiteral("mask"), framesFor(parameter(p, "mask_ms", 100), context.refreshHz),
                 false}};
    const QStringList directions = kLetterKeys + kPadKeys;
    if (central)
        t.phases.push_back({QStringLiteral("ask-central"), 0, false});
    if (peripheral)
        t.phases.push_back({QStringLiteral("ask-direction"), 0, false});
    t.keys = central ? QStringList{kCar, kTruck} : directions;
    if (central && peripheral)
        t.secondKeys = directions;
    // Unspeeded: the answers wait for the person (UFOV scores accuracy only).
    t.deadlineFrames = 0;
    // The threshold is a display time: a display that ran late is shown again.
    t.repeatIfLate = true;
    return t;
}

TrialSpec DividedAttentionExercise::nextTrial(const TrialContext &context) const
{
    const QJsonObject &p = context.parameters;
    if (context.practice) {
        const QString kind = context.mode == SessionMode::Training ? QStringLiteral("selective")
                                                                   : QStringLiteral("divided");
        TrialSpec t = build(context, kind, p.value(QStringLiteral("practice_frames")).toInt(30),
                            parameter(p, "eccentricity", 0.3), 0, 0.0);
        t.difficulty = 0.0;
        return t;
    }
    if (context.mode == SessionMode::Training) {
        const double d = context.difficulty;
        const int maxFrames = p.value(QStringLiteral("max_frames")).toInt(30);
        // Display time falls geometrically: equal level steps are equal ratios of time.
        const int frames = std::max(1, int(std::lround(std::pow(maxFrames, 1.0 - d))));
        // The easiest levels leave out the edge task (the UFOV's first subtest, the easiest of
        // its three; Ball et al. 1988): someone not yet right 85 % of the time with both tasks
        // at the longest display trains on the centre alone until they are.
        const QString kind = d < parameter(p, "centre_only_below", 0.0)
                                 ? QStringLiteral("central")
                                 : QStringLiteral("selective");
        TrialSpec t = build(context, kind, frames,
                            between(parameter(p, "eccentricity_easy", 0.2),
                                    parameter(p, "eccentricity_hard", 0.42), d),
                            int(std::lround(between(0, parameter(p, "distractors_hard", 47), d))),
                            between(0.0, parameter(p, "morph_hard", 0.8), d));
        t.difficulty = d;
        return t;
    }
    const QString kind = subtest(p, context.block);
    const QJsonArray stairs =
        advanceStaircases(p, context.previousStimulus, context.previousCorrect);
    const int which = staircaseOf(context.blockSeed, context.index);
    const int frames = stairs.at(which).toArray().at(0).toInt();
    TrialSpec t = build(context, kind, frames, parameter(p, "eccentricity", 0.35),
                        kind == u"selective" ? 47 : 0, parameter(p, "morph", 0.0));
    t.stimulus.insert(QStringLiteral("stairs"), stairs);
    t.stimulus.insert(QStringLiteral("stair"), which);
    t.difficulty = parameter(p, "difficulty_equivalent", 0.5);
    return t;
}

bool DividedAttentionExercise::score(const TrialSpec &trial, const QString &response) const
{
    const QJsonObject &s = trial.stimulus;
    const QStringList parts = response.split(u'+');
    const bool central = s.contains(QStringLiteral("central"));
    const bool peripheral = s.contains(QStringLiteral("direction"));
    const QString centralKey =
        s.value(QStringLiteral("central")).toString() == u"truck" ? kTruck : kCar;
    const int direction = s.value(QStringLiteral("direction")).toInt();
    if (central && peripheral)
        return parts.size() == 2 && parts[0] == centralKey && directionOfKey(parts[1]) == direction;
    if (central)
        return response == centralKey;
    return directionOfKey(response) == direction;
}

QString DividedAttentionExercise::simulatedResponse(const TrialSpec &trial, bool correct) const
{
    const QJsonObject &s = trial.stimulus;
    const bool central = s.contains(QStringLiteral("central"));
    const bool peripheral = s.contains(QStringLiteral("direction"));
    const QString centralKey =
        s.value(QStringLiteral("central")).toString() == u"truck" ? kTruck : kCar;
    const int direction = s.value(QStringLiteral("direction")).toInt();
    const QString where = kLetterKeys[correct ? direction : (direction + 4) % 8];
    if (central && peripheral)
        return centralKey + u'+' + where; // a wrong answer misses the direction
    if (central)
        return correct ? centralKey : (centralKey == kCar ? kTruck : kCar);
    return where;
}

// Shorter displays are harder on the same geometric scale training uses; adding the edge task,
// the centre task beside it and then the triangles makes each display harder (Ball et al. 1988),
// the triangles in proportion to their number (training varies it from none to 47), so the
// assessment's subtests sit at 0.05 (edge alone), 0.1 (centre + edge) and 0.2 (+ 47 triangles).
SimulationCue DividedAttentionExercise::simulationCue(const TrialSpec &trial) const
{
    const QJsonObject &s = trial.stimulus;
    const int frames = std::max(1, s.value(QStringLiteral("display_frames")).toInt());
    const QString kind = s.value(QStringLiteral("subtest")).toString();
    const bool edge = s.contains(QStringLiteral("direction"));
    const bool centre = s.contains(QStringLiteral("central"));
    const double distractors = s.value(QStringLiteral("distractors")).toArray().size() / 47.0;
    const double offset = (edge ? 0.05 : 0.0) + (edge && centre ? 0.05 : 0.0) + 0.1 * distractors;
    return {1.0 - std::log(double(frames)) / std::log(30.0) + offset, 0.0, chance(kind),
            std::nullopt};
}

// Dual-task cost: how much longer the display must be to locate the edge target while also
// identifying the centre (subtest 2, edge answers only) than when locating it alone; none
// without both subtests.
std::optional<Measure> DividedAttentionExercise::dualTaskCost(
    const std::map<QString, std::vector<metrics::PsychometricTrial>> &edgeAnswers)
{
    const auto dual = edgeAnswers.find(QStringLiteral("divided"));
    const auto single = edgeAnswers.find(QStringLiteral("peripheral"));
    if (dual == edgeAnswers.end() || single == edgeAnswers.end())
        return std::nullopt;
    metrics::PsychometricOptions options;
    options.guessRate = chance(QStringLiteral("peripheral"));
    metrics::Estimate cost =
        metrics::dualTaskCost(metrics::fitWeibull(dual->second, options).threshold,
                              metrics::fitWeibull(single->second, options).threshold);
    if (cost.ok())
        cost.value *= 100.0;
    return measureOf("dual_task_cost_percent",
                     tr("Dual-task cost: extra display time needed for the edge target"), cost,
                     QStringLiteral("%"));
}

// docs/import.md: the subtest and display time of each trial and whether it was answered
// correctly (both parts, where there are two); centre and edge apart where the tool scored them.
std::vector<ImportField> DividedAttentionExercise::importFields() const
{
    using T = ImportField::Type;
    return {{QStringLiteral("subtest"),
             T::Choice,
             {QStringLiteral("central"), QStringLiteral("divided"), QStringLiteral("selective"),
              QStringLiteral("peripheral")}},
            {QStringLiteral("display_ms"), T::Number},
            {QStringLiteral("correct"), T::Flag},
            {QStringLiteral("central_correct"), T::Flag, {}, false},
            {QStringLiteral("edge_correct"), T::Flag, {}, false}};
}

void DividedAttentionExercise::describeImported(TrialRecord &trial, const QJsonObject &fields) const
{
    const QString subtest = fields.value(QStringLiteral("subtest")).toString();
    QJsonObject stimulus{
        {QStringLiteral("subtest"), subtest},
        {QStringLiteral("display_ms"), fields.value(QStringLiteral("display_ms"))}};
    for (const QString &key : {QStringLiteral("central_correct"), QStringLiteral("edge_correct")})
        if (fields.contains(key))
            stimulus.insert(key, fields.value(key));
    setKind(trial, subtest, stimulus);
}

namespace {

// A trial's display time, and its centre and edge outcomes where it had those tasks: from the
// keys pressed, or as another tool scored them (an imported trial).
struct DividedOutcome
{
    double ms = 0.0;
    std::optional<bool> centre, edge;
};

DividedOutcome outcomeOf(const TrialRecord &t, const QJsonObject &s)
{
    DividedOutcome o;
    o.ms = s.contains(QStringLiteral("display_ms"))
               ? s.value(QStringLiteral("display_ms")).toDouble()
               : s.value(QStringLiteral("display_frames")).toInt() *
                     s.value(QStringLiteral("frame_ms")).toDouble(1000.0 / 60.0);
    if (s.contains(QStringLiteral("central_correct")) ||
        s.contains(QStringLiteral("edge_correct"))) {
        if (s.contains(QStringLiteral("central_correct")))
            o.centre = s.value(QStringLiteral("central_correct")).toBool();
        if (s.contains(QStringLiteral("edge_correct")))
            o.edge = s.value(QStringLiteral("edge_correct")).toBool();
        return o;
    }
    const QStringList parts = QString::fromStdString(t.response).split(u'+');
    const bool hasCentral = s.contains(QStringLiteral("central"));
    const QString centralKey =
        s.value(QStringLiteral("central")).toString() == u"truck" ? kTruck : kCar;
    if (hasCentral)
        o.centre = !parts.isEmpty() && parts[0] == centralKey;
    const QString whereKey = hasCentral ? (parts.size() == 2 ? parts[1] : QString()) : parts[0];
    if (s.contains(QStringLiteral("direction")))
        o.edge = DividedAttentionExercise::directionOfKey(whereKey) ==
                 s.value(QStringLiteral("direction")).toInt();
    return o;
}

} // namespace

std::vector<Measure>
DividedAttentionExercise::summarise(const std::vector<TrialRecord> &trials) const
{
    std::map<QString, std::vector<metrics::PsychometricTrial>> both, outer;
    std::map<QString, std::map<int, QJsonArray>> lastStairs; // kind → block → staircases
    std::map<QString, double> frameMs;
    std::vector<bool> centralRight, outerRight;
    for (const TrialRecord &t : trials) {
        const QJsonObject s = parsed(t.stimulus);
        const QString kind = QString::fromStdString(t.condition);
        const DividedOutcome o = outcomeOf(t, s);
        both[kind].push_back({o.ms, t.correct});
        if (o.edge)
            outer[kind].push_back({o.ms, *o.edge});
        if (o.centre && o.edge) {
            centralRight.push_back(*o.centre);
            outerRight.push_back(*o.edge);
        }
        if (s.contains(QStringLiteral("stairs"))) {
            lastStairs[kind][t.block] = advanceStaircases({}, s, t.correct);
            frameMs[kind] = s.value(QStringLiteral("frame_ms")).toDouble(1000.0 / 60.0);
        }
    }
    std::vector<Measure> out;
    const std::map<QString, QString> names = subtestNames();
    std::map<QString, metrics::Estimate> fitted;
    for (const auto &[kind, list] : both) {
        if (!names.count(kind))
            continue;
        metrics::PsychometricOptions options;
        options.guessRate = chance(kind);
        options.targetP = 0.75;
        const auto fit = metrics::fitWeibull(list, options);
        fitted[kind] = fit.threshold;
        const QByteArray k = kind.toLatin1();
        const QString name = names.at(kind);
        out.push_back(durationOf((k + "_threshold_fit_ms").constData(),
                                 tr("%1: display time for 75 % correct (fitted curve)").arg(name),
                                 fit.threshold));
        if (lastStairs.count(kind))
            out.push_back(
                durationOf((k + "_threshold_staircase_ms").constData(),
                           tr("%1: display time for 75 % correct (staircase reversals)").arg(name),
                           staircaseThreshold(lastStairs.at(kind), frameMs.at(kind))));
    }
    out.push_back(proportionOf("central_accuracy",
                               tr("Centre identified correctly (with the edge task)"),
                               metrics::proportionCorrect(centralRight)));
    out.push_back(proportionOf("peripheral_accuracy",
                               tr("Edge target located correctly (with the centre task)"),
                               metrics::proportionCorrect(outerRight)));
    if (auto cost = dualTaskCost(outer))
        out.push_back(*cost);
    return out;
}

QString DividedAttentionExercise::assessmentKeyMeasure() const
{
    return QStringLiteral("selective_threshold_fit_ms");
}

std::map<QString, QString> DividedAttentionExercise::subtestNames()
{
    return {{QStringLiteral("central"), tr("Centre only")},
            {QStringLiteral("divided"), tr("Centre and edge")},
            {QStringLiteral("selective"), tr("Centre and edge among triangles")},
            {QStringLiteral("peripheral"), tr("Edge only")}};
}

QString DividedAttentionExercise::conditionName(const QString &condition) const
{
    const auto names = subtestNames();
    const auto it = names.find(condition);
    return it == names.end() ? condition : it->second;
}

} // namespace attend
