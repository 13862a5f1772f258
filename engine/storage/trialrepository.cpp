#include "trialrepository.h"

#include "dialect.h"

#include "database.h"
#include "queryrow.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace attend {

namespace {

// An absent value is SQL NULL.
QVariant nsOrNull(std::optional<std::int64_t> ns)
{
    return ns ? QVariant(qint64(*ns)) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant realOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

// A trial's columns as trialOf reads them; the session last, for reads of a span of rows.
const QString kTrialColumns = QStringLiteral(
    "SELECT block, trial_index, practice, condition, difficulty, stimulus_json, "
    "requested_onset_ns, onset_ns, frames_shown, response, response_ns, correct, flags, "
    "predicted_correct, predicted_rt_ms, controller_rule, rt_ms, session_id FROM trials ");
constexpr int kSessionColumn = 17;
const QString kTrialsOfSession = kTrialColumns + QStringLiteral("WHERE session_id = ? ORDER BY id");
const QString kTrialsInSpan =
    kTrialColumns + QStringLiteral("WHERE id BETWEEN ? AND ? ORDER BY id");
// Where a session's trials lie in the table (read from the index alone).
const QString kSpanOfSession =
    QStringLiteral("SELECT min(id), max(id), count(*) FROM trials WHERE session_id = ?");

QString readingTrialsOf(qint64 sessionId)
{
    return Error::tr("Reading the trials of session %1").arg(sessionId);
}

// One row of kTrialsOfSession as a trial of `task`, written over `t`: every field is assigned,
// and a reused record keeps its strings' room (an export reads a million trials into a few).
template <typename Row> void readTrial(const Row &row, const std::string &task, TrialRecord &t)
{
    const auto ns = [&row](int column) {
        return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.integer(column));
    };
    const auto real = [&row](int column) {
        return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
    };
    t.task = task;
    t.block = int(row.integer(0));
    t.index = int(row.integer(1));
    t.practice = row.integer(2) != 0;
    t.condition = row.text(3);
    t.difficulty = row.real(4);
    t.stimulus = row.text(5);
    t.requestedOnsetNs = ns(6);
    t.onsetNs = ns(7);
    t.framesShown = int(row.integer(8));
    t.response = row.text(9);
    t.responseNs = ns(10);
    t.correct = row.integer(11) != 0;
    t.flags = std::uint32_t(row.integer(12));
    t.predictedCorrect = real(13);
    t.predictedRtMs = real(14);
    t.controllerRule = row.text(15);
    t.importedRtMs = t.onsetNs && t.responseNs ? std::nullopt : real(16);
}

// The next record of `into` to write over, past the `used` ones.
TrialRecord &nextRecord(std::vector<TrialRecord> &into, std::size_t &used)
{
    if (used == into.size())
        into.emplace_back();
    return into[used++];
}

} // namespace

// A clinic's server that dropped the connection (restarted, a network cut) is tried once more,
// on a new connection (Database::exec opens it), and the trial stored unless the server has it
// already: the first attempt may have committed before its answer was lost. So a trial is
// stored once, whatever the connection did.
Result<qint64> TrialRepository::insert(qint64 sessionId, const TrialRecord &t)
{
    auto stored = insertNow(sessionId, t);
    if (stored || stored.error().kind() != Error::Kind::Unreachable || !m_db.isServer())
        return stored;
    return insertOnce(sessionId, t);
}

Result<qint64> TrialRepository::insertOnce(qint64 sessionId, const TrialRecord &t)
{
    auto there = m_db.exec(
        Error::tr("Saving trial %1 of block %2").arg(t.index).arg(t.block),
        QStringLiteral("SELECT id FROM trials WHERE session_id = ? AND block = ? AND "
                       "trial_index = ? AND practice = ? AND %1")
            .arg(t.onsetNs ? QStringLiteral("onset_ns = ?") : QStringLiteral("onset_ns IS NULL")),
        QVariantList{sessionId, t.block, t.index, int(t.practice)} +
            (t.onsetNs ? QVariantList{qint64(*t.onsetNs)} : QVariantList{}));
    if (!there)
        return there.error();
    if (there.value().next())
        return there.value().value(0).toLongLong();
    return insertNow(sessionId, t);
}

Result<qint64> TrialRepository::insertNow(qint64 sessionId, const TrialRecord &t)
{
    return m_db.insert(
        Error::tr("Saving trial %1 of block %2").arg(t.index).arg(t.block),
        QStringLiteral("INSERT INTO trials (session_id, block, trial_index, practice, condition, "
                       "difficulty, stimulus_json, requested_onset_ns, onset_ns, frames_shown, "
                       "response, response_ns, rt_ms, correct, flags, predicted_correct, "
                       "predicted_rt_ms, controller_rule) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sessionId, t.block, t.index, int(t.practice), text(t.condition), t.difficulty,
         t.stimulus.empty() ? QStringLiteral("{}") : text(t.stimulus), nsOrNull(t.requestedOnsetNs),
         nsOrNull(t.onsetNs), t.framesShown, text(t.response), nsOrNull(t.responseNs),
         realOrNull(t.rtMs()), int(t.correct), qint64(t.flags), realOrNull(t.predictedCorrect),
         realOrNull(t.predictedRtMs), text(t.controllerRule)});
}

TrialRepository::TrialRepository(Database &db) : m_db(db) {}

TrialRepository::~TrialRepository() = default;

Result<std::vector<TrialRecord>> TrialRepository::forSession(qint64 sessionId)
{
    // The exercise is read once, not joined to every trial (a large export reads every trial).
    auto exercise =
        m_db.exec(readingTrialsOf(sessionId),
                  QStringLiteral("SELECT exercise FROM sessions WHERE id = ?"), {sessionId});
    if (!exercise)
        return exercise.error();
    return forSession(sessionId, exercise.value().next()
                                     ? exercise.value().value(0).toString().toStdString()
                                     : std::string());
}

Result<std::vector<TrialRecord>> TrialRepository::forSession(qint64 sessionId,
                                                             const std::string &task)
{
    std::vector<TrialRecord> trials;
    if (auto r = readSession(sessionId, task, trials); !r)
        return r.error();
    return trials;
}

Result<void> TrialRepository::readSession(qint64 sessionId, const std::string &task,
                                          std::vector<TrialRecord> &into)
{
    const QString what = readingTrialsOf(sessionId);
    if (SqliteStatement::canRun(m_db.connection()))
        return readSessionOnSqlite(sessionId, task, what, into);
    auto query = m_db.exec(what, kTrialsOfSession, {sessionId});
    if (!query)
        return query.error();
    std::size_t used = 0;
    QSqlQuery &q = query.value();
    while (q.next())
        readTrial(QueryRow{q}, task, nextRecord(into, used));
    into.resize(used);
    return {};
}

// The same rows through SQLite's own interface (SqliteStatement): a large export's reading time.
// A session's trials are written one after another, so they mostly lie together in the table:
// read as that span of rows, in the table's order, they need neither the index's jump to each
// row nor a sort (a third of a large export's reading time). Trials of sessions recorded at the
// same time into one file can interleave; a span that is mostly other sessions' trials is read
// through the index instead.
Result<void> TrialRepository::readSessionOnSqlite(qint64 sessionId, const std::string &task,
                                                  const QString &what,
                                                  std::vector<TrialRecord> &into)
{
    SqliteStatement &span = prepared(m_spanOfSession, kSpanOfSession);
    span.reset();
    span.bind(0, sessionId);
    const bool found = span.next() && !span.isNull(0);
    const qint64 first = found ? span.integer(0) : 0;
    const qint64 last = found ? span.integer(1) : 0;
    const qint64 count = found ? span.integer(2) : 0;
    if (!span.ok())
        return m_db.dialect().classify(span.error(), what, m_db.location());
    span.reset();
    if (!found) { // no trials
        into.clear();
        return {};
    }
    const bool together = last - first + 1 <= 2 * count + 64;
    SqliteStatement &rows = together ? prepared(m_trialsInSpan, kTrialsInSpan)
                                     : prepared(m_trialsOfSession, kTrialsOfSession);
    rows.reset();
    if (together) {
        rows.bind(0, first);
        rows.bind(1, last);
    } else {
        rows.bind(0, sessionId);
    }
    std::size_t used = 0;
    while (rows.next())
        if (rows.integer(kSessionColumn) == sessionId)
            readTrial(rows, task, nextRecord(into, used));
    into.resize(used);
    if (!rows.ok())
        return m_db.dialect().classify(rows.error(), what, m_db.location());
    rows.reset(); // ends its read of the file
    return {};
}

SqliteStatement &TrialRepository::prepared(std::unique_ptr<SqliteStatement> &statement,
                                           const QString &sql)
{
    if (!statement)
        statement = std::make_unique<SqliteStatement>(m_db.connection(), sql);
    return *statement;
}

Result<int> TrialRepository::markSuperseded(qint64 sessionId, int fromBlock)
{
    auto update = m_db.exec(
        Error::tr("Setting aside the trials of session %1").arg(sessionId),
        QStringLiteral("UPDATE trials SET flags = flags | ? WHERE session_id = ? AND block >= ?"),
        {qint64(Superseded), sessionId, fromBlock});
    if (!update)
        return update.error();
    return update.value().numRowsAffected();
}

Result<qint64> TrialRepository::count()
{
    auto query =
        m_db.exec(Error::tr("Counting trials"), QStringLiteral("SELECT count(*) FROM trials"));
    if (!query)
        return query.error();
    query.value().next();
    return query.value().value(0).toLongLong();
}

} // namespace attend
