#include "progresspresenter.h"

#include "session/adaptivetraining.h"

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

ProgressPresenter::View ProgressPresenter::present(const ProgressModel &model, Database &db,
                                                   const Exercise &exercise, qint64 participantId)
{
    View view;
    const auto &points = model.points();
    if (!points.empty()) {
        const auto &last = points.back();
        view.title =
            last.unit.isEmpty() ? last.label : QStringLiteral("%1 (%2)").arg(last.label, last.unit);
        view.unit = last.unit;
        view.lastSession = last.number;
    }
    measureSeries(model, view);
    trainingSeries(model, view);
    modelExpectation(db, exercise, participantId, view);
    return view;
}

void ProgressPresenter::measureSeries(const ProgressModel &model, View &view)
{
    double low = INFINITY, high = -INFINITY;
    QStringList missing, elsewhere, partial;
    for (const auto &p : model.points()) {
        if (p.partial) {
            partial << QString::number(p.number);
        } else if (!model.charted(p)) {
            if (p.ok)
                elsewhere << tr("session %1: %2 = %3")
                                 .arg(p.number)
                                 .arg(p.label, ProgressModel::text(p.value));
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
                          .arg(partial.join(QStringLiteral(", ")));
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
    if (!elsewhere.isEmpty())
        view.notes << tr("Not in the chart, because they measure something else: %1.")
                          .arg(elsewhere.join(QStringLiteral("; ")));
    if (!missing.isEmpty())
        view.notes << tr("Sessions %1: not enough trials for a result.").arg(missing.join(u", "));
    if (const auto beyond = model.changeBeyondError(); beyond && view.estimates.size() > 1)
        view.notes << (*beyond ? tr("The change since the first session is larger than the "
                                    "measurement error.")
                               : tr("The change since the first session is within the "
                                    "measurement error: it may be practice or chance."));
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
    }
    view.accuracyName =
        view.adaptedOn.isEmpty()
            ? tr("Accuracy")
            : tr("Accuracy on %1 trials").arg(view.adaptedOn.join(QLatin1Char('/')));
}

void ProgressPresenter::modelExpectation(Database &db, const Exercise &exercise,
                                         qint64 participantId, View &view)
{
    auto training = AdaptiveTraining::load(db, participantId, exercise.id(),
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
                             .arg(low, high, view.adaptedOn.join(QLatin1Char('/'))));
}

} // namespace attend
