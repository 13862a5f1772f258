#pragma once

// A QStringList from plain literals (the project builds with QT_NO_CAST_FROM_ASCII).

#include <QStringList>
#include <initializer_list>

namespace attend::testing {

inline QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}

} // namespace attend::testing
