#pragma once

// What a command left on disk, for tests that a file was not touched.

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <map>

namespace attend::testing {

inline QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The database at `path` with its side files, each file's name and content. `index`: with the
// WAL's index (-shm), which every reader writes its read mark into.
inline std::map<QString, QByteArray> filesOf(const QString &path, bool index = true)
{
    std::map<QString, QByteArray> out;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (!index && suffix == u"-shm") {
            out[suffix] = QFileInfo::exists(path + suffix) ? "there" : "";
            continue;
        }
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            out[suffix] = f.readAll();
    }
    return out;
}

} // namespace attend::testing
