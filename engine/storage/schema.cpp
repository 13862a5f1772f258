#include "schema.h"

namespace attend {

namespace {

constexpr char kParticipants[] = R"(CREATE TABLE participants (
                id {id},
                code TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                birth_year INTEGER,
                handedness TEXT CHECK (handedness IN ('left', 'right', 'ambidextrous')),
                notes TEXT NOT NULL DEFAULT '',
                archived_at TEXT))";

// A timing check measures the computer, not a person: its sessions have none.
constexpr char kSessions[] = R"(CREATE TABLE sessions (
                id {id},
                participant_id {int64} REFERENCES participants(id)
                    CHECK (participant_id IS NOT NULL OR exercise = 'timing-check'),
                exercise TEXT NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('assessment', 'training')),
                status TEXT NOT NULL
                    CHECK (status IN ('running', 'completed', 'aborted', 'interrupted')),
                started_at TEXT NOT NULL,
                ended_at TEXT,
                app_version TEXT NOT NULL,
                build_id TEXT NOT NULL,
                parameters_json TEXT NOT NULL DEFAULT '{}',
                platform_json TEXT NOT NULL DEFAULT '{}',
                rng_seed {int64} NOT NULL,
                presentation_path TEXT,
                refresh_mean_ms REAL,
                refresh_sd_ms REAL,
                dropped_frames INTEGER,
                summary_json TEXT))";

constexpr char kTrials[] = R"(CREATE TABLE trials (
                id {id},
                session_id {int64} NOT NULL REFERENCES sessions(id),
                block INTEGER NOT NULL,
                trial_index INTEGER NOT NULL,
                practice INTEGER NOT NULL DEFAULT 0,
                condition TEXT NOT NULL DEFAULT '',
                difficulty REAL NOT NULL DEFAULT 0,
                stimulus_json TEXT NOT NULL DEFAULT '{}',
                requested_onset_ns {int64},
                onset_ns {int64},
                frames_shown INTEGER NOT NULL DEFAULT 0,
                response TEXT NOT NULL DEFAULT '',
                response_ns {int64},
                rt_ms REAL,
                correct INTEGER NOT NULL DEFAULT 0,
                flags INTEGER NOT NULL DEFAULT 0,
                predicted_correct REAL,
                predicted_rt_ms REAL,
                controller_rule TEXT NOT NULL DEFAULT ''))";

constexpr char kModelStates[] = R"(CREATE TABLE model_states (
                participant_id {int64} NOT NULL REFERENCES participants(id),
                exercise TEXT NOT NULL,
                model_version INTEGER NOT NULL,
                weights {blob} NOT NULL,
                trained_on INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (participant_id, exercise)))";

constexpr char kAudit[] = R"(CREATE TABLE audit (
                id {id},
                at TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL DEFAULT '',
                details_json TEXT NOT NULL DEFAULT '{}'))";

// DESIGN.md §3. Times: wall clock as UTC ISO 8601 text for session start/end, monotonic
// nanoseconds relative to the session start for everything within a session ({int64}, as are
// keys and seeds: PostgreSQL's INTEGER would hold 32 bits).
const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> all = {
        // 1: the initial schema.
        {
            QString::fromLatin1(kParticipants),
            QString::fromLatin1(kSessions),
            QString::fromLatin1(kTrials),
            QString::fromLatin1(kModelStates),
            QString::fromLatin1(kAudit),
            // Codes name BIDS folders, which must not collide on case-insensitive file systems.
            QStringLiteral("CREATE UNIQUE INDEX participants_code_nocase ON participants "
                           "(lower(code))"),
            // Charts and exports read a participant's sessions per exercise in time order, and a
            // session's trials in order.
            QStringLiteral("CREATE INDEX sessions_by_participant ON sessions "
                           "(participant_id, exercise, started_at)"),
            QStringLiteral("CREATE INDEX sessions_by_status ON sessions (status)"),
            QStringLiteral("CREATE INDEX trials_by_session ON trials "
                           "(session_id, block, trial_index)"),
        },
        // 2: a UUID for every participant and session, so that the data of several
        // workstations can be merged without collisions (DESIGN.md §3); existing rows get one.
        {
            QStringLiteral("ALTER TABLE participants ADD COLUMN uuid TEXT"),
            QStringLiteral("UPDATE participants SET uuid = {new_uuid}"),
            QStringLiteral("CREATE UNIQUE INDEX participants_by_uuid ON participants (uuid)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN uuid TEXT"),
            QStringLiteral("UPDATE sessions SET uuid = {new_uuid}"),
            QStringLiteral("CREATE UNIQUE INDEX sessions_by_uuid ON sessions (uuid)"),
        },
        // 3: the version of the rules each session's stored measures were computed under
        // (metricsversion.h); empty for sessions stored before it, which are version 1.
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN metrics_version INTEGER"),
        },
        // 4: where an imported session came from (engine/import): the file's name and the
        // SHA-256 of its content, which also tells that a file was imported before. Empty for
        // sessions Attend recorded.
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN source_file TEXT"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN source_sha256 TEXT"),
            QStringLiteral("CREATE INDEX sessions_by_source ON sessions (source_sha256)"),
        },
        // 5: the training programme assigned to a participant (engine/programme); the latest
        // row is the current one, earlier ones stay as the record of changes.
        {
            QStringLiteral("CREATE TABLE programme_assignments (id {id}, "
                           "participant_id {int64} NOT NULL REFERENCES participants(id), "
                           "programme TEXT NOT NULL, "
                           "minutes_per_day INTEGER NOT NULL CHECK (minutes_per_day > 0), "
                           "exercises_json TEXT NOT NULL, assigned_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX programme_assignments_by_participant ON "
                           "programme_assignments (participant_id, id)"),
        },
        // 6: a clinician's notes on a session, and whether a participant wears glasses or
        // contact lenses (with birth year, handedness and notes, only what a clinician records).
        {
            QStringLiteral("ALTER TABLE participants ADD COLUMN vision TEXT "
                           "CHECK (vision IN ('none', 'glasses', 'contact-lenses'))"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
        },
    };
    return all;
}

} // namespace

int Schema::latestVersion()
{
    return static_cast<int>(migrations().size());
}

QStringList Schema::migration(int version)
{
    return migrations().at(static_cast<std::size_t>(version - 1));
}

} // namespace attend
