#pragma once

#include "adaptive/difficultycontroller.h"
#include "attention/performancemodel.h"
#include "result.h"
#include "trialrecord.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace attend {

class Database;
class Exercise;

// Training mode's difficulty (DESIGN.md §5): the person's performance model (their stored weights,
// or the population prior the first time) predicts each candidate level, the controller picks
// the next one, and the model learns from each outcome in the inter-trial interval.
// The level is one number from 0 (easiest) to 1 (hardest); each exercise maps it onto its own
// difficulty dimensions.
class AdaptiveTraining
{
public:
    struct Decision
    {
        double level = 0.0;
        // The model's prediction at `level`; none for practice trials and assessments.
        std::optional<double> predictedCorrect;
        std::optional<double> predictedRtMs;
        QString rule;             // "staircase", "model" or "explore"
        double uncertainty = 1.0; // of predictedCorrect: how far recent predictions were off
    };

    // Loads the person's history in this exercise from the database (every earlier training
    // session, the assessments too where learns_from_assessment is set, and what `currentSession`
    // already holds) and their model state. Parameters read:
    // target_accuracy, difficulty_start, difficulty_step, difficulty_max_step and
    // adapt_on_conditions (the trial conditions the model and controller learn from, when only
    // some of them carry the difficulty — e.g. the SART's no-go trials; all when absent).
    // Stored levels are read on the scale of `parameters` (Exercise::levelsUnder).
    static Result<std::unique_ptr<AdaptiveTraining>> load(Database &db, qint64 participantId,
                                                          const Exercise &exercise,
                                                          const QJsonObject &parameters,
                                                          qint64 currentSession, quint64 seed);

    // The level of the next trial of this session.
    Decision next();
    // The decision's prediction redone for the trial generated at its level, whose kind
    // (condition) is known now: the prediction stored with the trial; none for a kind the
    // training does not adapt on.
    Decision forTrial(const Decision &decision, const QString &condition);
    // A condition without its numbers ("mixed-switch-congruent-650" → "mixed-switch-congruent";
    // "feature-present-32" → "feature-present"): the kinds of trial the model tells apart; the
    // numbers are the difficulty's business.
    static QString conditionKey(const QString &condition);
    // The level for practice trials: easier than where training stands.
    double practiceLevel() const;
    // Learns from a stored, non-practice trial of this session (if its condition is one the
    // training adapts on).
    void observe(const TrialRecord &trial);
    // Writes the weights to model_states.
    Result<void> save();

    // The population prior for an exercise: its own (resources/model/ID.bin, fitted on its
    // simulation) or, for an exercise without one, the general prior.
    static std::optional<attention::AttentionModel> prior(const QString &exercise);
    // The person's history as the model holds it (tests/bench/modelprior fits priors on it).
    const std::vector<attention::Observation> &history() const { return m_model.history(); }

    int sessionNumber() const { return m_session; }
    int trialsSeen() const { return m_model.seen(); }

    // The trial conditions the training adapts on (parameter adapt_on_conditions; empty: all),
    // and whether the model and controller learn from `trial`: a scored trial of one of them.
    static QStringList adaptingConditions(const QJsonObject &parameters);
    // The accuracy training aims at (parameter target_accuracy; the 85 % rule without it).
    static double targetAccuracy(const QJsonObject &parameters);
    // The performance model's options for an exercise: its recalibration_rate and
    // rt_recalibration_rate where it sets them.
    static attention::PerformanceModel::Options modelOptions(const QJsonObject &parameters);
    static bool informs(const QStringList &conditions, const TrialRecord &trial);
    // Whether training on `conditions` adapts on trials of `condition`.
    static bool adaptsOn(const QStringList &conditions, const QString &condition);

    // Bumped whenever the model's features change, so that stored weights of another meaning are
    // replaced by the prior instead of being misread.
    static constexpr int kModelVersion = 4;

private:
    // The trials a person's training adapted on: per earlier session (with the assessments
    // where learns_from_assessment), what the current session already holds (after a resume), and
    // the level the last earlier training session ended at.
    struct History
    {
        std::vector<std::vector<TrialRecord>> earlier;
        std::vector<TrialRecord> current;
        std::optional<double> lastLevel;
    };
    static Result<History> historyOf(Database &db, qint64 participantId, const Exercise &exercise,
                                     const QJsonObject &parameters, const QStringList &conditions,
                                     qint64 currentSession);
    // The model's number for a condition's kind (conditionKey).
    int kindOf(const QString &condition);
    attention::Observation observationOf(const TrialRecord &trial, int session, int index);
    AdaptiveTraining(Database &db, qint64 participantId, QString exercise,
                     const attention::AttentionModel &weights,
                     const attention::PerformanceModel::Options &modelOptions,
                     const adaptive::DifficultyController::Options &options, int session,
                     QStringList conditions);

    Database &m_db;
    qint64 m_participant;
    QString m_exercise;
    attention::PerformanceModel m_model;
    adaptive::DifficultyController m_controller;
    double m_start;
    int m_session;
    int m_trial = 0;          // trials of this session the model has learnt from
    QStringList m_conditions; // empty: every condition
};

} // namespace attend
