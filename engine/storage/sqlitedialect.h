#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

class QSqlError;

namespace attend::sqlite {

// Everything that is particular to SQLite lives here, so that a second backend only adds a
// sibling of this file (DESIGN.md §3: portable SQL elsewhere).

QString connectOptions(int busyTimeoutMs, bool readOnly);

// Rewrites the portable schema's type placeholders into SQLite's types.
QString adaptDdl(QString ddl);

// foreign_keys=ON, journal_mode=WAL, synchronous=FULL (DESIGN.md §2).
Result<void> configure(QSqlDatabase &db, const QString &path, bool durableCommits);

Result<int> userVersion(QSqlDatabase &db, const QString &path);
Result<void> setUserVersion(QSqlDatabase &db, int version, const QString &path);

// Reads the file's header through a read-only connection: tells "not a database", "locked",
// "corrupt" and the schema version apart without writing a byte.
Result<int> probeVersion(const QString &path, int busyTimeoutMs);

// PRAGMA integrity_check: "ok" or the list of problems SQLite reports.
Result<QStringList> integrityCheck(QSqlDatabase &db, const QString &path);

// Turns a driver error into a Error whose message names the operation and the file.
Error classify(const QSqlError &error, const QString &what, const QString &path);

} // namespace attend::sqlite
