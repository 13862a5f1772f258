#include "sessionrunner.h"

#include "sessionlock.h"
#include "sessionwriter.h"

#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/trialrepository.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <numeric>

namespace attend {

namespace {

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

constexpr double kAnticipationMs = 100.0;

// The key measure of the participant's earlier full sessions of this exercise and mode: the
// latest and the highest, for the summary's comparison (none where there is none).
std::pair<std::optional<double>, std::optional<double>>
storedEarlierValues(Database &db, qint64 participantId, qint64 current, const QString &exercise,
                    SessionMode mode, const QString &key)
{
    if (participantId == 0)
        return {};
    auto sessions = SessionRepository(db).forParticipant(participantId);
    if (!sessions)
        return {}; // the summary still shows today's results
    std::optional<double> last, best;
    for (const SessionInfo &s : sessions.value()) {
        if (s.id == current || s.exercise != exercise || s.mode != mode ||
            s.status != SessionStatus::Completed || s.partial)
            continue;
        auto stored = SessionRepository(db).load(s.id);
        if (!stored)
            return {};
        const QJsonObject m = stored.value().summary.value(key).toObject();
        last = m.value(QStringLiteral("ok")).toBool()
                   ? std::optional(m.value(QStringLiteral("value")).toDouble())
                   : std::nullopt;
        if (last)
            best = std::max(best.value_or(*last), *last);
    }
    return {last, best};
}

} // namespace

quint64 blockSeed(quint32 sessionSeed, int block)
{
    return splitMix(splitMix(sessionSeed) + quint64(block));
}

quint64 trialSeed(quint64 blockSeedValue, int index)
{
    return splitMix(blockSeedValue ^ (quint64(index) + 1) * 0xD1B54A32D192ED03ull);
}

SessionRunner::SessionRunner(Database &db, const Exercise &exercise, QObject *parent)
    : QObject(parent), m_db(db), m_exercise(exercise)
{}

SessionRunner::~SessionRunner() = default;

int SessionRunner::trialsInCurrentBlock() const
{
    if (m_block == 0)
        return m_plan.practiceTrials;
    return m_block <= blockCount() ? m_plan.blockSizes[std::size_t(m_block - 1)] : 0;
}

QJsonObject SessionRunner::effectiveParameters(const QJsonObject &overrides) const
{
    QJsonObject parameters = m_exercise.defaultParameters(m_mode);
    // Stored with the session like every other parameter: the target training aimed for.
    if (m_mode == SessionMode::Training)
        parameters.insert(QStringLiteral("target_accuracy"), adaptive::kTargetAccuracy);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        parameters.insert(it.key(), it.value());
    return parameters;
}

void SessionRunner::applyTrialLimit(int limit)
{
    if (limit <= 0)
        return;
    std::vector<int> capped;
    for (int size : m_plan.blockSizes) {
        if (limit <= 0)
            break;
        capped.push_back(std::min(size, limit));
        limit -= capped.back();
    }
    m_plan.blockSizes = capped;
}

Result<void> SessionRunner::start(qint64 participantId, SessionMode mode, const Options &options)
{
    m_mode = mode;
    m_participantId = participantId;
    m_refreshHz = options.refreshHz;
    m_resamples = options.resamples;
    m_parameters = effectiveParameters(options.parameterOverrides);
    m_plan = m_exercise.plan(mode, m_parameters);
    readTimeBudget();
    const auto trialsIn = [this] {
        return std::accumulate(m_plan.blockSizes.begin(), m_plan.blockSizes.end(), 0);
    };
    const int protocol = trialsIn();
    applyTrialLimit(options.trialLimit);
    // Shorter than its protocol (a trial limit): stored as partial, so that charts, forecasts
    // and change statements leave it out.
    if (trialsIn() < protocol)
        m_parameters.insert(QStringLiteral("partial"), true);
    if (!options.practice)
        m_plan.practiceTrials = 0;
    // The effective plan is part of the parameters, so a resume rebuilds the same session.
    m_parameters.insert(QStringLiteral("practice_trials"), m_plan.practiceTrials);
    m_parameters.insert(QStringLiteral("trial_limit"), options.trialLimit);
    m_seed = options.seed ? *options.seed : QRandomGenerator::system()->generate();

    NewSession session;
    session.participantId = participantId;
    session.exercise = m_exercise.id();
    session.mode = mode;
    session.parameters = m_parameters;
    session.platform = options.platform;
    session.seed = m_seed;
    session.startedAt = options.startedAt;
    m_startedAt = options.startedAt;
    auto id = SessionRepository(m_db).start(session);
    if (!id)
        return id.error();
    m_sessionId = id.value();
    m_lock = SessionLock::acquire(m_db, m_sessionId);
    if (auto attached = attachWriter(m_sessionId, options.spoolLocation); !attached)
        return attached;
    if (auto loaded = loadTraining(); !loaded)
        return loaded;
    m_firstBlock = m_plan.practiceTrials > 0 ? 0 : 1;
    if (!options.instructions)
        return enterTrials(m_firstBlock);
    setState(State::Instructions);
    return {};
}

Result<void> SessionRunner::resume(qint64 sessionId, const Options &options)
{
    auto stored = SessionRepository(m_db).load(sessionId);
    if (!stored)
        return stored.error();
    const StoredSession &s = stored.value();
    if (s.status != SessionStatus::Running || s.exercise != m_exercise.id())
        return Error(
            Error::Kind::InvalidInput,
            Error::tr("Session %1 cannot be resumed as %2.").arg(sessionId).arg(m_exercise.id()),
            m_db.location());
    m_lock = SessionLock::acquire(m_db, sessionId);
    if (!m_lock)
        return Error(Error::Kind::Locked,
                     Error::tr("Session %1 is in progress in another program.").arg(sessionId),
                     m_db.location());
    m_sessionId = sessionId;
    m_participantId = s.participantId;
    m_refreshHz = options.refreshHz;
    m_resamples = options.resamples;
    m_mode = s.mode;
    m_parameters = s.parameters;
    m_seed = s.seed;
    m_plan = m_exercise.plan(m_mode, m_parameters);
    applyTrialLimit(m_parameters.value(QStringLiteral("trial_limit")).toInt());
    m_plan.practiceTrials = m_parameters.value(QStringLiteral("practice_trials")).toInt();

    auto trials = TrialRepository(m_db).forSession(sessionId);
    if (!trials)
        return trials.error();
    readTimeBudget();
    for (const TrialRecord &t : trials.value()) {
        if (t.flags & (Superseded | Repeated))
            continue;
        // A session of a set length may have run more blocks than its plan lists.
        while (m_budgetNs && t.block > blockCount() && !m_plan.blockSizes.empty())
            m_plan.blockSizes.push_back(m_plan.blockSizes.back());
        m_priorNs =
            std::max({m_priorNs, qint64(t.onsetNs.value_or(0)), qint64(t.responseNs.value_or(0))});
    }
    std::vector<int> done(std::size_t(blockCount()) + 1, 0);
    for (const TrialRecord &t : trials.value())
        if (!(t.flags & (Superseded | Repeated)) && t.block >= 0 && t.block <= blockCount())
            ++done[std::size_t(t.block)];
    int resumeAt = blockCount() + 1;
    for (int b = 1; b <= blockCount(); ++b) {
        if (done[std::size_t(b)] < m_plan.blockSizes[std::size_t(b - 1)]) {
            resumeAt = b;
            break;
        }
    }
    // Nothing of block 1 yet: the practice runs again unless it was finished.
    if (resumeAt == 1 && done[1] == 0 && done[0] < m_plan.practiceTrials)
        resumeAt = 0;

    auto recorded = m_db.transaction([&]() -> Result<void> {
        auto marked = TrialRepository(m_db).markSuperseded(sessionId, resumeAt);
        if (!marked)
            return marked.error();
        return AuditRepository(m_db).record(
            QStringLiteral("session-resumed"), QString::number(sessionId),
            {{QStringLiteral("block"), resumeAt},
             {QStringLiteral("superseded_trials"), marked.value()}});
    });
    if (!recorded)
        return recorded;
    if (auto attached = attachWriter(sessionId, options.spoolLocation); !attached)
        return attached;
    if (auto loaded = loadTraining(); !loaded)
        return loaded;
    if (resumeAt > blockCount())
        return finish();
    m_firstBlock = resumeAt;
    m_resumedAt = resumeAt;
    if (!options.instructions)
        return enterTrials(m_firstBlock);
    setState(State::Instructions);
    return {};
}

Result<void> SessionRunner::closeInterrupted(Database &db, const Exercise *exercise,
                                             qint64 sessionId)
{
    if (SessionLock::held(db, sessionId))
        return Error(Error::Kind::Locked,
                     Error::tr("Session %1 is in progress in another program.").arg(sessionId),
                     db.location());
    auto session = SessionRepository(db).load(sessionId);
    if (!session)
        return session.error();
    QJsonObject measures;
    if (exercise) {
        auto trials = TrialRepository(db).forSession(sessionId);
        if (!trials)
            return trials.error();
        const StoredSession &s = session.value();
        measures = measuresJson(
            storedMeasuresOf(*exercise, std::move(trials.value()), s.mode, s.parameters, s.seed));
    }
    return db.transaction([&]() -> Result<void> {
        auto closed = SessionRepository(db).finish(sessionId, SessionStatus::Interrupted, measures);
        if (!closed)
            return closed;
        return AuditRepository(db).record(QStringLiteral("session-interrupted"),
                                          QString::number(sessionId), {});
    });
}

Result<void> SessionRunner::loadTraining()
{
    m_training.reset();
    if (m_mode != SessionMode::Training || m_participantId == 0)
        return {};
    auto training = AdaptiveTraining::load(m_db, m_participantId, m_exercise, m_parameters,
                                           m_sessionId, blockSeed(m_seed, -1));
    if (!training)
        return training.error();
    m_training = std::move(training.value());
    return {};
}

void SessionRunner::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

Result<void> SessionRunner::enterTrials(int block)
{
    m_block = block;
    m_index = 0;
    m_practiceRight = 0;
    if (trialsInCurrentBlock() == 0) // an empty practice, or every block cut by a trial limit
        return block < blockCount() ? enterTrials(block + 1) : finish();
    setState(block == 0 ? State::Practice : State::Block);
    emitTrial();
    return {};
}

void SessionRunner::emitTrial()
{
    TrialContext context;
    context.mode = m_mode;
    context.parameters = m_parameters;
    context.participantId = m_participantId;
    context.block = m_block;
    // A repeated practice continues the numbering, so its trials are new ones.
    const int index = m_block == 0 ? m_practiceRound * m_plan.practiceTrials + m_index : m_index;
    context.index = index;
    context.practice = m_block == 0;
    m_decision = {};
    if (m_training && m_block > 0)
        m_decision = m_training->next();
    else if (m_training)
        m_decision.level = m_training->practiceLevel();
    else
        m_decision.level = m_parameters.value(QStringLiteral("difficulty")).toDouble();
    context.difficulty = m_decision.level;
    context.refreshHz = m_refreshHz;
    context.blockSeed = blockSeed(m_seed, m_block);
    context.trialSeed = trialSeed(context.blockSeed, index);
    if (m_index > 0) {
        context.previousStimulus = m_trial.stimulus;
        context.previousCorrect = m_lastCorrect;
    }
    m_trial = m_exercise.nextTrial(context);
    if (m_training && m_block > 0)
        m_decision = m_training->forTrial(m_decision, m_trial.condition);
    m_trial.block = m_block;
    m_trial.index = index;
    m_trial.practice = context.practice;
    Q_EMIT trialReady(m_trial);
}

Result<void> SessionRunner::proceed()
{
    if (m_paused)
        return {};
    switch (m_state) {
    case State::Instructions:
        return enterTrials(m_firstBlock);
    case State::PracticeDone:
        if (m_practiceAgain)
            ++m_practiceRound;
        return enterTrials(m_practiceAgain ? 0 : 1);
    case State::Break:
        return enterTrials(m_block + 1);
    case State::Summary:
        setState(State::Finished);
        return {};
    default:
        return {};
    }
}

TrialRecord SessionRunner::recordOf(const TrialSpec &trial, const TrialTiming &timing) const
{
    TrialRecord record;
    record.task = m_exercise.id().toStdString();
    record.block = m_block;
    record.index = trial.index;
    record.practice = trial.practice;
    record.condition = trial.condition.toStdString();
    record.difficulty = trial.difficulty;
    record.stimulus = QJsonDocument(trial.stimulus).toJson(QJsonDocument::Compact).toStdString();
    record.requestedOnsetNs = timing.requestedOnsetNs;
    record.onsetNs = timing.onsetNs;
    record.framesShown = timing.framesShown;
    record.response = timing.response.toStdString();
    if (!timing.response.isEmpty())
        record.responseNs = timing.responseNs;
    record.correct = m_exercise.score(trial, timing.response);
    if (timing.lateFrame)
        record.flags |= LateFrame;
    if (timing.autoRepeatIgnored)
        record.flags |= AutoRepeatIgnored;
    if (!record.responded())
        record.flags |= NoResponse;
    else if (*record.rtMs() < kAnticipationMs)
        record.flags |= Anticipation;
    return record;
}

Result<void> SessionRunner::completeTrial(const TrialTiming &timing)
{
    if (!inTrial() || m_paused)
        return Error(Error::Kind::InvalidInput, Error::tr("No trial is being shown."));
    TrialRecord record = recordOf(m_trial, timing);
    const bool repeat = timing.lateFrame && m_trial.repeatIfLate;
    if (repeat)
        record.flags |= Repeated;
    record.predictedCorrect = m_decision.predictedCorrect;
    record.predictedRtMs = m_decision.predictedRtMs;
    record.controllerRule = m_decision.rule.toStdString();

    m_lastNs = std::max({m_lastNs, timing.onsetNs.value_or(0), timing.responseNs.value_or(0)});
    const int reconnections = m_db.reconnections();
    const bool spooled = spooling();
    auto stored = m_writer->writeTrial(record, m_priorNs + m_lastNs);
    if (!stored)
        return stored;
    retakeMark(reconnections);
    noteSpooling(spooled);
    if (repeat) {
        Q_EMIT trialReady(m_trial); // the same trial again; its late showing is kept, flagged
        return {};
    }
    if (m_training && !record.practice) {
        m_training->observe(record);
        // The weights are derived data, rebuilt from the trials if lost: a failed save is
        // reported but does not hold the session up (nor tried while the server is away).
        if (auto saved = spooling() ? Result<void>() : m_training->save(); !saved)
            qWarning("%s", qPrintable(saved.error().message()));
    }

    m_lastCorrect = record.correct;
    m_practiceRight += record.practice && record.correct ? 1 : 0;
    if (m_trial.practice || trainingFeedback(record.correct))
        Q_EMIT feedback(record.correct, record.responded());
    ++m_index;
    if (m_index < trialsInCurrentBlock()) {
        emitTrial();
        return {};
    }
    if (m_block > 0 && !anotherBlock())
        return finish();
    if (m_block == 0) {
        m_practiceAgain = m_practiceRight < kPracticeCriterion * trialsInCurrentBlock() &&
                          m_practiceRound < kPracticeRepeats;
        setState(State::PracticeDone);
    } else
        setState(State::Break);
    retryServer(); // its screen is up: the person reads it while a slow server is tried
    return {};
}

void SessionRunner::readTimeBudget()
{
    const double minutes = m_parameters.value(QStringLiteral("session_minutes")).toDouble();
    m_budgetNs.reset();
    if (m_mode == SessionMode::Training && minutes > 0)
        m_budgetNs = qint64(minutes * 60e9);
}

bool SessionRunner::anotherBlock()
{
    if (!m_budgetNs)
        return m_block < blockCount();
    // A session of a set length ends at the block boundary nearest to it: another block only
    // if at least half of it fits, judged by the blocks so far (breaks and practice included).
    const qint64 elapsed = m_priorNs + m_lastNs;
    if (elapsed + elapsed / m_block / 2 >= *m_budgetNs)
        return false;
    if (m_block == blockCount())
        m_plan.blockSizes.push_back(m_plan.blockSizes.back());
    return true;
}

bool SessionRunner::trainingFeedback(bool correct) const
{
    if (m_mode != SessionMode::Training)
        return false;
    const QString which = m_parameters.value(QStringLiteral("feedback")).toString();
    return which == u"all" || (which == u"errors" && !correct);
}

Result<void> SessionRunner::finish()
{
    Q_EMIT computingResults(); // also while a server that went away is tried again
    retryServer();
    const bool spooled = spooling();
    auto trials = m_writer->trials();
    if (!trials)
        return trials.error();
    m_summary = storedMeasuresOf(m_exercise, std::move(trials.value()), m_mode, m_parameters,
                                 m_seed, m_resamples);
    const QDateTime ended =
        m_startedAt.isValid() ? m_startedAt.addMSecs(m_lastNs / 1'000'000) : QDateTime();
    auto finished = m_writer->end(SessionStatus::Completed, measuresJson(m_summary), ended);
    if (!finished)
        return finished;
    m_lock.reset();
    if (!spooling())
        std::tie(m_lastValue, m_bestValue) =
            storedEarlierValues(m_db, m_participantId, m_sessionId, m_exercise.id(), m_mode,
                                m_exercise.keyMeasure(m_mode));
    noteSpooling(spooled);
    setState(State::Summary);
    return {};
}

void SessionRunner::pause()
{
    if (m_paused || m_state == State::Idle || m_state == State::Finished)
        return;
    m_paused = true;
    Q_EMIT pausedChanged(true);
}

void SessionRunner::unpause()
{
    if (!m_paused)
        return;
    m_paused = false;
    Q_EMIT pausedChanged(false);
    if (inTrial())
        Q_EMIT trialReady(m_trial); // the dropped trial, shown again from its start
}

Result<void> SessionRunner::quit()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return {};
    if (m_state != State::Summary) {
        const bool spooled = spooling();
        if (auto ended = m_writer->end(SessionStatus::Aborted, {}, {}); !ended)
            return ended;
        noteSpooling(spooled);
    }
    m_lock.reset();
    m_paused = false;
    setState(State::Finished);
    return {};
}

// Between blocks and at the end the person reads a screen at their own pace: a server that went
// away is tried again there, whatever a try costs.
void SessionRunner::retryServer()
{
    if (!spooling())
        return;
    const int reconnections = m_db.reconnections();
    m_writer->sendNow();
    retakeMark(reconnections);
    noteSpooling(true);
}

void SessionRunner::retakeMark(int reconnectionsBefore)
{
    if (m_db.reconnections() != reconnectionsBefore) // the mark went with the old connection
        m_lock = SessionLock::acquire(m_db, m_sessionId);
}

bool SessionRunner::spooling() const
{
    return m_writer && m_writer->spooling();
}

void SessionRunner::noteSpooling(bool before)
{
    if (spooling() != before)
        Q_EMIT spoolingChanged(spooling());
}

Result<void> SessionRunner::attachWriter(qint64 sessionId, const QString &spoolLocation)
{
    m_writer = std::make_unique<SessionWriter>(m_db, spoolLocation);
    return m_writer->attach(sessionId);
}

Result<void> SessionRunner::recordPresentation(const PresentationStats &stats)
{
    return SessionRepository(m_db).recordPresentation(m_sessionId, stats);
}

} // namespace attend
