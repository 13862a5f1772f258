#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace attend {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    // Qt's SQLite driver gives its connection as a QVariant holding "sqlite3*" (Qt's
    // documentation, QSqlDriver::handle()).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool SqliteStatement::canRun(const QSqlDatabase &db)
{
    return db.isOpen() && handleOf(db) != nullptr;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql) : m_db(handleOf(db))
{
    if (!m_db) {
        m_code = SQLITE_MISUSE;
        m_message = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (const int code =
            sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr);
        code != SQLITE_OK)
        fail(code);
    m_prepared = ok();
}

void SqliteStatement::reset()
{
    if (!m_prepared)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_code = SQLITE_OK;
    m_message.clear();
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(int code)
{
    m_code = sqlite3_extended_errcode(m_db);
    if (m_code == SQLITE_OK)
        m_code = code;
    m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
}

QSqlError SqliteStatement::error() const
{
    return ok() ? QSqlError()
                : QSqlError(QString(), m_message, QSqlError::StatementError,
                            QString::number(m_code));
}

void SqliteStatement::bind(int index, std::int64_t value)
{
    if (!ok())
        return;
    if (const int code = sqlite3_bind_int64(m_statement, index + 1, value); code != SQLITE_OK)
        fail(code);
}

bool SqliteStatement::next()
{
    if (!ok())
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string_view SqliteStatement::text(int column) const
{
    const auto *bytes = sqlite3_column_text(m_statement, column);
    return bytes ? std::string_view(reinterpret_cast<const char *>(bytes),
                                    std::size_t(sqlite3_column_bytes(m_statement, column)))
                 : std::string_view();
}

} // namespace attend
