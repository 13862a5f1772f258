#pragma once

// What a test of attend-cli works in: a temporary folder, and a database of its own (an SQLite
// file, or a database on the PostgreSQL test server: tests/teststore.h).

#include "teststore.h"

#include <QStringList>
#include <QTemporaryDir>

namespace attend::testing {

struct CliDatabase
{
    QTemporaryDir dir;
    TestStore store;
    QString path = store.location(QStringLiteral("cli.sqlite"));

    // `args` on this database.
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), path} + args;
    }
};

} // namespace attend::testing
