#include "adaptivetraining.h"

#include "exercise.h"
#include "storage/database.h"
#include "storage/modelstaterepository.h"
#include "storage/sessionrepository.h"
#include "storage/trialrepository.h"

#include <QFile>
#include <QJsonArray>
#include <cmath>

namespace attend {

namespace {

std::optional<attention::AttentionModel> fromBytes(const QByteArray &bytes)
{
    return attention::PerformanceModel::weightsFrom(
        std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

} // namespace

AdaptiveTraining::AdaptiveTraining(Database &db, qint64 participantId, QString exercise,
                                   const attention::AttentionModel &weights,
                                   const attention::PerformanceModel::Options &modelOptions,
                                   const adaptive::DifficultyController::Options &options,
                                   int session, QStringList conditions)
    : m_db(db), m_participant(participantId), m_exercise(std::move(exercise)),
      m_model(weights, modelOptions), m_controller(options), m_start(options.start),
      m_session(session), m_conditions(std::move(conditions))
{}

QStringList AdaptiveTraining::adaptingConditions(const QJsonObject &parameters)
{
    QStringList conditions;
    for (const QJsonValue &c : parameters.value(QStringLiteral("adapt_on_conditions")).toArray())
        conditions.append(c.toString());
    return conditions;
}

double AdaptiveTraining::targetAccuracy(const QJsonObject &parameters)
{
    return parameters.value(QStringLiteral("target_accuracy")).toDouble(adaptive::kTargetAccuracy);
}

attention::PerformanceModel::Options AdaptiveTraining::modelOptions(const QJsonObject &parameters)
{
    attention::PerformanceModel::Options options;
    options.recalibration =
        parameters.value(QStringLiteral("recalibration_rate")).toDouble(options.recalibration);
    if (const QJsonValue rt = parameters.value(QStringLiteral("rt_recalibration_rate"));
        rt.isDouble())
        options.rtRecalibration = rt.toDouble();
    return options;
}

bool AdaptiveTraining::informs(const QStringList &conditions, const TrialRecord &t)
{
    return countsTowardsResults(t.flags, t.practice) &&
           adaptsOn(conditions, QString::fromStdString(t.condition));
}

bool AdaptiveTraining::adaptsOn(const QStringList &conditions, const QString &condition)
{
    return conditions.isEmpty() || conditions.contains(condition);
}

Result<AdaptiveTraining::History> AdaptiveTraining::historyOf(Database &db, qint64 participantId,
                                                              const Exercise &exercise,
                                                              const QJsonObject &parameters,
                                                              const QStringList &conditions,
                                                              qint64 currentSession)
{
    auto sessions = SessionRepository(db).forParticipant(participantId);
    if (!sessions)
        return sessions.error();
    // Assessment trials stay out unless the exercise says its assessment shows the adapted kind
    // at one training level (learns_from_assessment: the SART's and the CPT's no-go trials at
    // their difficulty_equivalent); elsewhere the published fixed parameters are no level on the
    // training dimension (divided attention's assessments, all stored at 0.5, made the first
    // training session start far too hard).
    const bool assessments = parameters.value(QStringLiteral("learns_from_assessment")).toBool();
    History history;
    for (const SessionInfo &s : sessions.value()) {
        const bool training = s.mode == SessionMode::Training;
        if (s.exercise != exercise.id() || s.trialCount == 0 || !(training || assessments))
            continue;
        auto session = SessionRepository(db).load(s.id);
        if (!session)
            return session.error();
        // An imported assessment ran another tool's parameters, at no level of this training.
        if (!training && session.value().source)
            continue;
        auto trials = TrialRepository(db).forSession(s.id);
        if (!trials)
            return trials.error();
        // An assessment trial's level is its difficulty_equivalent (Exercise::levelsUnder).
        const auto level = exercise.levelsUnder(parameters, s.mode, session.value().parameters);
        std::vector<TrialRecord> kept;
        for (TrialRecord &t : trials.value())
            if (informs(conditions, t)) {
                t.difficulty = level(t.difficulty);
                kept.push_back(std::move(t));
            }
        if (s.id == currentSession)
            history.current = std::move(kept);
        else if (!kept.empty()) {
            if (training)
                history.lastLevel = kept.back().difficulty;
            history.earlier.push_back(std::move(kept));
        }
    }
    return history;
}

Result<std::unique_ptr<AdaptiveTraining>>
AdaptiveTraining::load(Database &db, qint64 participantId, const Exercise &exercise,
                       const QJsonObject &parameters, qint64 currentSession, quint64 seed)
{
    auto stored = ModelStateRepository(db).load(participantId, exercise.id());
    if (!stored)
        return stored.error();

    std::optional<attention::AttentionModel> weights;
    if (stored.value() && stored.value()->modelVersion == kModelVersion)
        weights = fromBytes(stored.value()->weights);
    if (!weights)
        weights = prior(exercise.id());
    if (!weights)
        return Error(Error::Kind::InvalidInput,
                     Error::tr("The attention model's prior could not be read."));

    const QStringList conditions = adaptingConditions(parameters);
    auto trials = historyOf(db, participantId, exercise, parameters, conditions, currentSession);
    if (!trials)
        return trials.error();
    const auto &[history, current, lastLevel] = trials.value();

    adaptive::DifficultyController::Options options;
    options.target = targetAccuracy(parameters);
    options.step = parameters.value(QStringLiteral("difficulty_step")).toDouble(options.step);
    options.maxStep =
        parameters.value(QStringLiteral("difficulty_max_step")).toDouble(options.maxStep);
    options.start = parameters.value(QStringLiteral("difficulty_start")).toDouble(options.start);
    options.seed = seed;
    // Session by session: start a little below where the last session ended.
    if (lastLevel)
        options.start = *lastLevel - options.maxStep;
    if (!current.empty())
        options.start = current.back().difficulty;
    options.start = std::clamp(options.start, options.minimum, options.maximum);

    std::unique_ptr<AdaptiveTraining> training(
        new AdaptiveTraining(db, participantId, exercise.id(), *weights, modelOptions(parameters),
                             options, int(history.size()), conditions));
    for (std::size_t s = 0; s < history.size(); ++s)
        for (std::size_t i = 0; i < history[s].size(); ++i)
            training->m_model.remember(training->observationOf(history[s][i], int(s), int(i)));
    for (const TrialRecord &t : current) {
        training->m_model.remember(
            training->observationOf(t, training->m_session, training->m_trial++));
        training->m_controller.record(t.correct);
    }
    return training;
}

std::optional<attention::AttentionModel> AdaptiveTraining::prior(const QString &exercise)
{
    for (const QString &name : {exercise, QStringLiteral("prior")}) {
        QFile file(QStringLiteral(":/model/%1.bin").arg(name));
        if (file.open(QIODevice::ReadOnly))
            return fromBytes(file.readAll());
    }
    return std::nullopt;
}

AdaptiveTraining::Decision AdaptiveTraining::next()
{
    // Where the level adapts on one kind of trial (the go/no-go exercises' no-go trials), the
    // target is that kind's accuracy, so the level is chosen by that kind's prediction: the
    // prediction for a trial of unknown kind sat 0.02 below it, and training aimed off target.
    const int kind = m_conditions.size() == 1
                         ? m_model.knownKind(conditionKey(m_conditions.front()).toStdString())
                         : -1;
    const auto predict = [this, kind](double level) {
        const auto f = m_model.predict(level, m_session, m_trial, kind);
        return adaptive::DifficultyController::Prediction{f.pCorrect, f.uncertainty};
    };
    const auto d = m_controller.next(predict, m_model.seen());
    const auto f = m_model.predict(d.level, m_session, m_trial, kind);
    return {d.level, f.pCorrect, f.rtMs, QString::fromStdString(d.rule), f.uncertainty};
}

QString AdaptiveTraining::conditionKey(const QString &condition)
{
    QStringList kept;
    for (const QString &part : condition.split(u'-')) {
        bool number = false;
        part.toDouble(&number);
        if (!number)
            kept << part;
    }
    return kept.join(u'-');
}

AdaptiveTraining::Decision AdaptiveTraining::forTrial(const Decision &decision,
                                                      const QString &condition)
{
    Decision d = decision;
    // A kind the training does not adapt on (the SART's go trials) is one the model never learns
    // from: it has nothing to say of it, and storing a number would claim it had.
    if (!adaptsOn(m_conditions, condition)) {
        d.predictedCorrect.reset();
        d.predictedRtMs.reset();
        return d;
    }
    const auto f = m_model.predict(d.level, m_session, m_trial,
                                   m_model.knownKind(conditionKey(condition).toStdString()));
    d.predictedCorrect = f.pCorrect;
    d.predictedRtMs = f.rtMs;
    return d;
}

int AdaptiveTraining::kindOf(const QString &condition)
{
    return m_model.kindOf(conditionKey(condition).toStdString());
}

attention::Observation AdaptiveTraining::observationOf(const TrialRecord &t, int session, int trial)
{
    return {t.difficulty,
            t.correct,
            t.responded(),
            t.rtMs().value_or(0.0),
            session,
            trial,
            kindOf(QString::fromStdString(t.condition))};
}

double AdaptiveTraining::practiceLevel() const
{
    return std::max(0.0, m_start - 0.1);
}

void AdaptiveTraining::observe(const TrialRecord &trial)
{
    if (!informs(m_conditions, trial))
        return;
    m_model.observe(observationOf(trial, m_session, m_trial++));
    m_controller.record(trial.correct);
}

Result<void> AdaptiveTraining::save()
{
    const auto bytes = m_model.model().serialise();
    ModelState state;
    state.modelVersion = kModelVersion;
    state.weights =
        QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    state.trainedOn = m_model.seen();
    return ModelStateRepository(m_db).save(m_participant, m_exercise, state);
}

} // namespace attend
