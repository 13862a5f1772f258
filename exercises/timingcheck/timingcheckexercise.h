#pragma once

#include "exercise.h"

#include <QCoreApplication>

namespace attend {

// The timing check (DESIGN.md §4): a simple-reaction task — a white disc after a random 1–3 s
// foreperiod, press Space — whose sessions report the measured refresh, dropped frames and RT
// statistics. It checks the computer, not a person, and is stored like any session.
class TimingCheckExercise : public Exercise
{
    Q_DECLARE_TR_FUNCTIONS(TimingCheckExercise)

public:
    static QString exerciseId() { return QStringLiteral("timing-check"); }

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
    std::vector<Measure> summarise(const std::vector<TrialRecord> &trials) const override;
    QString assessmentKeyMeasure() const override;
};

} // namespace attend
