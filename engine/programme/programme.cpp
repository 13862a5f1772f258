#include "programme.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace attend {

namespace {

// The bounds a programme file must keep: a day of more than two hours, or a programme of more
// than a year of training days, is a mistake in the file, not a plan.
constexpr int kMaxMinutesPerDay = 120;
constexpr int kMaxTrainingDays = 365;

QString localised(const QJsonObject &texts, const QLocale &locale)
{
    const QString exact = texts.value(locale.name()).toString();
    return exact.isEmpty() ? texts.value(QStringLiteral("en")).toString() : exact;
}

Error problem(const QString &where, const QString &what)
{
    return Error(Error::Kind::InvalidInput,
                 Programme::tr("The programme file %1 is not valid: %2.").arg(where, what), where);
}

std::optional<int> boundedInt(const QJsonObject &json, const char *key, int low, int high)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble() || value.toDouble() != double(value.toInt()))
        return std::nullopt;
    const int n = value.toInt();
    return n >= low && n <= high ? std::optional<int>(n) : std::nullopt;
}

} // namespace

Result<Programme> Programme::fromJson(const QJsonObject &json, const QStringList &known,
                                      const QString &where)
{
    Programme p;
    p.m_id = json.value(QStringLiteral("id")).toString();
    p.m_names = json.value(QStringLiteral("name")).toObject();
    p.m_summaries = json.value(QStringLiteral("summary")).toObject();
    p.m_source = json.value(QStringLiteral("source")).toString();
    if (p.m_id.isEmpty() || p.m_names.value(QStringLiteral("en")).toString().isEmpty())
        return problem(where, tr("it needs an \"id\" and an English \"name\""));
    const auto days = boundedInt(json, "training_days", 1, kMaxTrainingDays);
    const auto perWeek = boundedInt(json, "days_per_week", 1, 7);
    const auto minutes = boundedInt(json, "minutes_per_day", 1, kMaxMinutesPerDay);
    if (!days || !perWeek || !minutes)
        return problem(where, tr("\"training_days\" (1–%1), \"days_per_week\" (1–7) and "
                                 "\"minutes_per_day\" (1–%2) must be whole numbers in range")
                                  .arg(kMaxTrainingDays)
                                  .arg(kMaxMinutesPerDay));
    p.m_trainingDays = *days;
    p.m_daysPerWeek = *perWeek;
    p.m_minutesPerDay = *minutes;
    for (const QJsonValue &exercise : json.value(QStringLiteral("exercises")).toArray()) {
        const QString id = exercise.toString();
        if (!known.contains(id) || p.m_exercises.contains(id))
            return problem(where, tr("the exercise \"%1\" is unknown or listed twice").arg(id));
        p.m_exercises.append(id);
    }
    if (p.m_exercises.isEmpty())
        return problem(where, tr("it lists no exercises"));
    p.m_midpoint = json.value(QStringLiteral("midpoint")).toBool(false) && p.m_trainingDays >= 2;
    return p;
}

Result<std::vector<Programme>> Programme::shipped(const QStringList &known)
{
    std::vector<Programme> all;
    const QDir folder(QStringLiteral(":/programmes"));
    for (const QString &name :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return problem(file.fileName(), file.errorString());
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        // A build without one of its exercises does not offer the programme.
        const QJsonArray exercises = json.value(QStringLiteral("exercises")).toArray();
        if (std::any_of(exercises.begin(), exercises.end(),
                        [&](const QJsonValue &e) { return !known.contains(e.toString()); }))
            continue;
        auto programme = fromJson(json, known, file.fileName());
        if (!programme)
            return programme.error();
        all.push_back(std::move(programme).value());
    }
    return all;
}

std::optional<Programme> Programme::shippedById(const QString &id, const QStringList &known)
{
    auto all = shipped(known);
    if (!all)
        return std::nullopt;
    for (Programme &p : all.value())
        if (p.id() == id)
            return p;
    return std::nullopt;
}

QString Programme::name(const QLocale &locale) const
{
    return localised(m_names, locale);
}

QString Programme::summary(const QLocale &locale) const
{
    return localised(m_summaries, locale);
}

std::optional<int> Programme::midpointAfterDay() const
{
    return m_midpoint ? std::optional<int>(m_trainingDays / 2) : std::nullopt;
}

} // namespace attend
