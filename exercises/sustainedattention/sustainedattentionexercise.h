#pragma once

#include "exercise.h"

#include <QCoreApplication>

namespace attend {

// Sustained attention as a go/no-go stream (DESIGN.md §6): press Space for every symbol except
// the rare no-go one. Two assessments share the logic: the SART (digits, no-go 3; Robertson et
// al. 1997) and a not-X CPT (letters, no-go X, inter-stimulus intervals of 1, 2 and 4 s).
// Training varies the no-go rate, stimulus duration, pace and its variability.
class SustainedAttentionExercise : public Exercise
{
    Q_DECLARE_TR_FUNCTIONS(SustainedAttentionExercise)

public:
    enum class Variant { Sart, Cpt };
    explicit SustainedAttentionExercise(Variant variant) : m_variant(variant) {}

    QString id() const override;
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
    double levelUnder(const QJsonObject &now, const QJsonObject &recorded,
                      double level) const override;
    std::vector<Measure> summarise(const std::vector<TrialRecord> &trials) const override;
    QString conditionName(const QString &condition) const override;
    std::vector<ImportField> importFields() const override;
    void describeImported(TrialRecord &trial, const QJsonObject &fields) const override;
    QString assessmentKeyMeasure() const override;

    // One stimulus of an assessment block, before it becomes frames.
    struct Item
    {
        QString symbol;
        bool go = true;
        int fontPt = 0;            // SART
        double isiMs = 0;          // CPT: onset to next onset
        double precedingIsiMs = 0; // CPT: the interval before this letter; 0 after a pause
    };
    // The whole block, shuffled from its seed: the SART's 225 digits with balanced font sizes, or
    // a CPT block with its X's spread evenly over the inter-stimulus intervals.
    // The CPT's block in Conners' design (protocol 2): sub-blocks of 20 letters, each at one
    // interval, in one of the orders of the intervals.
    static std::vector<Item> connersBlock(const QJsonObject &parameters, int block,
                                          qint64 participantId, quint64 seed);
    static bool conners(const QJsonObject &parameters);
    static std::vector<Measure> cptMeasures(const std::vector<TrialRecord> &trials);
    std::vector<Item> assessmentBlock(const QJsonObject &parameters, bool practice,
                                      quint64 seed) const;

private:
    TrialSpec training(const TrialContext &context) const;
    TrialSpec build(const Item &item, double stimulusMs, double soaMs, double height,
                    double refreshHz) const;
    Variant m_variant;
};

} // namespace attend
