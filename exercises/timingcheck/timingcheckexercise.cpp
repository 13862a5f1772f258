#include "timingcheckexercise.h"

#include "exerciseparameters.h"
#include "metrics/rtsummary.h"

#include <random>

namespace attend {

QString TimingCheckExercise::displayName() const
{
    return tr("Timing check");
}

QString TimingCheckExercise::description() const
{
    return tr("Measures how precisely this computer shows stimuli and records key presses.");
}

QString TimingCheckExercise::instructions(SessionMode) const
{
    return tr("Timing check\n\nA white circle appears in the middle of the screen after a "
              "random wait of one to three seconds. Press Space as soon as you see it.\n\n"
              "At the end you see how precisely this computer timed the screen and the keyboard.");
}

QString TimingCheckExercise::responseKeysHint() const
{
    return tr("Space = the circle appeared");
}

QJsonObject TimingCheckExercise::defaultParameters(SessionMode mode) const
{
    return defaultParametersFromResource(QStringLiteral("timing-check"), mode);
}

SessionPlan TimingCheckExercise::plan(SessionMode, const QJsonObject &parameters) const
{
    SessionPlan plan;
    plan.blockSizes = {std::max(1, parameters.value(QStringLiteral("trials")).toInt(40))};
    return plan;
}

TrialSpec TimingCheckExercise::nextTrial(const TrialContext &context) const
{
    const QJsonObject &p = context.parameters;
    const double low = p.value(QStringLiteral("foreperiod_min_ms")).toDouble(1000.0);
    const double high =
        std::max(low, p.value(QStringLiteral("foreperiod_max_ms")).toDouble(3000.0));
    std::mt19937_64 rng(context.trialSeed);
    const double foreperiodMs = std::uniform_real_distribution<double>(low, high)(rng);
    const double frameMs = 1000.0 / context.refreshHz;
    const int foreperiodFrames = framesFor(foreperiodMs, context.refreshHz);
    const int deadlineFrames =
        framesFor(p.value(QStringLiteral("deadline_ms")).toDouble(2000.0), context.refreshHz);

    TrialSpec t;
    t.condition = QStringLiteral("target");
    t.stimulus = {{QStringLiteral("foreperiod_frames"), foreperiodFrames},
                  {QStringLiteral("foreperiod_ms"), foreperiodFrames * frameMs},
                  {QStringLiteral("deadline_frames"), deadlineFrames},
                  {QStringLiteral("target_diameter"), 0.2}};
    t.phases = {{QStringLiteral("wait"), foreperiodFrames, false},
                {QStringLiteral("target"), 0, true}};
    t.deadlineFrames = deadlineFrames;
    t.keys = {QStringLiteral("space")};
    return t;
}

bool TimingCheckExercise::score(const TrialSpec &, const QString &response) const
{
    return response == u"space";
}

QString TimingCheckExercise::simulatedResponse(const TrialSpec &, bool correct) const
{
    return correct ? QStringLiteral("space") : QString();
}

std::vector<Measure> TimingCheckExercise::summarise(const std::vector<TrialRecord> &trials) const
{
    std::vector<double> rts;
    int missed = 0;
    for (const TrialRecord &t : trials) {
        if (const auto rt = t.rtMs())
            rts.push_back(*rt);
        else
            ++missed;
    }
    const metrics::RtSummary s = metrics::summariseRts(rts);
    const QString ms = QStringLiteral("ms");
    return {
        measureOf("rt_mean_ms", tr("Mean reaction time"), s.mean, ms),
        measureOf("rt_median_ms", tr("Median reaction time"), s.median, ms),
        measureOf("rt_sd_ms", tr("Spread of reaction times (SD)"), s.sd, ms),
        countOf("responses", tr("Responses"), double(rts.size())),
        countOf("missed", tr("Targets missed"), double(missed)),
        countOf("anticipations", tr("Responses faster than 100 ms"), double(s.anticipations)),
    };
}

QString TimingCheckExercise::assessmentKeyMeasure() const
{
    return QStringLiteral("rt_sd_ms");
}

} // namespace attend
