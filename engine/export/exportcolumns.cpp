#include "exportcolumns.h"

#include "buildinfo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace attend {

namespace {

QJsonObject stimulusOf(const TrialRecord &t)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(t.stimulus)).object();
}

QString scalar(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return ExportColumns::number(v.toDouble());
    return v.isString() ? v.toString() : QString();
}

} // namespace

ExportColumns::ExportColumns(const ExportDataset &dataset)
{
    for (const ExportedSession &s : dataset.sessions()) {
        for (const TrialRecord &t : s.trials) {
            const QJsonObject stimulus = stimulusOf(t);
            for (auto it = stimulus.begin(); it != stimulus.end(); ++it)
                if (!it.value().isArray() && !it.value().isObject() &&
                    !m_stimulusKeys.contains(it.key()))
                    m_stimulusKeys << it.key();
        }
        for (const QString &key : s.session.summary.keys())
            if (!m_measureKeys.contains(key))
                m_measureKeys << key;
    }
}

QString ExportColumns::number(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'g', 17);
}

QStringList ExportColumns::trialHeader()
{
    return {QStringLiteral("block"),
            QStringLiteral("trial_index"),
            QStringLiteral("practice"),
            QStringLiteral("condition"),
            QStringLiteral("difficulty"),
            QStringLiteral("requested_onset_ns"),
            QStringLiteral("onset_ns"),
            QStringLiteral("frames_shown"),
            QStringLiteral("response"),
            QStringLiteral("response_ns"),
            QStringLiteral("rt_ms"),
            QStringLiteral("correct"),
            QStringLiteral("late_frame"),
            QStringLiteral("auto_repeat_ignored"),
            QStringLiteral("anticipation"),
            QStringLiteral("no_response"),
            QStringLiteral("superseded"),
            QStringLiteral("repeated"),
            QStringLiteral("predicted_correct"),
            QStringLiteral("predicted_rt_ms"),
            QStringLiteral("controller_rule")};
}

QStringList ExportColumns::trialValues(const TrialRecord &t)
{
    const auto flag = [&t](std::uint32_t f) {
        return (t.flags & f) ? QStringLiteral("1") : QStringLiteral("0");
    };
    const auto ns = [](std::int64_t v) { return v < 0 ? QString() : QString::number(v); };
    return {QString::number(t.block),
            QString::number(t.index),
            t.practice ? QStringLiteral("1") : QStringLiteral("0"),
            QString::fromStdString(t.condition),
            number(t.difficulty),
            ns(t.requestedOnsetNs),
            ns(t.onsetNs),
            QString::number(t.framesShown),
            QString::fromStdString(t.response),
            ns(t.responseNs),
            number(t.rtMs()),
            t.correct ? QStringLiteral("1") : QStringLiteral("0"),
            flag(LateFrame),
            flag(AutoRepeatIgnored),
            flag(Anticipation),
            flag(NoResponse),
            flag(Superseded),
            flag(Repeated),
            number(t.predictedCorrect),
            number(t.predictedRtMs),
            QString::fromStdString(t.controllerRule)};
}

QStringList ExportColumns::stimulusValues(const TrialRecord &t) const
{
    const QJsonObject stimulus = stimulusOf(t);
    QStringList out;
    for (const QString &key : m_stimulusKeys)
        out << scalar(stimulus.value(key));
    return out;
}

QJsonObject ExportColumns::provenance(const ExportDataset &dataset, const QString &format)
{
    QJsonArray sessions;
    for (const ExportedSession &s : dataset.sessions())
        sessions.append(QJsonObject{
            {QStringLiteral("participant_id"), s.participant.code},
            {QStringLiteral("session_id"), s.session.id},
            {QStringLiteral("exercise"), s.session.exercise},
            {QStringLiteral("mode"), storedName(s.session.mode)},
            {QStringLiteral("status"), storedName(s.session.status)},
            {QStringLiteral("started_at"), s.session.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("app_version"), s.session.appVersion},
            {QStringLiteral("build_id"), s.session.buildId},
            {QStringLiteral("rng_seed"), double(s.session.seed)},
            {QStringLiteral("parameters"), s.session.parameters},
            {QStringLiteral("platform"), s.session.platform}});
    const ExportSelection &sel = dataset.selection();
    return {{QStringLiteral("software"), QStringLiteral("Attend")},
            {QStringLiteral("exported_by_version"), QString::fromLatin1(kAttendVersion)},
            {QStringLiteral("exported_by_build"), QString::fromLatin1(kAttendBuildId)},
            {QStringLiteral("exported_at"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("format"), format},
            {QStringLiteral("selection"),
             QJsonObject{
                 {QStringLiteral("participants"), QJsonArray::fromStringList(sel.participantCodes)},
                 {QStringLiteral("exercises"), QJsonArray::fromStringList(sel.exercises)},
                 {QStringLiteral("since"), sel.since.toString(Qt::ISODate)},
                 {QStringLiteral("display_names_included"), sel.includeNames}}},
            {QStringLiteral("sessions"), sessions}};
}

} // namespace attend
