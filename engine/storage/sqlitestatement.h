#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace attend {

// A statement run through SQLite's own interface on the handle of an open Qt SQLite connection,
// for reads of every trial: QSqlQuery copies each field into a QVariant (text through UTF-16),
// most of the reading time of an export of a million trials. Columns and bindings count from 0,
// as QSqlQuery's do.
class SqliteStatement
{
public:
    // Whether `db` is an open SQLite connection this class can run statements on.
    static bool canRun(const QSqlDatabase &db);

    // Prepares `sql` on `db` (which canRun); ok() says whether that worked.
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_code == 0; }
    // The last failure as the Qt driver would report it (its native code is SQLite's extended
    // result code), for Dialect::classify.
    QSqlError error() const;

    // Makes a statement that ran (or failed) ready to run again, its bindings cleared; a
    // statement that could not be prepared stays failed.
    void reset();
    void bind(int index, std::int64_t value);
    // Steps to the next row: true with a row; false at the end or on a failure (ok() tells).
    bool next();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    // UTF-8, empty for NULL; valid until the statement steps or is reset.
    std::string_view text(int column) const;

private:
    void fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_code = 0; // SQLITE_OK, or the failure
    bool m_prepared = false;
    QString m_message;
};

} // namespace attend
