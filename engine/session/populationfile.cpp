#include "populationfile.h"

#include <QFile>
#include <QJsonDocument>
#include <algorithm>

namespace attend {

namespace {

using simulation::Distribution;
using simulation::Population;

Error invalid(const QString &message)
{
    return Error(Error::Kind::InvalidInput, message);
}

// One distribution, field by field over `d`.
Result<void> applyDistribution(const QJsonValue &value, Distribution &d, const QString &where)
{
    if (!value.isObject())
        return invalid(PopulationFile::tr("%1 must be an object with centre, spread, low, high "
                                          "and log_normal.")
                           .arg(where));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == u"log_normal" && it.value().isBool()) {
            d.logNormal = it.value().toBool();
            continue;
        }
        double *field = key == u"centre"   ? &d.centre
                        : key == u"spread" ? &d.spread
                        : key == u"low"    ? &d.low
                        : key == u"high"   ? &d.high
                                           : nullptr;
        if (!field || !it.value().isDouble())
            return invalid(PopulationFile::tr("%1: \"%2\" is not a number field of a "
                                              "distribution (centre, spread, low, high).")
                               .arg(where, key));
        *field = it.value().toDouble();
    }
    if (d.spread < 0.0 || d.low > d.high || (d.logNormal && d.centre <= 0.0))
        return invalid(PopulationFile::tr("%1: needs spread ≥ 0, low ≤ high and, when "
                                          "log-normal, a positive centre.")
                           .arg(where));
    return {};
}

} // namespace

Result<void> PopulationFile::apply(const QJsonObject &parameters, Population &population,
                                   const QString &where)
{
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const auto &all = simulation::populationParameters();
        const auto known = std::find_if(all.begin(), all.end(), [&](const auto &p) {
            return it.key() == QLatin1String(p.name);
        });
        if (known == all.end())
            return invalid(
                tr("%1: there is no parameter \"%2\" of a simulated person.").arg(where, it.key()));
        if (auto r = applyDistribution(it.value(), population.*(known->distribution),
                                       where + QStringLiteral(": ") + it.key());
            !r)
            return r;
    }
    return {};
}

Result<PopulationFile> PopulationFile::fromJson(const QJsonObject &json, const QString &where)
{
    PopulationFile file;
    file.m_name = json.value(QStringLiteral("name")).toString();
    if (auto r = apply(json.value(QStringLiteral("parameters")).toObject(), file.m_all, where); !r)
        return r.error();
    const QJsonObject exercises = json.value(QStringLiteral("exercises")).toObject();
    for (auto it = exercises.begin(); it != exercises.end(); ++it) {
        Population own = file.m_all;
        if (auto r = apply(it.value().toObject(), own, where + QStringLiteral(", ") + it.key()); !r)
            return r.error();
        file.m_byExercise[it.key()] = own;
    }
    return file;
}

Result<PopulationFile> PopulationFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound,
                     tr("The population file %1 cannot be read: %2").arg(path, file.errorString()),
                     path);
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !json.isObject())
        return Error(Error::Kind::InvalidInput,
                     tr("The population file %1 is not a JSON object (%2 at byte %3).")
                         .arg(path, parse.errorString())
                         .arg(parse.offset),
                     path);
    return fromJson(json.object(), path);
}

simulation::Population PopulationFile::forExercise(const QString &exercise) const
{
    const auto it = m_byExercise.find(exercise);
    return it == m_byExercise.end() ? m_all : it->second;
}

QStringList PopulationFile::exercises() const
{
    QStringList out;
    for (const auto &[id, population] : m_byExercise)
        out << id;
    return out;
}

} // namespace attend
