#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace attend {

// Reads an SQLite database's write-ahead log and its index as files, without SQLite and without
// changing them, and says what SQLite itself would silently drop (https://www.sqlite.org/
// fileformat2.html, "The Write-Ahead Log"): frames of the current log whose checksum fails or
// that a cut ends in the middle of, and a log shorter than its index says (or missing). SQLite
// replays a log only up to its last valid commit, so the committed changes after such damage
// are lost; `attend-cli check` reports them before anything opens the file.
class SqliteWalCheck
{
    Q_DECLARE_TR_FUNCTIONS(SqliteWalCheck)

public:
    // The problems found, a sentence each; none for a sound log or no log at all.
    static QStringList problems(const QString &databasePath);
};

} // namespace attend
