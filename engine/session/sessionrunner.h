#pragma once

#include "adaptivetraining.h"
#include "exercise.h"
#include "measureintervals.h"
#include "result.h"
#include "storage/sessionrepository.h"
#include "trialtiming.h"

#include <QObject>
#include <memory>
#include <optional>

namespace attend {

class SessionLock;
class SessionWriter;

class Database;

// Runs one session of one exercise as a state machine (DESIGN.md §2):
// instructions → practice (with feedback) → blocks with breaks → summary.
// It knows nothing of widgets: the view shows what trialReady() hands it, measures the timing and
// calls completeTrial() in the inter-trial interval, which is when the trial is written (one
// transaction each). Nothing here is timed, so it runs headless on a virtual clock.
// Practice teaches: it runs again while fewer than 80 % of its trials are right, at most twice
// more (a mastery criterion before the measured blocks; docs/programme.md).
constexpr double kPracticeCriterion = 0.8;
constexpr int kPracticeRepeats = 2;

class SessionRunner : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Instructions,
        Practice,
        PracticeDone,
        Block,
        Break,
        Summary,
        Finished
    };
    Q_ENUM(State)

    struct Options
    {
        bool instructions = true;
        bool practice = true;
        int trialLimit = 0; // caps the non-practice trials; 0 = the exercise's plan
        double refreshHz = 60.0;
        std::optional<quint32> seed;
        QJsonObject platform;           // OS, Qt, screen, refresh: stored with the session
        QJsonObject parameterOverrides; // merged over the exercise's defaults
        // A virtual wall clock for simulated sessions: the session starts here and ends when
        // its last trial's times say. Invalid: the real clock.
        QDateTime startedAt;
        // For the intervals stored with the measures (measureintervals.h); fewer only where a
        // test or benchmark generates many sessions whose intervals it does not read.
        int resamples = kBootstrapResamples;
        // Where trials wait while a clinic's server cannot be reached (SessionWriter); empty:
        // next to the user's settings.
        QString spoolLocation;
    };

    SessionRunner(Database &db, const Exercise &exercise, QObject *parent = nullptr);
    ~SessionRunner() override;

    // participantId 0 is only allowed for the timing check.
    Result<void> start(qint64 participantId, SessionMode mode, const Options &options);
    // Continues a session left running from the start of its first unfinished block; the trials
    // already stored for that block are kept but flagged Superseded. Recorded in the audit.
    Result<void> resume(qint64 sessionId, const Options &options);
    // Ends a session left running as interrupted, with the measures of the trials it stored,
    // for the exports (none when `exercise` is null: an exercise this version does not have).
    // Recorded in the audit. Not completed, so charts, forecasts and change statements leave it
    // out. Refused while a running program holds the session (SessionLock).
    static Result<void> closeInterrupted(Database &db, const Exercise *exercise, qint64 sessionId);

    State state() const { return m_state; }
    bool paused() const { return m_paused; }
    // The server cannot be reached: trials are kept on this computer until it can.
    bool spooling() const;
    bool inTrial() const { return m_state == State::Practice || m_state == State::Block; }
    const TrialSpec &currentTrial() const { return m_trial; }
    qint64 sessionId() const { return m_sessionId; }
    int currentBlock() const { return m_block; }
    // After resume(): the block the session goes on from (0: the practice); none for a session
    // started afresh.
    std::optional<int> resumedAt() const { return m_resumedAt; }
    int blockCount() const { return int(m_plan.blockSizes.size()); }
    int trialsInCurrentBlock() const;
    SessionMode mode() const { return m_mode; }
    // The session's effective parameters, as stored with it.
    const QJsonObject &parameters() const { return m_parameters; }
    const Exercise &exercise() const { return m_exercise; }
    const std::vector<Measure> &summary() const { return m_summary; }
    // The key measure (Exercise::keyMeasure) of this participant's latest earlier session of
    // this exercise and mode that ran its whole protocol, for the summary's comparison with
    // last time; none for a first one.
    std::optional<double> lastSessionValue() const { return m_lastValue; }
    // The highest value of the key measure in those earlier sessions (in training: the hardest
    // level reached before), for a personal best.
    std::optional<double> bestSessionValue() const { return m_bestValue; }
    // After the practice: how many of its trials were right, and whether it runs again because
    // fewer than kPracticeCriterion were (at most kPracticeRepeats times more).
    int practiceRight() const { return m_practiceRight; }
    bool practiceAgain() const { return m_practiceAgain; }
    // Whether a training trial answered `correct`ly is followed by feedback (the exercise's
    // `feedback` parameter: all, errors or none); never in an assessment.
    bool trainingFeedback(bool correct) const;

    // Leaves an instructions, practice-done, break or summary screen.
    Result<void> proceed();
    // Scores and stores the trial on screen, then moves on. On a storage error nothing moves:
    // the same call can be repeated once the problem is solved.
    Result<void> completeTrial(const TrialTiming &timing);
    // Escape: the trial in flight is dropped and shown again after unpause().
    void pause();
    void unpause();
    // Stops the session as aborted; every stored trial is kept.
    Result<void> quit();
    Result<void> recordPresentation(const PresentationStats &stats);

Q_SIGNALS:
    void stateChanged(attend::SessionRunner::State state);
    void pausedChanged(bool paused);
    void trialReady(const attend::TrialSpec &trial);
    // After a trial whose outcome the person is told, before the next one: every practice
    // trial, and training trials as the exercise's "feedback" parameter says ("all", "errors"
    // or "none"); never in an assessment. The 85 % rule assumes the learner gets an error
    // signal (Wilson, Shenhav, Straccia & Cohen 2019). `responded`: false when the time ran
    // out (the person is told "too slow", not "wrong").
    void feedback(bool correct, bool responded);
    // The last trial is done and the measures with their intervals are being computed (up to
    // about a second for some exercises), before the state becomes Summary.
    void computingResults();
    void spoolingChanged(bool spooling);

private:
    void setState(State state);
    Result<void> enterTrials(int block);
    void emitTrial();
    Result<void> finish();
    // The trial's one record: the spec as shown, the timing as measured, scored and flagged.
    TrialRecord recordOf(const TrialSpec &trial, const TrialTiming &timing) const;
    QJsonObject effectiveParameters(const QJsonObject &overrides) const;
    Result<void> loadTraining();
    void applyTrialLimit(int limit);
    // Training of a set length ("session_minutes", from a programme): docs/programme.md.
    void readTimeBudget();
    // At the end of a block: whether the session goes on with another one.
    bool anotherBlock();
    Result<void> attachWriter(qint64 sessionId, const QString &spoolLocation);
    void retryServer();
    // Takes the session's mark again when the connection was opened again since
    // `reconnectionsBefore` (a server's mark belongs to its connection).
    void retakeMark(int reconnectionsBefore);
    // Emits spoolingChanged() when spooling() differs from `before`.
    void noteSpooling(bool before);

    Database &m_db;
    const Exercise &m_exercise;
    State m_state = State::Idle;
    bool m_paused = false;
    qint64 m_sessionId = 0;
    qint64 m_participantId = 0;
    SessionMode m_mode = SessionMode::Assessment;
    QJsonObject m_parameters;
    SessionPlan m_plan;
    quint32 m_seed = 0;
    int m_resamples = kBootstrapResamples;
    double m_refreshHz = 60.0;
    int m_block = 0;
    int m_index = 0;
    int m_firstBlock = 0; // where the run continues after the instructions
    std::optional<int> m_resumedAt;
    TrialSpec m_trial;
    bool m_lastCorrect = false; // of the trial completed last
    int m_practiceRound = 0;    // 0: the first practice; 1, 2: repeats
    int m_practiceRight = 0;    // in the practice (or block) now running
    bool m_practiceAgain = false;
    std::vector<Measure> m_summary;
    std::optional<double> m_lastValue;
    std::optional<double> m_bestValue;
    std::unique_ptr<AdaptiveTraining> m_training; // training mode only
    std::unique_ptr<SessionLock> m_lock;          // held while the session runs
    std::unique_ptr<SessionWriter> m_writer;      // from start() or resume()
    QDateTime m_startedAt;                        // set for a virtual wall clock only
    qint64 m_lastNs = 0;                          // the latest time a trial reported
    qint64 m_priorNs = 0;                         // a resumed session's time before it stopped
    std::optional<qint64> m_budgetNs;             // a training session of a set length
    AdaptiveTraining::Decision m_decision;        // of the trial on screen
};

// Seeds for block and trial generation, derived from the session seed (SplitMix64 mixing;
// Steele, Lea & Flood 2014), so that any block can be generated again identically.
quint64 blockSeed(quint32 sessionSeed, int block);
quint64 trialSeed(quint64 blockSeed, int index);

} // namespace attend
