#include "serverroles.h"

#include "database.h"

namespace attend {

const QStringList &ServerRoles::grants()
{
    // Column lists follow what the repositories write while a session runs (SessionRepository::
    // finish, recordTiming, storeMeasures; TrialRepository::supersede); a workstation reads a
    // participant's code, never the name, notes, birth year, handedness or vision.
    static const QStringList statements = {
        QStringLiteral("REVOKE ALL ON DATABASE \"{db}\" FROM PUBLIC"),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE \"{db}\" TO attend_clinician, "
                       "attend_workstation"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO attend_clinician, attend_workstation"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO "
                       "attend_clinician"),
        QStringLiteral("GRANT SELECT ON attend_schema TO attend_workstation"),
        QStringLiteral("GRANT SELECT (id, code, uuid, created_at, archived_at) ON participants "
                       "TO attend_workstation"),
        QStringLiteral("GRANT SELECT, INSERT ON sessions, trials TO attend_workstation"),
        QStringLiteral("GRANT UPDATE (status, ended_at, summary_json, metrics_version, "
                       "presentation_path, refresh_mean_ms, refresh_sd_ms, dropped_frames) ON "
                       "sessions TO attend_workstation"),
        QStringLiteral("GRANT UPDATE (flags) ON trials TO attend_workstation"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE ON model_states TO attend_workstation"),
        QStringLiteral("GRANT SELECT ON programme_assignments TO attend_workstation"),
        QStringLiteral("GRANT INSERT ON audit TO attend_workstation"),
    };
    return statements;
}

Result<bool> ServerRoles::roleExists(Database &db, const char *role)
{
    auto found =
        db.exec(Error::tr("Looking up the role %1").arg(QLatin1String(role)),
                QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {QLatin1String(role)});
    if (!found)
        return found.error();
    return found.value().next();
}

Result<void> ServerRoles::init(Database &db)
{
    if (!db.isServer())
        return Error(Error::Kind::InvalidInput,
                     Error::tr("%1 is an SQLite file; server roles are for a PostgreSQL "
                               "database (postgresql://…).")
                         .arg(db.location()),
                     db.location());
    auto name = db.exec(Error::tr("Reading the database's name"),
                        QStringLiteral("SELECT current_database()"));
    if (!name)
        return name.error();
    name.value().next();
    const QString database = name.value().value(0).toString();
    return db.transaction([&]() -> Result<void> {
        // Roles belong to the whole server: made once, kept for its other databases.
        for (const char *role : {kClinician, kWorkstation}) {
            auto exists = roleExists(db, role);
            if (!exists)
                return exists.error();
            if (exists.value())
                continue;
            auto made = db.exec(Error::tr("Creating the role %1").arg(QLatin1String(role)),
                                QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(QLatin1String(role)));
            if (!made && made.error().kind() == Error::Kind::AccessDenied)
                return Error(Error::Kind::AccessDenied,
                             made.error().message() + u' ' +
                                 Error::tr("The database's owner needs the right to create roles "
                                           "(createuser --createrole, docs/clinic.md)."),
                             db.location());
            if (!made)
                return made.error();
        }
        for (QString statement : grants())
            if (auto granted = db.exec(Error::tr("Granting the roles their rights"),
                                       statement.replace(QStringLiteral("{db}"), database));
                !granted)
                return granted.error();
        return {};
    });
}

} // namespace attend
