#include "modelevaluation.h"

#include "attention/performancemodel.h"
#include "evaluation/baselines.h"
#include "exercise.h"
#include "exerciseregistry.h"
#include "session/adaptivetraining.h"
#include "storage/database.h"
#include "storage/modelstaterepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QFile>
#include <QJsonArray>
#include <cmath>

namespace attend {

namespace {

constexpr double kEmaWeight = 0.1;

QJsonValue orNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

Result<attention::AttentionModel> shippedPrior(const QString &exercise)
{
    auto model = AdaptiveTraining::prior(exercise);
    if (!model)
        return Error(Error::Kind::Corrupt,
                     ModelEvaluation::tr("The attention model's prior could not be read."));
    return *model;
}

// A stored model state that cannot be read is damage the user should hear of, even though the
// replay starts from the prior.
Result<void> checkState(Database &db, const Participant &p, const QString &exercise)
{
    auto state = ModelStateRepository(db).load(p.id, exercise);
    if (!state)
        return state.error();
    const auto &s = state.value();
    if (s && s->modelVersion == AdaptiveTraining::kModelVersion &&
        !attention::PerformanceModel::weightsFrom(
            std::vector<std::uint8_t>(s->weights.begin(), s->weights.end())))
        return Error(Error::Kind::Corrupt,
                     ModelEvaluation::tr("The stored attention model of participant %1 in %2 is "
                                         "damaged in %3; nothing was changed.")
                         .arg(p.code, exercise, db.location()));
    return {};
}

} // namespace

QString ModelEvaluation::name(Predictor predictor)
{
    static const char *const names[] = {
        "model", "ablation", "constant", "running_mean", "running_mean_by_condition", "ema"};
    return QString::fromLatin1(names[predictor]);
}

Result<ModelEvaluation::Stream> ModelEvaluation::streamOf(Database &db, qint64 participant,
                                                          const Exercise &exercise,
                                                          const QStringList &conditions)
{
    auto sessions = SessionRepository(db).forParticipant(participant);
    if (!sessions)
        return sessions.error();
    Stream stream;
    int number = 0;
    for (const SessionInfo &s : sessions.value()) {
        if (s.exercise != exercise.id())
            continue;
        auto trials = TrialRepository(db).forSession(s.id);
        auto session = SessionRepository(db).load(s.id);
        if (!trials || !session)
            return !trials ? trials.error() : session.error();
        const auto level = exercise.levelsToday(s.mode, session.value().parameters);
        for (TrialRecord &t : trials.value())
            if (AdaptiveTraining::informs(conditions, t)) {
                t.difficulty = level(t.difficulty);
                stream.trials.push_back(std::move(t));
                stream.sessions.push_back(number);
            }
        ++number;
    }
    return stream;
}

void ModelEvaluation::replay(const Stream &stream, const attention::AttentionModel &prior,
                             const attention::PerformanceModel::Options &options,
                             ExerciseResult &result)
{
    const double target = adaptive::kTargetAccuracy;
    const double populationLogRt = attention::PerformanceModel::Options().logRtMean;
    attention::PerformanceModel model(prior, options);
    evaluation::RunningMean mean(target), rtMean(populationLogRt);
    evaluation::RunningMeanByCondition byCondition(target), rtByCondition(populationLogRt);
    evaluation::Ema ema(target, kEmaWeight), rtEma(populationLogRt, kEmaWeight);
    auto &s = result.scores;
    int inSession = 0;
    for (std::size_t i = 0; i < stream.trials.size(); ++i) {
        const TrialRecord &t = stream.trials[i];
        const int session = stream.sessions[i];
        inSession = i > 0 && stream.sessions[i - 1] == session ? inSession + 1 : 0;
        const std::string kind =
            AdaptiveTraining::conditionKey(QString::fromStdString(t.condition)).toStdString();
        const auto f = model.predict(t.difficulty, session, inSession, model.knownKind(kind));
        const auto a = model.regressionOnly(t.difficulty);
        const std::array<double, Count> p{
            f.pCorrect,   a.pCorrect, target, mean.predict(), byCondition.predict(t.condition),
            ema.predict()};
        for (int k = 0; k < Count; ++k)
            s[std::size_t(k)].add(p[std::size_t(k)], t.correct);
        const auto rt = t.rtMs();
        if (rt && *rt > 0.0) {
            const double y = std::log(*rt);
            const std::array<double, Count> r{std::log(f.rtMs),
                                              std::log(a.rtMs),
                                              populationLogRt,
                                              rtMean.predict(),
                                              rtByCondition.predict(t.condition),
                                              rtEma.predict()};
            for (int k = 0; k < Count; ++k)
                s[std::size_t(k)].addLogRt(r[std::size_t(k)], y);
            rtMean.update(y);
            rtByCondition.update(t.condition, y);
            rtEma.update(y);
        }
        model.observe({t.difficulty, t.correct, t.responded(), rt.value_or(0.0), session, inSession,
                       model.kindOf(kind)});
        mean.update(t.correct ? 1.0 : 0.0);
        byCondition.update(t.condition, t.correct ? 1.0 : 0.0);
        ema.update(t.correct ? 1.0 : 0.0);
    }
}

Result<std::vector<ModelEvaluation::ExerciseResult>>
ModelEvaluation::run(Database &db, const ExerciseRegistry &registry, const QString &exercise,
                     const QString &participantCode)
{
    std::vector<Participant> people;
    if (participantCode.isEmpty()) {
        auto all = ParticipantRepository(db).list(ParticipantRepository::Which::All);
        if (!all)
            return all.error();
        people.assign(all.value().begin(), all.value().end());
    } else {
        auto one = ParticipantRepository(db).byCode(participantCode);
        if (!one)
            return one.error();
        people.push_back(one.value());
    }
    std::vector<ExerciseResult> results;
    for (const auto &e : registry.all()) {
        if (!exercise.isEmpty() && e->id() != exercise)
            continue;
        const QJsonObject training = e->defaultParameters(SessionMode::Training);
        const QStringList conditions = AdaptiveTraining::adaptingConditions(training);
        const auto options = AdaptiveTraining::modelOptions(training);
        auto prior = shippedPrior(e->id());
        if (!prior)
            return prior.error();
        ExerciseResult result;
        result.exercise = e->id();
        for (const Participant &p : people) {
            if (auto checked = checkState(db, p, e->id()); !checked)
                return checked.error();
            auto stream = streamOf(db, p.id, *e, conditions);
            if (!stream)
                return stream.error();
            if (stream.value().trials.empty())
                continue;
            replay(stream.value(), prior.value(), options, result);
            ++result.people;
        }
        if (result.people > 0)
            results.push_back(std::move(result));
    }
    if (results.empty())
        return Error(
            Error::Kind::NotFound,
            exercise.isEmpty()
                ? tr("There are no trials to evaluate in %1.").arg(db.location())
                : tr("There are no trials of %1 to evaluate in %2.").arg(exercise, db.location()));
    return results;
}

QJsonObject ModelEvaluation::toJson(const ExerciseResult &result)
{
    QJsonObject predictors;
    for (int k = 0; k < Count; ++k) {
        const auto &s = result.scores[std::size_t(k)];
        predictors.insert(name(Predictor(k)),
                          QJsonObject{{QStringLiteral("brier"), orNull(s.brier())},
                                      {QStringLiteral("log_loss"), orNull(s.logLoss())},
                                      {QStringLiteral("calibration"), orNull(s.calibration())},
                                      {QStringLiteral("log_rt_rmse"), orNull(s.logRtRmse())}});
    }
    QJsonArray reliability;
    for (const auto &bin : result.scores[Model].reliability())
        reliability.append(QJsonObject{{QStringLiteral("n"), bin.n},
                                       {QStringLiteral("mean_predicted"),
                                        bin.n ? QJsonValue(bin.meanPredicted) : QJsonValue()},
                                       {QStringLiteral("mean_observed"),
                                        bin.n ? QJsonValue(bin.meanObserved) : QJsonValue()}});
    return {{QStringLiteral("exercise"), result.exercise},
            {QStringLiteral("n"), result.scores[Model].n()},
            {QStringLiteral("people"), result.people},
            {QStringLiteral("predictors"), predictors},
            {QStringLiteral("reliability"), reliability}};
}

} // namespace attend
