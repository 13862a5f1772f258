#pragma once

#include "exercise.h"
#include "metrics/visualsearch.h"

#include <QCoreApplication>

namespace attend {

// Visual search (DESIGN.md §6): is the target among the items? Feature search (an orange
// vertical bar among blue vertical bars), conjunction search (orange vertical among blue
// vertical and orange horizontal; Treisman & Gelade 1980) and spatial-configuration search (a T
// among Ls; Wolfe 1998). F = present, J = absent. Training: a tilted bar among upright ones,
// with set size, tilt and display time moved by the controller.
class VisualSearchExercise : public Exercise
{
    Q_DECLARE_TR_FUNCTIONS(VisualSearchExercise)

public:
    static QString exerciseId() { return QStringLiteral("visual-search"); }

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

    struct Cell
    {
        QString type; // "feature", "conjunction", "spatial"
        int setSize = 0;
        bool present = false;
        int quadrant = 0; // of the target, 0–3, when present
    };
    // The search types of the assessment's blocks in this participant's order.
    QStringList blockTypes(const QJsonObject &parameters, qint64 participantId) const;
    // One block's trials: every set size × present/absent × repetitions, shuffled from the seed;
    // the target's quadrant cycles through the four within each cell.
    std::vector<Cell> block(const QJsonObject &parameters, const QString &type, int trials,
                            quint64 seed) const;
    // Item positions in a jittered grid inside the central square of side `field`, as
    // fractions of the short screen side from the centre. The first is the target's (in
    // `quadrant` when present).
    static std::vector<QPointF> layout(int setSize, int quadrant, double field, quint64 seed);

private:
    // The whole session's accuracy, errors and speed–accuracy measures; accuracy per set size
    // only where set sizes are the paradigm's few (assessment), not training's continuum.
    static std::vector<Measure> overallMeasures(const metrics::SearchSummary &overall,
                                                bool perSetSize);
    TrialSpec build(const Cell &cell, const TrialContext &context, double tiltDeg,
                    int displayFrames) const;
};

} // namespace attend
