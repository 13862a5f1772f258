#include "visualsearchexercise.h"

#include "exerciseparameters.h"
#include "metrics/visualsearch.h"

#include <QJsonArray>
#include <QPointF>
#include <algorithm>
#include <map>
#include <random>

namespace attend {

namespace {

// RT cleaning per person × cell (set size × target present/absent): anticipations under 100 ms
// (Whelan 2008), nothing past the 5 s deadline, then one pass at 2.5 SD from the cell's mean
// (Ratcliff 1993) — one slow outlier among a cell's dozen RTs would otherwise move its mean by
// hundreds of ms. Each measure counts what it dropped (docs/metrics.md).
const metrics::RtCleaning kSearchRtCleaning{100.0, 5000.0, 2.5};

constexpr int kGrid = 8;         // 8 × 8 cells: room for the largest training set size (48)
constexpr double kJitter = 0.15; // of a cell, each way: items stay ≥ 0.7 cells apart

QString key(const QJsonObject &p, const char *name, const char *fallback)
{
    return p.value(QLatin1String(name)).toString(QLatin1String(fallback));
}

// One item: position (fractions of the short side from the centre), shape, colour, angle.
QJsonArray item(QPointF at, const char *shape, const char *colour, double angle)
{
    return {at.x(), at.y(), QLatin1String(shape), QLatin1String(colour), angle};
}

} // namespace

QString VisualSearchExercise::displayName() const
{
    return tr("Visual search");
}

QString VisualSearchExercise::description() const
{
    return tr("Find out, as fast as you can, whether the target is among the items.");
}

QString VisualSearchExercise::instructions(SessionMode mode) const
{
    if (mode == SessionMode::Training)
        return tr("Bars appear on the screen. The target is the one bar that is tilted; all the "
                  "others stand upright.\n\nPress F if the tilted bar is there, J if it is not. "
                  "Answer as quickly as you can without making mistakes.\n\nIn training, the "
                  "number of bars, how much the target is tilted and how long the bars stay on "
                  "the screen change to keep you at your best.");
    return tr("Bars appear on the screen after a small cross. The target is the orange upright "
              "bar. Sometimes it is there, sometimes not.\n\nPress F if the target is there, J "
              "if it is not. Answer as quickly as you can without making mistakes; after 5 "
              "seconds the next display comes anyway.\n\nThere are two parts of about four "
              "minutes, with a break between them.");
}

QString VisualSearchExercise::responseKeysHint() const
{
    return tr("F = target present · J = target absent");
}

QJsonObject VisualSearchExercise::defaultParameters(SessionMode mode) const
{
    return defaultParametersFromResource(exerciseId(), mode);
}

QStringList VisualSearchExercise::blockTypes(const QJsonObject &p, qint64 participantId) const
{
    QStringList types;
    for (const auto &v : p.value(QStringLiteral("types")).toArray())
        types << v.toString();
    if (types.isEmpty())
        types = {QStringLiteral("feature"), QStringLiteral("conjunction")};
    // Counterbalanced: every other participant does the blocks in reverse order.
    if (participantId % 2 == 0)
        std::reverse(types.begin(), types.end());
    if (p.value(QStringLiteral("include_spatial")).toBool())
        types << QStringLiteral("spatial");
    return types;
}

SessionPlan VisualSearchExercise::plan(SessionMode mode, const QJsonObject &p) const
{
    SessionPlan plan;
    plan.practiceTrials = std::max(0, p.value(QStringLiteral("practice_trials")).toInt());
    if (mode == SessionMode::Training) {
        plan.blockSizes = trainingBlocks(p, 120, 40);
        return plan;
    }
    const int perBlock = std::max(1, int(p.value(QStringLiteral("set_sizes")).toArray().size())) *
                         2 * std::max(1, p.value(QStringLiteral("repetitions")).toInt(12));
    plan.blockSizes.assign(std::size_t(blockTypes(p, 1).size()), perBlock);
    return plan;
}

std::vector<VisualSearchExercise::Cell> VisualSearchExercise::block(const QJsonObject &p,
                                                                    const QString &type, int trials,
                                                                    quint64 seed) const
{
    std::vector<int> sizes;
    for (const auto &v : p.value(QStringLiteral("set_sizes")).toArray())
        sizes.push_back(v.toInt());
    if (sizes.empty())
        sizes = {4, 8, 16, 32};
    std::vector<Cell> cells;
    const int repetitions = std::max(1, p.value(QStringLiteral("repetitions")).toInt(12));
    for (int size : sizes)
        for (bool present : {true, false})
            for (int r = 0; r < repetitions; ++r)
                cells.push_back({type, size, present, r % 4});
    std::mt19937_64 rng(seed);
    std::shuffle(cells.begin(), cells.end(), rng);
    if (trials > 0 && trials < int(cells.size()))
        cells.resize(std::size_t(trials));
    return cells;
}

std::vector<QPointF> VisualSearchExercise::layout(int setSize, int quadrant, double field,
                                                  quint64 seed)
{
    std::mt19937_64 rng(seed);
    const double cell = field / kGrid;
    std::vector<int> free(kGrid * kGrid);
    for (int i = 0; i < kGrid * kGrid; ++i)
        free[std::size_t(i)] = i;
    std::shuffle(free.begin(), free.end(), rng);
    // The target's cell first: the first free cell in its quadrant.
    const auto inQuadrant = [&](int c) {
        const int col = c % kGrid, row = c / kGrid;
        return (col >= kGrid / 2 ? 1 : 0) + (row >= kGrid / 2 ? 2 : 0) == quadrant;
    };
    std::stable_partition(free.begin(), free.end(), inQuadrant);
    // The distractors come from every quadrant alike.
    std::shuffle(free.begin() + 1, free.end(), rng);
    std::uniform_real_distribution<double> jitter(-kJitter * cell, kJitter * cell);
    std::vector<QPointF> at;
    for (int i = 0; i < std::clamp(setSize, 1, kGrid * kGrid); ++i) {
        const int c = free[std::size_t(i)];
        at.emplace_back(-field / 2 + (c % kGrid + 0.5) * cell + jitter(rng),
                        -field / 2 + (c / kGrid + 0.5) * cell + jitter(rng));
    }
    return at;
}

TrialSpec VisualSearchExercise::build(const Cell &cell, const TrialContext &context, double tiltDeg,
                                      int displayFrames) const
{
    const QJsonObject &p = context.parameters;
    std::mt19937_64 rng(context.trialSeed);
    const auto at = layout(cell.setSize, cell.quadrant, parameter(p, "field", 0.6), rng());
    QJsonArray items;
    std::uniform_int_distribution<int> quarter(0, 3);
    for (int i = 0; i < int(at.size()); ++i) {
        const QPointF x = at[std::size_t(i)];
        const bool target = cell.present && i == 0;
        if (cell.type == u"feature")
            items.append(item(x, "bar", target ? "orange" : "blue", 0));
        else if (cell.type == u"conjunction")
            items.append(target  ? item(x, "bar", "orange", 0)
                         : i % 2 ? item(x, "bar", "blue", 0)
                                 : item(x, "bar", "orange", 90));
        else if (cell.type == u"spatial")
            items.append(item(x, target ? "T" : "L", "white", 90.0 * quarter(rng)));
        else // training: a tilted bar among upright ones
            items.append(item(x, "bar", "blue", target ? (i % 2 ? tiltDeg : -tiltDeg) : 0));
    }
    TrialSpec t;
    t.condition =
        QStringLiteral("%1-%2-%3")
            .arg(cell.type, cell.present ? QStringLiteral("present") : QStringLiteral("absent"))
            .arg(cell.setSize);
    t.stimulus = {{QStringLiteral("type"), cell.type},
                  {QStringLiteral("set_size"), cell.setSize},
                  {QStringLiteral("present"), cell.present},
                  {QStringLiteral("quadrant"), cell.present ? cell.quadrant : -1},
                  {QStringLiteral("item_size"), parameter(p, "item_size", 0.045)},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("present_key"), key(p, "present_key", "f")},
                  {QStringLiteral("absent_key"), key(p, "absent_key", "j")}};
    const int fixation = framesFor(parameter(p, "fixation_ms", 500), context.refreshHz);
    t.phases = {{QStringLiteral("fixation"), fixation, false},
                {QStringLiteral("display"), displayFrames, true}};
    if (displayFrames > 0) {
        t.phases.push_back({QStringLiteral("mask"), 0, false});
        t.stimulus.insert(QStringLiteral("display_frames"), displayFrames);
        t.stimulus.insert(QStringLiteral("display_ms"), displayFrames * 1000.0 / context.refreshHz);
    }
    if (cell.type == u"training")
        t.stimulus.insert(QStringLiteral("tilt_deg"), tiltDeg);
    t.deadlineFrames = framesFor(parameter(p, "deadline_ms", 5000), context.refreshHz);
    t.keys = {key(p, "present_key", "f"), key(p, "absent_key", "j")};
    return t;
}

TrialSpec VisualSearchExercise::nextTrial(const TrialContext &context) const
{
    const QJsonObject &p = context.parameters;
    if (context.mode == SessionMode::Training) {
        const double d = context.difficulty;
        std::mt19937_64 rng(context.trialSeed ^ 0x5EA4C4ull);
        Cell cell{QStringLiteral("training"),
                  int(std::lround(between(parameter(p, "set_size_easy", 4),
                                          parameter(p, "set_size_hard", 48), d))),
                  rng() % 2 == 0, int(rng() % 4)};
        const double from = parameter(p, "limited_display_from_level", 0.5);
        const int display = d < from ? 0
                                     : framesFor(between(parameter(p, "display_ms_from", 2000),
                                                         parameter(p, "display_ms_hard", 150),
                                                         (d - from) / (1.0 - from)),
                                                 context.refreshHz);
        TrialSpec t =
            build(cell, context,
                  between(parameter(p, "tilt_deg_easy", 40), parameter(p, "tilt_deg_hard", 6), d),
                  display);
        t.difficulty = d;
        return t;
    }
    Cell cell;
    if (context.practice) {
        const auto cells =
            block(p, blockTypes(p, context.participantId).front(), 0, context.blockSeed);
        cell = cells[std::size_t(context.index) % cells.size()];
    } else {
        const QStringList types = blockTypes(p, context.participantId);
        const QString type = types[(context.block - 1) % types.size()];
        const auto cells = block(p, type, 0, context.blockSeed);
        cell = cells[std::size_t(context.index) % cells.size()];
    }
    TrialSpec t = build(cell, context, 0.0, 0);
    t.difficulty = parameter(p, "difficulty_equivalent", 0.5);
    return t;
}

bool VisualSearchExercise::score(const TrialSpec &trial, const QString &response) const
{
    const bool present = trial.stimulus.value(QStringLiteral("present")).toBool();
    const QString expected =
        trial.stimulus.value(present ? QStringLiteral("present_key") : QStringLiteral("absent_key"))
            .toString();
    return !response.isEmpty() && response == expected;
}

QString VisualSearchExercise::simulatedResponse(const TrialSpec &trial, bool correct) const
{
    const bool present = trial.stimulus.value(QStringLiteral("present")).toBool();
    return trial.stimulus
        .value(present == correct ? QStringLiteral("present_key") : QStringLiteral("absent_key"))
        .toString();
}

// Typical search slopes (Wolfe 1998): feature search nearly flat, conjunction and T-among-L
// search serial, with target-absent slopes about twice the present ones.
SimulationCue VisualSearchExercise::simulationCue(const TrialSpec &trial) const
{
    const QString type = trial.stimulus.value(QStringLiteral("type")).toString();
    const int n = trial.stimulus.value(QStringLiteral("set_size")).toInt();
    const bool present = trial.stimulus.value(QStringLiteral("present")).toBool();
    double perItem = 10.0, difficulty = trial.difficulty;
    if (type == u"feature") {
        perItem = 2.0;
        difficulty = 0.05;
    } else if (type == u"conjunction") {
        perItem = 20.0;
        difficulty = 0.15;
    } else if (type == u"spatial") {
        perItem = 30.0;
        difficulty = 0.2;
    }
    std::optional<double> exposure;
    if (trial.stimulus.contains(QStringLiteral("display_ms")))
        exposure = trial.stimulus.value(QStringLiteral("display_ms")).toDouble();
    return {difficulty, perItem * n * (present ? 1.0 : 2.0), std::nullopt, exposure};
}

std::vector<Measure> VisualSearchExercise::overallMeasures(const metrics::SearchSummary &overall,
                                                           bool perSetSize)
{
    const metrics::LineFit &errors = overall.errorSlope;
    std::vector<Measure> out = {
        proportionOf("accuracy", tr("Accuracy"), overall.accuracy),
        proportionOf("miss_rate", tr("Targets missed (share of target-present displays)"),
                     overall.missRate),
        proportionOf("false_alarm_rate", tr("False alarms (share of target-absent displays)"),
                     overall.falseAlarmRate),
        countOf("no_response", tr("Displays left unanswered"), overall.noResponse),
        measureOf("inverse_efficiency_ms",
                  tr("Speed and accuracy together: mean correct time / accuracy"),
                  overall.inverseEfficiency, QStringLiteral("ms")),
        detailed(measureOf("error_slope_per_item", tr("Errors added per item (share of answers)"),
                           errors.ok() ? metrics::Estimate::of(errors.slope, errors.n)
                                       : metrics::Estimate::notEnough(errors.n, 0, errors.reason),
                           QString())),
    };
    for (const auto &[size, accuracy] : overall.accuracyBySetSize)
        if (perSetSize)
            out.push_back(
                detailed(proportionOf(("accuracy_" + QByteArray::number(size)).constData(),
                                      tr("Accuracy with %1 items").arg(size), accuracy)));
    return out;
}

// docs/import.md: the search type, set size and target presence make the cell.
std::vector<ImportField> VisualSearchExercise::importFields() const
{
    using T = ImportField::Type;
    return {{QStringLiteral("type"),
             T::Choice,
             {QStringLiteral("feature"), QStringLiteral("conjunction"), QStringLiteral("spatial")}},
            {QStringLiteral("set_size"), T::Number},
            {QStringLiteral("present"), T::Flag},
            {QStringLiteral("correct"), T::Flag},
            {QStringLiteral("rt_ms"), T::Number}};
}

void VisualSearchExercise::describeImported(TrialRecord &trial, const QJsonObject &fields) const
{
    const QString type = fields.value(QStringLiteral("type")).toString();
    const int setSize = qRound(fields.value(QStringLiteral("set_size")).toDouble());
    const bool present = fields.value(QStringLiteral("present")).toBool();
    setKind(trial,
            QStringLiteral("%1-%2-%3")
                .arg(type, present ? QStringLiteral("present") : QStringLiteral("absent"))
                .arg(setSize),
            {{QStringLiteral("type"), type},
             {QStringLiteral("set_size"), setSize},
             {QStringLiteral("present"), present}});
}

std::vector<Measure> VisualSearchExercise::summarise(const std::vector<TrialRecord> &trials) const
{
    std::map<QString, std::vector<metrics::SearchTrial>> byType;
    std::vector<metrics::SearchTrial> all;
    for (const TrialRecord &t : trials) {
        const QStringList parts = QString::fromStdString(t.condition).split(u'-');
        if (parts.size() != 3)
            continue;
        const metrics::SearchTrial s{parts[2].toInt(), parts[1] == u"present", t.responded(),
                                     t.correct, t.rtMs().value_or(0.0)};
        byType[parts[0]].push_back(s);
        all.push_back(s);
    }
    std::vector<Measure> out = overallMeasures(metrics::summariseSearch(all, kSearchRtCleaning),
                                               !byType.count(QStringLiteral("training")));
    const QString ms = QStringLiteral("ms"), msPerItem = QStringLiteral("ms/item");
    const std::map<QString, QString> names = {
        {QStringLiteral("feature"), tr("Feature search")},
        {QStringLiteral("conjunction"), tr("Conjunction search")},
        {QStringLiteral("spatial"), tr("T-among-L search")},
        {QStringLiteral("training"), tr("Tilted-bar search")}};
    for (const auto &[type, list] : byType) {
        const metrics::SearchSummary s = metrics::summariseSearch(list, kSearchRtCleaning);
        const QString name = names.count(type) ? names.at(type) : type;
        const QByteArray k = type.toLatin1();
        const auto line = [&](const char *what, const metrics::LineFit &fit, const QString &label) {
            const QByteArray base = k + "_" + what;
            const metrics::Estimate slope =
                fit.ok() ? metrics::Estimate::of(fit.slope, fit.n)
                         : metrics::Estimate::notEnough(fit.n, 0, fit.reason);
            const metrics::Estimate intercept =
                fit.ok() ? metrics::Estimate::of(fit.intercept, fit.n) : slope;
            const metrics::Estimate r2 =
                fit.ok() ? metrics::Estimate::of(fit.rSquared, fit.n) : slope;
            out.push_back(measureOf((base + "_slope_ms_per_item").constData(),
                                    tr("%1: search slope, %2").arg(name, label), slope, msPerItem));
            out.push_back(
                detailed(measureOf((base + "_intercept_ms").constData(),
                                   tr("%1: intercept, %2").arg(name, label), intercept, ms)));
            out.push_back(
                detailed(measureOf((base + "_r_squared").constData(),
                                   tr("%1: fit of the line (R²), %2").arg(name, label), r2)));
        };
        line("present", s.present.fit, tr("target present"));
        line("absent", s.absent.fit, tr("target absent"));
        out.push_back(measureOf((k + "_slope_ratio").constData(),
                                tr("%1: absent : present slope ratio").arg(name),
                                metrics::slopeRatio(s)));
        for (const auto &[size, rt] : s.present.meanRtBySetSize)
            out.push_back(detailed(measureOf(
                (k + "_rt_present_" + QByteArray::number(size) + "_ms").constData(),
                tr("%1: mean correct reaction time, %2 items, target present").arg(name).arg(size),
                rt, ms)));
    }
    return out;
}

QString VisualSearchExercise::assessmentKeyMeasure() const
{
    return QStringLiteral("conjunction_present_slope_ms_per_item");
}

// "conjunction-present-16" → "Conjunction search, target present, 16 items".
QString VisualSearchExercise::conditionName(const QString &condition) const
{
    const QStringList parts = condition.split(u'-');
    const std::map<QString, QString> types = {
        {QStringLiteral("feature"), tr("Feature search")},
        {QStringLiteral("conjunction"), tr("Conjunction search")},
        {QStringLiteral("spatial"), tr("T among L")},
        {QStringLiteral("training"), tr("Tilted bar")}};
    bool number = false;
    const int items = parts.value(2).toInt(&number);
    if (parts.size() != 3 || !types.count(parts[0]) || !number)
        return condition;
    const QString presence = parts[1] == u"present" ? tr("target present") : tr("target absent");
    // Displays hold at least two items: no singular needed.
    return tr("%1, %2, %3 items").arg(types.at(parts[0]), presence).arg(items);
}

} // namespace attend
