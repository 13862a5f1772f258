#pragma once

#include "attention/attentionmodel.h"
#include "attention/performancemodel.h"
#include "evaluation/forecastscore.h"
#include "result.h"
#include "trialrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <array>
#include <vector>

namespace attend {

class Database;
class Exercise;
class ExerciseRegistry;

// `attend-cli evaluate` (DESIGN.md §5): stored trials — any mode, any source — replayed through
// the attention model from the shipped population prior and through baselines, each trial
// predicted before it is used to learn (predict, then update). Per person and exercise, the
// stream is the trials that count towards results, in session order, restricted to the
// conditions training adapts on where the exercise adapts on some only (the SART's no-go
// trials). Predictors: the model; the ablation (the same person's regularised logistic
// regression and log-RT line, the model's covariates and prior, no attention); a constant (the
// target accuracy; the population's log RT); the running mean of the person's outcomes; the
// running mean per condition; an exponentially weighted mean (α = 0.1).
class ModelEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(ModelEvaluation)

public:
    enum Predictor { Model, Ablation, Constant, RunningMean, RunningMeanByCondition, Ema, Count };
    static QString name(Predictor predictor); // as in the JSON: "model", "running_mean", …

    struct ExerciseResult
    {
        QString exercise;
        int people = 0;
        std::array<evaluation::ForecastScore, Count> scores;
    };

    // One person's stream: trials in order with the number of the session each belongs to.
    struct Stream
    {
        std::vector<TrialRecord> trials;
        std::vector<int> sessions;
    };

    // Every exercise with trials (or `exercise` only), every participant (or `participantCode`
    // only). An error when there is nothing to evaluate or a stored model state is damaged.
    static Result<std::vector<ExerciseResult>> run(Database &db, const ExerciseRegistry &registry,
                                                   const QString &exercise,
                                                   const QString &participantCode);
    // Scores one stream into `result`, predict-then-update, the model run with `options` as
    // the exercise's training runs it (AdaptiveTraining::modelOptions).
    static void replay(const Stream &stream, const attention::AttentionModel &prior,
                       const attention::PerformanceModel::Options &options, ExerciseResult &result);
    static QJsonObject toJson(const ExerciseResult &result);

private:
    // A person's trials in one exercise, training levels on today's scale
    // (Exercise::levelsToday).
    static Result<Stream> streamOf(Database &db, qint64 participant, const Exercise &exercise,
                                   const QStringList &conditions);
};

} // namespace attend
