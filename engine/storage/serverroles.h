#pragma once

#include "result.h"

#include <QStringList>

namespace attend {

class Database;

// The two roles of a clinic's PostgreSQL server (issue #23, docs/clinic.md): attend_clinician
// may do everything Attend does; attend_workstation may run sessions — add sessions and trials,
// keep the model's state, read participant codes — but not read names or what a clinician
// recorded about a person, add or archive participants, or export. The server enforces both,
// so the clinician lock rests on the server's log-in, not on a local settings file.
class ServerRoles
{
public:
    static constexpr char kClinician[] = "attend_clinician";
    static constexpr char kWorkstation[] = "attend_workstation";

    // The statements `init` runs after the schema is made; {db} is the database's name. Shown
    // as they are in docs/clinic.md.
    static const QStringList &grants();
    // Makes the schema (when missing) and the roles with their rights on this database; may be
    // run again (after an upgrade, rights on new tables). Only on PostgreSQL, by the database's
    // owner.
    static Result<void> init(Database &db);

private:
    // Its query is gone when this returns: a statement still prepared when a later one fails
    // cannot be freed in the aborted transaction (and the driver says so on stderr).
    static Result<bool> roleExists(Database &db, const char *role);
};

} // namespace attend
