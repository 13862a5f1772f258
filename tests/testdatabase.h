#pragma once

// Helpers shared by the storage tests: a fresh database in a temporary folder.

#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

namespace attend::testing {

inline std::unique_ptr<Database> openOrFail(const QString &path, Database::Options options = {})
{
    auto opened = Database::open(path, options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message()));
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace attend::testing
