#pragma once

#include "result.h"
#include "simulation/simulatedparticipant.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <map>

namespace attend {

// A simulated population read from a JSON file (`attend-cli simulate --population FILE`,
// docs/simulation.md): each listed parameter's distribution replaces the standard one, field by
// field, for every exercise ("parameters") and then for one exercise ("exercises": {id: …}).
class PopulationFile
{
    Q_DECLARE_TR_FUNCTIONS(PopulationFile)

public:
    // The standard population, for every exercise.
    PopulationFile() = default;
    static Result<PopulationFile> read(const QString &path);
    static Result<PopulationFile> fromJson(const QJsonObject &json, const QString &where);

    QString name() const { return m_name; }
    simulation::Population forExercise(const QString &exercise) const;
    QStringList exercises() const; // those with their own parameters

private:
    static Result<void> apply(const QJsonObject &parameters, simulation::Population &population,
                              const QString &where);

    QString m_name;
    simulation::Population m_all;
    std::map<QString, simulation::Population> m_byExercise;
};

} // namespace attend
