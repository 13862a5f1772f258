#pragma once

// A small exercise that exists only in tests: press the key named on screen. It lets the registry,
// the session runner and the home page be tested before, and apart from, the real exercises.

#include "exercise.h"

#include <QJsonArray>
#include <random>

namespace attend::testing {

class TestExercise : public Exercise
{
public:
    explicit TestExercise(QString id = QStringLiteral("test")) : m_id(std::move(id)) {}

    QString id() const override { return m_id; }
    QString displayName() const override { return QStringLiteral("Test exercise %1").arg(m_id); }
    QString description() const override { return QStringLiteral("Press a key."); }
    QString instructions(SessionMode) const override
    {
        return QStringLiteral("Press F or J as shown.");
    }
    QString responseKeysHint() const override { return QStringLiteral("F or J"); }
    QJsonObject defaultParameters(SessionMode) const override
    {
        return {{QStringLiteral("practice"), 2},
                {QStringLiteral("blocks"), QJsonArray{3, 3}},
                {QStringLiteral("difficulty"), 0.5}};
    }
    SessionPlan plan(SessionMode, const QJsonObject &parameters) const override
    {
        SessionPlan plan;
        plan.practiceTrials = parameters.value(QStringLiteral("practice")).toInt();
        for (const auto &size : parameters.value(QStringLiteral("blocks")).toArray())
            plan.blockSizes.push_back(size.toInt());
        return plan;
    }
    TrialSpec nextTrial(const TrialContext &context) const override
    {
        std::mt19937_64 rng(context.trialSeed);
        TrialSpec t;
        const QString target = rng() % 2 ? QStringLiteral("f") : QStringLiteral("j");
        t.condition = target;
        t.difficulty = context.difficulty;
        t.stimulus = {{QStringLiteral("target"), target},
                      {QStringLiteral("x"), double(rng() % 1000) / 1000.0}};
        t.phases = {{QStringLiteral("fixation"),
                     context.parameters.value(QStringLiteral("fixation_frames")).toInt(30), false},
                    {QStringLiteral("stimulus"), 0, true}};
        t.deadlineFrames = 120;
        t.repeatIfLate = context.parameters.value(QStringLiteral("repeat_if_late")).toBool();
        t.keys = {QStringLiteral("f"), QStringLiteral("j")};
        return t;
    }
    bool score(const TrialSpec &trial, const QString &response) const override
    {
        return response == trial.stimulus.value(QStringLiteral("target")).toString();
    }
    QString simulatedResponse(const TrialSpec &trial, bool correct) const override
    {
        const QString target = trial.stimulus.value(QStringLiteral("target")).toString();
        return correct == (target == u"f") ? QStringLiteral("f") : QStringLiteral("j");
    }
    QString assessmentKeyMeasure() const override { return QStringLiteral("accuracy"); }
    std::vector<Measure> summarise(const std::vector<TrialRecord> &trials) const override
    {
        int correct = 0;
        for (const TrialRecord &t : trials)
            correct += t.correct;
        Measure m{QStringLiteral("accuracy"),
                  QStringLiteral("Accuracy"),
                  QString(),
                  !trials.empty(),
                  trials.empty() ? 0.0 : double(correct) / double(trials.size()),
                  QString()};
        m.proportion = true;
        return {m};
    }

private:
    QString m_id;
};

} // namespace attend::testing
