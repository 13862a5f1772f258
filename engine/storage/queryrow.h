#pragma once

#include <QSqlQuery>
#include <QVariant>
#include <string>

namespace attend {

// The current row of a QSqlQuery with SqliteStatement's accessors, so that one function reads a
// row from either (a repository reads SQLite files through SqliteStatement, servers through Qt).
struct QueryRow
{
    const QSqlQuery &q;
    bool isNull(int column) const { return q.isNull(column); }
    qint64 integer(int column) const { return q.value(column).toLongLong(); }
    double real(int column) const { return q.value(column).toDouble(); }
    std::string text(int column) const { return q.value(column).toString().toStdString(); }
};

} // namespace attend
