#include "progresspresenter.h"

#include "measuredefinitions.h"

#include "metrics/reliability.h"
#include "retestreliability.h"
#include "session/adaptivetraining.h"
#include "splithalfreliability.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace attend {

Result<ProgressPresenter::View> ProgressPresenter::present(Database &db, const Exercise &exercise,
                                                           qint64 participantId)
{
    ProgressModel model(db, exercise);
    if (auto loaded = model.load(participantId); !loaded)
        return loaded.error();
    return present(model, db, exercise, participantId);
}

Result<std::optional<QString>> ProgressPresenter::latestExercise(Database &db, qint64 participantId)
{
    auto sessions = SessionRepository(db).forParticipant(participantId);
    if (!sessions)
        return sessions.error();
    std::optional<QString> latest;
    for (const SessionInfo &s : sessions.value()) // in the order they started
        if (s.status == SessionStatus::Completed)
            latest = s.exercise;
    return latest;
}

ProgressPresenter::View ProgressPresenter::present(const ProgressModel &model, Database &db,
                                                   const Exercise &exercise, qint64 participantId)
{
    View view;
    const auto &points = model.points();
    if (!points.empty())
        view.lastSession = points.back().number;
    // Named after the last session that measured it (a short partial one may not have).
    const auto named = std::find_if(points.rbegin(), points.rend(),
                                    [](const auto &p) { return !p.label.isEmpty(); });
    if (named != points.rend()) {
        view.unit = MeasureDefinitions::unitName(named->unit);
        view.title = measureTitle(*named);
    }
    measureSeries(model, view);
    changeNote(model, db, view);
    reliabilityNote(model, db, view);
    trainingSeries(model, view);
    modelExpectation(db, exercise, participantId, view);
    return view;
}

// A change is real only where the index shows one, better or worse only for a measure with a
// stated direction.
QString ProgressPresenter::plainStatement(const Change &change)
{
    if (!change.index)
        return tr("Whether the difference between your first and latest test is a real change "
                  "cannot be told yet: that needs repeat tests from more people, to know how "
                  "much results vary by chance.");
    if (!change.reliable())
        return tr("The difference between your first and latest test is within what chance and "
                  "the gain from having done the test before explain, so it does not show a "
                  "real change.");
    if (!MeasureDefinitions::lowerIsBetter(change.first->key))
        return tr("Your latest test differs from your first by more than chance and the gain "
                  "from having done the test before explain.");
    return change.last->value < change.first->value
               ? tr("Your latest test is better than your first by more than chance and the "
                    "gain from having done the test before explain.")
               : tr("Your latest test is worse than your first by more than chance and the "
                    "gain from having done the test before explain.");
}

QStringList ProgressPresenter::byStatement(const QList<std::pair<QString, QString>> &statements)
{
    QStringList order;
    QHash<QString, QStringList> namesOf;
    for (const auto &[name, statement] : statements) {
        if (!namesOf.contains(statement))
            order << statement;
        namesOf[statement] << name;
    }
    QStringList lines;
    for (const QString &statement : order)
        lines << tr("%1: %2").arg(QLocale().createSeparatedList(namesOf[statement]), statement);
    return lines;
}

QString ProgressPresenter::measureTitle(const ProgressModel::Point &point, Wording wording)
{
    QString label = point.label;
    if (const auto plain = MeasureDefinitions::plainWords(point.key);
        plain && wording == Wording::Plain && !plain->isEmpty())
        label = plain->at(0).toUpper() + plain->mid(1);
    QString title =
        point.unit.isEmpty()
            ? label
            : QStringLiteral("%1 (%2)").arg(label, MeasureDefinitions::unitName(point.unit));
    if (MeasureDefinitions::lowerIsBetter(point.key))
        title += tr(" — lower is better");
    return title;
}

void ProgressPresenter::measureSeries(const ProgressModel &model, View &view)
{
    double low = INFINITY, high = -INFINITY;
    QStringList missing, elsewhere, partial;
    QHash<QString, QStringList> valuesOf; // of each measure not in the chart, by its label
    for (const auto &p : model.points()) {
        if (p.partial) {
            partial << QString::number(p.number);
        } else if (!model.charted(p)) {
            if (p.ok) {
                if (!elsewhere.contains(p.label))
                    elsewhere << p.label;
                valuesOf[p.label]
                    << tr("%1 in session %2").arg(ProgressModel::text(p.value)).arg(p.number);
            }
        } else if (!p.ok) {
            missing << QString::number(p.number);
        } else {
            Estimate e{p.number, p.mode == SessionMode::Assessment, p.value, std::nullopt};
            if (std::isfinite(p.low) && std::isfinite(p.high))
                e.interval = {p.low, p.high};
            view.estimates.push_back(e);
            low = std::min({low, p.value, e.interval ? e.interval->first : p.value});
            high = std::max({high, p.value, e.interval ? e.interval->second : p.value});
        }
    }
    if (!partial.isEmpty())
        view.notes << tr("Left out: session(s) %1, shorter than their protocol (stopped by a "
                         "trial limit).")
                          .arg(QLocale().createSeparatedList(partial));
    if (!view.estimates.empty())
        view.baseline = view.estimates.front().value;
    const auto forecast = model.forecast();
    if (forecast.ok) {
        view.forecast = forecast;
        low = std::min(low, forecast.low);
        high = std::max(high, forecast.high);
    } else if (!model.points().empty()) {
        view.notes << tr("No forecast yet: %1.").arg(forecast.reason);
    }
    if (std::isfinite(low) && std::isfinite(high)) {
        // Padded, but not past what the measure can be (a rate stays within 0–1).
        const double pad = std::max(1e-6, (high - low) * 0.1);
        const auto &last = model.points().back();
        view.range = {std::max(low - pad, last.lowest), std::min(high + pad, last.highest)};
    }
    for (QString &label : elsewhere)
        label = tr("%1: %2").arg(label, QLocale().createSeparatedList(valuesOf[label]));
    if (!elsewhere.isEmpty())
        view.otherMeasures = tr("Not in the chart, because they measure something else: %1.")
                                 .arg(elsewhere.join(QStringLiteral("; ")));
    if (!missing.isEmpty())
        view.notes << tr("Sessions %1: not enough trials for a result.")
                          .arg(QLocale().createSeparatedList(missing));
}

void ProgressPresenter::changeNote(const ProgressModel &model, Database &db, View &view)
{
    if (auto statement = changeStatement(model, db))
        view.notes << *statement;
}

std::vector<const ProgressModel::Point *>
ProgressPresenter::comparableAssessments(const ProgressModel &model)
{
    const auto &points = model.points();
    const auto latest = std::find_if(points.rbegin(), points.rend(), [](const auto &p) {
        return p.mode == SessionMode::Assessment && !p.partial && !p.key.isEmpty();
    });
    std::vector<const ProgressModel::Point *> found;
    if (latest == points.rend())
        return found;
    for (const auto &p : points)
        if (p.mode == SessionMode::Assessment && !p.partial && p.ok && p.key == latest->key)
            found.push_back(&p);
    return found;
}

// Between the first and the latest complete assessment: the reliable change index with the
// retest reliability and practice effect this database shows (RetestReliability), or why there
// is no statement. Training makes none: the controller holds the level near the target.
std::optional<ProgressPresenter::Change> ProgressPresenter::change(const ProgressModel &model,
                                                                   Database &db)
{
    const auto assessments = comparableAssessments(model);
    if (assessments.size() < 2)
        return std::nullopt;
    const ProgressModel::Point *first = assessments.front(), *last = assessments.back();
    const auto retest = RetestReliability::estimate(db, model.exercise().id(), last->key);
    if (!retest)
        return std::nullopt; // the chart stands without its note
    const RetestReliability::Estimate &r = retest.value();
    Change change{first, last, r.people, std::nullopt, std::nullopt, std::nullopt};
    const auto rc =
        r.r ? metrics::reliableChange(first->value, last->value, *r.firstSd, *r.r, *r.practice)
            : metrics::Estimate();
    if (rc.ok()) {
        change.index = rc.value;
        change.reliability = r.r;
        change.practice = r.practice;
    }
    return change;
}

std::optional<QString> ProgressPresenter::changeStatement(const ProgressModel &model, Database &db)
{
    const auto found = change(model, db);
    return found ? std::optional<QString>(changeStatement(*found)) : std::nullopt;
}

QString ProgressPresenter::changeStatement(const Change &change)
{
    const QLocale locale;
    if (!change.index) {
        return tr("No statement of change between assessments: it needs the measure's "
                  "retest reliability, which takes %1 people with two assessments in this "
                  "database (now %2) and a positive correlation between them.")
            .arg(RetestReliability::kMinimumPeople)
            .arg(change.people);
    }
    const QString basis =
        tr("reliable change index %1 (Jacobson & Truax 1991), from a retest reliability of %2 "
           "and an average practice effect of %3 among %4 people in this database")
            .arg(locale.toString(*change.index, 'f', 2),
                 locale.toString(*change.reliability, 'f', 2),
                 ProgressModel::text(*change.practice))
            .arg(change.people);
    return (change.reliable()
                ? tr("Assessment %1 differs from assessment %2 by more than measurement "
                     "error and practice explain: %3.")
                : tr("The difference between assessments %2 and %1 is within what "
                     "measurement error and practice explain: %3."))
        .arg(change.last->number)
        .arg(change.first->number)
        .arg(basis);
}

void ProgressPresenter::reliabilityNote(const ProgressModel &model, Database &db, View &view)
{
    const ProgressModel::Point *latest = model.lastComplete();
    if (!latest || latest->mode != SessionMode::Assessment)
        return;
    const auto split = SplitHalfReliability::estimate(db, model.exercise(), latest->key);
    if (!split || !split.value().reliability)
        return; // said nothing rather than a reliability from too few people
    view.notes << tr("Split-half reliability of “%1” in this database: %2 (odd against even "
                     "trials of the first assessments of %3 people, Spearman–Brown).")
                      .arg(latest->label, QLocale().toString(*split.value().reliability, 'f', 2))
                      .arg(split.value().people);
}

void ProgressPresenter::trainingSeries(const ProgressModel &model, View &view)
{
    const auto &points = model.points();
    for (const auto &p : points) {
        if (p.level >= 0.0)
            view.levels.emplace_back(p.number, p.level);
        if (p.level >= 0.0 && p.accuracy >= 0.0)
            view.accuracy.emplace_back(p.number, p.accuracy);
    }
    // Where the level adapts on some trials only (the SART's no-go trials), so does the accuracy
    // that the band is about.
    const auto lastTraining = std::find_if(points.rbegin(), points.rend(), [](const auto &p) {
        return p.mode == SessionMode::Training;
    });
    if (lastTraining != points.rend()) {
        view.adaptedOn = lastTraining->adaptedOn;
        view.target = lastTraining->target;
    } else {
        // The training to come, which the model's expectation is about (the SART's model learns
        // from the assessment's no-go trials before any training session).
        const QJsonObject parameters = model.exercise().defaultParameters(SessionMode::Training);
        view.adaptedOn = AdaptiveTraining::adaptingConditions(parameters);
        view.target = AdaptiveTraining::targetAccuracy(parameters);
    }
    view.accuracyName =
        view.adaptedOn.isEmpty()
            ? tr("Accuracy")
            : tr("Accuracy on %1 trials").arg(conditionsText(model.exercise(), view.adaptedOn));
}

void ProgressPresenter::modelExpectation(Database &db, const Exercise &exercise,
                                         qint64 participantId, View &view)
{
    auto training = AdaptiveTraining::load(db, participantId, exercise,
                                           exercise.defaultParameters(SessionMode::Training), 0, 1);
    if (!training || training.value()->trialsSeen() == 0)
        return;
    const auto next = training.value()->next();
    const double p = next.predictedCorrect.value_or(0.0); // the model always predicts here
    const ModelExpectation e{next.level, p, std::max(0.0, p - next.uncertainty),
                             std::min(1.0, p + next.uncertainty), training.value()->trialsSeen()};
    view.expectation = e;
    const QLocale locale;
    const QString expected = locale.toString(100.0 * e.accuracy, 'f', 0);
    const QString low = locale.toString(100.0 * e.low, 'f', 0);
    const QString high = locale.toString(100.0 * e.high, 'f', 0);
    const QString level = locale.toString(e.level, 'f', 2);
    view.notes << (view.adaptedOn.isEmpty()
                       ? tr("Next training session starts at level %1, where the attention model "
                            "expects %2 % correct (from %4 to %5 %; it has learnt from %3 of this "
                            "person's trials).")
                             .arg(level, expected)
                             .arg(e.trialsSeen)
                             .arg(low, high)
                       : tr("Next training session starts at level %1, where the attention model "
                            "expects %2 % correct on %6 trials (from %4 to %5 %; it has learnt "
                            "from %3 of this person's %6 trials).")
                             .arg(level, expected)
                             .arg(e.trialsSeen)
                             .arg(low, high, conditionsText(exercise, view.adaptedOn)));
}

QString ProgressPresenter::conditionsText(const Exercise &exercise, const QStringList &conditions)
{
    QStringList names;
    for (const QString &c : conditions)
        names << exercise.conditionName(c);
    return names.join(QLatin1Char('/'));
}

} // namespace attend
