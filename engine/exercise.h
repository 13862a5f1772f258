#pragma once

#include "metrics/estimate.h"
#include "session/trialspec.h"
#include "storage/sessioninfo.h"
#include "trialrecord.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace attend {

// What an exercise needs to build one trial. Seeds are derived from the session seed per block
// and per trial, so a block can be generated again identically when a session is resumed.
struct TrialContext
{
    SessionMode mode = SessionMode::Assessment;
    QJsonObject parameters;
    qint64 participantId = 0; // for counterbalancing orders between people
    int block = 0;            // 0 = practice
    int index = 0;
    bool practice = false;
    double difficulty = 0.0;
    double refreshHz = 60.0; // to turn the paradigm's milliseconds into whole frames
    quint64 blockSeed = 0;
    quint64 trialSeed = 0;
    // The stimulus of the trial before in this block (empty for its first trial), for sequences
    // whose next step depends on the last one under a changing difficulty.
    QJsonObject previousStimulus;
    bool previousCorrect = false; // its outcome, when there was one
};

// Practice length and block sizes of a session.
struct SessionPlan
{
    int practiceTrials = 0;
    std::vector<int> blockSizes;
};

// A 95 % interval around a measure's value.
struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

// One result for the summary screen, the database and exports.
struct Measure
{
    QString key;   // stable, e.g. "rt_mean_ms"
    QString label; // translated, plain words
    QString unit;  // e.g. "ms"
    bool ok = false;
    double value = 0.0;
    QString note;        // why there is no value, or how it was computed
    bool detail = false; // stored and exported, but left off the summary screen
    // Trials (or units) the value rests on, and those the stated cleaning rules removed.
    int used = 0;
    int excluded = 0;
    bool proportion = false; // a share of trials: shown to people as a percentage
    // The values it can take (a proportion: 0–1; a duration: from 0), which bound its forecast.
    double lowest = -std::numeric_limits<double>::infinity();
    double highest = std::numeric_limits<double>::infinity();
    // Its 95 % bootstrap interval (measureintervals.h), when the trials give one.
    std::optional<Interval> interval = std::nullopt;
};

// A measure from an estimate of the metrics library: its value when there is one, otherwise
// its reason; and a plain count.
Measure measureOf(const char *key, const QString &label, const metrics::Estimate &estimate,
                  const QString &unit = QString());
Measure countOf(const char *key, const QString &label, double count);
// A measure that is a share of trials (accuracy, error rates): bounded by 0 and 1.
Measure proportionOf(const char *key, const QString &label, const metrics::Estimate &estimate);
// A duration that cannot be negative (a threshold display time), in ms.
Measure durationOf(const char *key, const QString &label, const metrics::Estimate &estimate);
// The same measure marked as a detail.
Measure detailed(Measure measure);
// Sets an imported trial's condition and stimulus (Exercise::describeImported).
void setKind(TrialRecord &trial, const QString &condition, const QJsonObject &stimulus);

class Exercise;
// A session's measures from all its stored trials: the exercise's summary of those that count
// towards results (not practice, not superseded or repeated). In training the level moves the
// task, so the paradigm's measures become details and the key measures are the level reached
// and the accuracy there (levelMeasures). Computed once when a session ends (and by attend-cli
// recompute), then stored.
std::vector<Measure> measuresOf(const Exercise &exercise, std::vector<TrialRecord> trials,
                                SessionMode mode, const QJsonObject &parameters);
// Training's level reached — the mean level over the second half of the trials the level
// adapts on, where the controller holds the person near the target accuracy — and the accuracy
// on those trials.
std::vector<Measure> levelMeasures(const std::vector<TrialRecord> &adapted);
// A stored measure's number as screens read it: the level reached (its value and its interval's
// ends) through `level` (Exercise::levelsToday), every other measure and a missing number (NaN)
// as stored.
double measureToday(const QString &key, double stored, const std::function<double(double)> &level);
// The measures as the session stores them: per key its unit, whether it has a value, the value,
// its interval, the note and the trials used and excluded.
QJsonObject measuresJson(const std::vector<Measure> &measures);

// How a simulated participant sees a trial: how hard it is on the 0–1 scale of the simulated
// psychometric function, and the time its condition adds to the reaction time.
struct SimulationCue
{
    double difficulty = 0.0;
    double extraRtMs = 0.0;
    // The chance of being right by guessing that the paradigm sets (one of eight directions);
    // none: the person's own (two-choice tasks: 0.5).
    std::optional<double> guess;
    // How long the stimulus was shown (ms) when a mask ends it before the answer; none: shown
    // until the answer.
    std::optional<double> exposureMs;
};

// A field that a trial recorded by another tool gives for an exercise's measures (engine/import,
// docs/import.md). Flags become JSON booleans, numbers doubles (times in ms), choices one of
// `choices`.
struct ImportField
{
    enum class Type { Flag, Number, Choice };
    QString name;
    Type type = Type::Flag;
    QStringList choices = {};
    bool required = true;
};

// One training and assessment task (DESIGN.md §2). Exercises live in exercises/ and register
// themselves in the ExerciseRegistry; the shell lists whatever the registry holds.
class Exercise
{
public:
    virtual ~Exercise() = default;

    // Stable identifier used in the database and in exports.
    virtual QString id() const = 0;
    // Translated name, one-line description and instructions (plain text, may hold newlines).
    virtual QString displayName() const = 0;
    virtual QString description() const = 0;
    virtual QString instructions(SessionMode mode) const = 0;
    // The response keys in a line, shown during practice (e.g. "F = present · J = absent").
    virtual QString responseKeysHint() const = 0;

    virtual QJsonObject defaultParameters(SessionMode mode) const = 0;
    virtual SessionPlan plan(SessionMode mode, const QJsonObject &parameters) const = 0;

    virtual TrialSpec nextTrial(const TrialContext &context) const = 0;
    // Whether `response` (a key name, empty for none) is correct for `trial`.
    virtual bool score(const TrialSpec &trial, const QString &response) const = 0;
    // A response that score() takes as correct, or as wrong (empty: withholding), so that a
    // simulated participant can answer any exercise.
    virtual QString simulatedResponse(const TrialSpec &trial, bool correct) const = 0;
    // The paradigm's typical effects for simulated participants (set-size slopes, switch costs,
    // …); by default the trial's difficulty and nothing else.
    virtual SimulationCue simulationCue(const TrialSpec &trial) const
    {
        return {trial.difficulty, 0.0, std::nullopt, std::nullopt};
    }
    // The training level that, under the parameters `now`, sets the task that `level` set under
    // `recorded` (a training session's stored parameters): levels stored before a training range
    // changed keep their meaning where they are read again (the next session's start, the model's
    // history, the level chart). By default the same level: the exercise's range never changed.
    virtual double levelUnder(const QJsonObject &now, const QJsonObject &recorded,
                              double level) const
    {
        Q_UNUSED(now);
        Q_UNUSED(recorded);
        return level;
    }
    // Reads the levels a session stored (in `mode`, under `recorded`) on the training scale of
    // the parameters `now` (levelUnder); an assessment's stored difficulty_equivalent as today's
    // where it ran today's protocol (assessmentLevels), else as stored.
    std::function<double(double)> levelsUnder(const QJsonObject &now, SessionMode mode,
                                              const QJsonObject &recorded) const;
    // The same on today's scale (the default training parameters), so that screens compare
    // sessions from before and after a training range changed. Exports keep what was stored,
    // beside its parameters.
    std::function<double(double)> levelsToday(SessionMode mode, const QJsonObject &recorded) const;

    virtual std::vector<Measure> summarise(const std::vector<TrialRecord> &trials) const = 0;
    // Trials recorded elsewhere (engine/import): the fields this exercise's measures need. Of
    // them "correct", "rt_ms" and "responded" fill the trial's own fields; the others are the
    // trial's kind, which describeImported() turns into the condition and stimulus that
    // summarise() reads. No fields: the exercise cannot be imported.
    virtual std::vector<ImportField> importFields() const { return {}; }
    virtual void describeImported(TrialRecord &trial, const QJsonObject &fields) const
    {
        Q_UNUSED(trial);
        Q_UNUSED(fields);
    }
    // Stimulus fields summarise() never reads and that are costly to parse (every distractor's
    // place): left out of the trials the bootstrap resamples thousands of times.
    virtual QStringList unsummarisedStimulusKeys() const { return {}; }
    // A trial condition (TrialSpec::condition) in words for people, translated; the stored id
    // itself where the exercise has no words for it.
    virtual QString conditionName(const QString &condition) const { return condition; }
    // Whether the person is asked to answer fast, so that reaction times mean something (the
    // divided-attention test asks for correctness only: its times are left out of the charts).
    virtual bool speeded() const { return true; }
    // The key of the measure that shows progress in `mode`: in training the level reached (the
    // level moves the task, so the paradigm's measures there mean little), in an assessment
    // the paradigm's own (e.g. the conjunction search slope).
    QString keyMeasure(SessionMode mode) const
    {
        return mode == SessionMode::Training ? QStringLiteral("level_reached")
                                             : assessmentKeyMeasure();
    }
    virtual QString assessmentKeyMeasure() const = 0;

private:
    std::function<double(double)> assessmentLevels(const QJsonObject &recorded) const;
};

} // namespace attend
