#pragma once

#include "progressmodel.h"

#include <QCoreApplication>
#include <QPointF>
#include <cmath>
#include <optional>

namespace attend {

// What a participant's progress in one exercise shows (DESIGN.md §2: presenters live in engine/,
// widgets and the PDF report draw what they give and compute nothing): the key measure per
// session with its interval, the first session as a baseline, the trend forecast, the training
// level and accuracy against the target band, the attention model's expectation for the next
// training session, and notes in plain words.
class ProgressPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPresenter)

public:
    struct Estimate
    {
        int session = 0; // its number, from 1
        bool assessment = true;
        double value = 0.0;
        // Its 95 % interval; none when the resampled sessions gave no finite bounds.
        std::optional<std::pair<double, double>> interval;
    };

    // Where the next training session starts and the accuracy the model expects there.
    struct ModelExpectation
    {
        double level = 0.0;
        double accuracy = 0.0, low = 0.0, high = 0.0; // ± one SD, within 0–1
        int trialsSeen = 0;
    };

    struct View
    {
        QString title; // the key measure and its unit; empty without sessions
        QString unit;
        int lastSession = 0; // the number of the last completed session; 0 = none
        std::vector<Estimate> estimates;
        std::optional<double> baseline; // the first charted session's value
        std::optional<ProgressModel::Forecast> forecast;
        std::optional<std::pair<double, double>> range; // of the measure axis
        std::vector<QPointF> levels;               // (session, level reached), training sessions
        std::vector<QPointF> accuracy;             // (session, accuracy on the adapted trials)
        double target = adaptive::kTargetAccuracy; // what the last training session aimed for
        QStringList adaptedOn; // the conditions the level adapts on (empty: all)
        QString accuracyName;  // which trials the accuracy counts
        std::optional<ModelExpectation> expectation;
        QStringList notes;
        // The sessions whose key measure is another one (training's level beside assessments),
        // with their values: the progress page lists them, the report has them in its table.
        QString otherMeasures;
    };

    static Result<View> present(Database &db, const Exercise &exercise, qint64 participantId);
    // The exercise of the participant's latest completed session, which their progress opens
    // on; none before their first.
    static Result<std::optional<QString>> latestExercise(Database &db, qint64 participantId);
    // The same from a progress model already loaded for the participant (the report shows its
    // table too), so that its sessions are read and resampled once.
    static View present(const ProgressModel &model, Database &db, const Exercise &exercise,
                        qint64 participantId);
    // Between the first and the latest full assessment with a value: their numbers and values,
    // and the reliable change index with what it rests on — none of those three when this
    // database cannot give the retest reliability yet (`people` says how many it has).
    struct Change
    {
        const ProgressModel::Point *first = nullptr, *last = nullptr; // into the model's points
        int people = 0;
        std::optional<double> index, reliability, practice;
        bool reliable() const { return index && std::abs(*index) > 1.96; }
    };
    // None with fewer than two such assessments.
    static std::optional<Change> change(const ProgressModel &model, Database &db);
    // The full assessments with a value of the latest assessment's key measure, in time order:
    // those a change is stated between (pointers into the model's points).
    static std::vector<const ProgressModel::Point *>
    comparableAssessments(const ProgressModel &model);
    // The change for a clinician (with its basis), or why there is no statement; none with
    // fewer than two assessments.
    static std::optional<QString> changeStatement(const ProgressModel &model, Database &db);
    static QString changeStatement(const Change &change);
    // The same for the participant, in plain words and the second person (the Today page, the
    // participant's report).
    static QString plainStatement(const Change &change);
    // "A, B: statement" lines from (name, statement) pairs: exercises with the same statement
    // (no reliability yet, for the same reason) named once, in their order.
    static QStringList byStatement(const QList<std::pair<QString, QString>> &statements);
    // A session's key measure as a title: its label (or, plain, what it is in a participant's
    // words where there are such words), unit and, where it is, "lower is better".
    enum class Wording { Clinical, Plain };
    static QString measureTitle(const ProgressModel::Point &point,
                                Wording wording = Wording::Clinical);

private:
    static void measureSeries(const ProgressModel &model, View &view);
    static void changeNote(const ProgressModel &model, Database &db, View &view);
    // The conditions the level adapts on, by the exercise's words for them.
    static QString conditionsText(const Exercise &exercise, const QStringList &conditions);
    static void reliabilityNote(const ProgressModel &model, Database &db, View &view);
    static void trainingSeries(const ProgressModel &model, View &view);
    static void modelExpectation(Database &db, const Exercise &exercise, qint64 participantId,
                                 View &view);
};

} // namespace attend
