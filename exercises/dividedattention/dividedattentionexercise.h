#pragma once

#include "exercise.h"
#include "metrics/psychometric.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <map>
#include <optional>
#include <vector>

namespace attend {

// Divided attention as in the useful field of view (DESIGN.md §6; Ball et al. 1988): a brief
// display with a car or a truck in a central box and, in the divided subtests, a target at one
// of 8 directions in the periphery (among 47 triangles in the selective subtest), then a noise
// mask; the person says what was in the centre (F car, J truck) and then where the outer target
// was (Q W E / A D / Z X C around S, or the numeric keypad). Display time is counted in frames
// and set by two interleaved staircases in assessment; training moves display time, distractors,
// eccentricity and how alike the two central figures are.
class DividedAttentionExercise : public Exercise
{
    Q_DECLARE_TR_FUNCTIONS(DividedAttentionExercise)

public:
    static QString exerciseId() { return QStringLiteral("divided-attention"); }

    QString id() const override { return exerciseId(); }
    QString displayName() const override;
    QString description() const override;
    QString instructions(SessionMode mode) const override;
    QString responseKeysHint() const override;
    QJsonObject defaultParameters(SessionMode mode) const override;
    SessionPlan plan(SessionMode mode, const QJsonObject &parameters) const override;
    TrialSpec nextTrial(const TrialContext &context) const override;
    bool score(const TrialSpec &trial, const QString &response) const override;
    QString simulatedResponse(const TrialSpec &trial, bool correct) const override;
    SimulationCue simulationCue(const TrialSpec &trial) const override;
    std::vector<Measure> summarise(const std::vector<TrialRecord> &trials) const override;
    QString conditionName(const QString &condition) const override;
    // Unspeeded: "Take your time to answer: only correctness counts" (Ball & Owsley).
    bool speeded() const override { return false; }
    // The subtests (a trial's condition) by their names on screen.
    static std::map<QString, QString> subtestNames();
    std::vector<ImportField> importFields() const override;
    void describeImported(TrialRecord &trial, const QJsonObject &fields) const override;
    QStringList unsummarisedStimulusKeys() const override
    {
        return {QStringLiteral("distractors")};
    }
    QString assessmentKeyMeasure() const override;

    // Subtest of assessment block 1–4: "central", "divided", "selective", "peripheral".
    // The subtest a block of an assessment runs (protocol 2: edge alone, centre, centre + edge,
    // + triangles, edge alone; protocol 1: the three, then edge alone).
    static QString subtest(const QJsonObject &parameters, int block);
    static bool abba(const QJsonObject &parameters);
    // Direction 0–7 (0 = up, clockwise) of a direction key ("w", "e", …, or keypad "8", "9", …);
    // -1 for any other key.
    static int directionOfKey(const QString &key);
    // The letter key for direction 0–7.
    static QString keyForDirection(int direction);
    // The 48 places for peripheral items: 16 spokes (every 22.5°) × radii 0.13, 0.24, 0.35 of
    // the short side, as (x, y) from the centre, y down. Those on the 8 main spokes at the
    // target's eccentricity are where a target can be.
    static std::vector<QPointF> distractorPlaces();
    // The next staircase state given the one stored with the previous trial and its outcome.
    // A state is [frames, step, direction, reversals…] for each of the two staircases.
    static QJsonArray advanceStaircases(const QJsonObject &parameters, const QJsonObject &previous,
                                        bool previousCorrect);

private:
    static std::optional<Measure>
    dualTaskCost(const std::map<QString, std::vector<metrics::PsychometricTrial>> &edgeAnswers);
    TrialSpec build(const TrialContext &context, const QString &subtest, int frames,
                    double eccentricity, int distractors, double morph) const;
};

} // namespace attend
