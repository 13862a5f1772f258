#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <vector>

namespace attend {

// A training programme (docs/programme.md): a baseline assessment of its exercises, a number of
// training days of a set length split evenly across them, an optional mid-point assessment after
// half the training days and a final assessment with the baseline's protocol. Data, read from
// resources/programmes/*.json.
class Programme
{
    Q_DECLARE_TR_FUNCTIONS(Programme)

public:
    // Checks every field; `known` lists the exercise ids this build has.
    static Result<Programme> fromJson(const QJsonObject &json, const QStringList &known,
                                      const QString &where);
    // The programmes shipped with Attend whose exercises are all in `known`, by id.
    static Result<std::vector<Programme>> shipped(const QStringList &known);
    static std::optional<Programme> shippedById(const QString &id, const QStringList &known);

    QString id() const { return m_id; }
    // In the language of `locale` where the file has it, else English.
    QString name(const QLocale &locale = QLocale()) const;
    QString summary(const QLocale &locale = QLocale()) const;
    QString source() const { return m_source; }
    int trainingDays() const { return m_trainingDays; }
    int daysPerWeek() const { return m_daysPerWeek; }
    int minutesPerDay() const { return m_minutesPerDay; }
    QStringList exercises() const { return m_exercises; }
    bool midpoint() const { return m_midpoint; }
    // The training day after which the mid-point assessment falls (none without one).
    std::optional<int> midpointAfterDay() const;

private:
    QString m_id;
    QJsonObject m_names;
    QJsonObject m_summaries;
    QString m_source;
    int m_trainingDays = 0;
    int m_daysPerWeek = 0;
    int m_minutesPerDay = 0;
    QStringList m_exercises;
    bool m_midpoint = false;
};

} // namespace attend
