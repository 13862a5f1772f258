#pragma once

#include "exercise.h"

#include <QCoreApplication>
#include <random>

namespace attend {

// Cued task switching (DESIGN.md §6): a circle or square, blue or orange; a cue names the rule
// (colour or shape) before the target; F and J each stand for one value of each rule, so trials
// are congruent or incongruent. Pure and mixed blocks in a sandwich design (Rogers & Monsell
// 1995; Meiran 1996). Training moves the cue–target interval, deadline, switch rate and share
// of incongruent trials.
class TaskSwitchingExercise : public Exercise
{
    Q_DECLARE_TR_FUNCTIONS(TaskSwitchingExercise)

public:
    static QString exerciseId() { return QStringLiteral("task-switching"); }

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
    std::vector<ImportField> importFields() const override;
    void describeImported(TrialRecord &trial, const QJsonObject &fields) const override;
    QString assessmentKeyMeasure() const override;

    struct Step
    {
        QString rule; // "colour" or "shape"
        bool isSwitch = false;
        bool first = false; // the block's first trial: neither switch nor repeat
        bool congruent = false;
        int ctiMs = 0;
        QString key;            // the correct key
        int cue = 0;            // which of the rule's two cues (protocol 2; always 0 before)
        bool cueSwitch = false; // the rule repeats but its cue changes
    };
    // Two cues per rule (protocol 2): a task switch is then not always a cue switch.
    static bool twoCues(const QJsonObject &parameters);
    // Gives each step its cue: on half of the rule repeats the other cue of the same rule, on
    // a switch either cue of the new rule, balanced over the block.
    static void assignCues(std::vector<Step> &steps, std::mt19937_64 &rng);
    // What block `block` is: "colour" or "shape" (pure) or "mixed"; the sandwich is pure, pure,
    // mixed × n, pure, pure, the pure order counterbalanced by participant.
    QString blockKind(const QJsonObject &parameters, int block, qint64 participantId) const;
    // A whole assessment block, from its seed: CTIs and congruency balanced, and in mixed blocks
    // switches on half the transitions with no run of repeats longer than max_repeats.
    std::vector<Step> assessmentBlock(const QJsonObject &parameters, const QString &kind,
                                      int trials, quint64 seed) const;

private:
    TrialSpec build(const Step &step, const QString &kind, const TrialContext &context,
                    int deadlineMs) const;
};

} // namespace attend
