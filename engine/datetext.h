#pragma once

#include <QDateTime>
#include <QString>

namespace attend {

// A date and time for people, in every window, report and message: ISO 8601 in local time
// (2026-11-28 21:20), read the same way in both languages and in every country — a clinic's
// "11/12/26" would not be.
inline QString dateText(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace attend
