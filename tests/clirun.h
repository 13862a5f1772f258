#pragma once

// attend-cli run by a test (ATTEND_CLI, the built program): its exit code and what it wrote.

#include <QProcess>
#include <QStringList>

namespace attend::testing {

struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATTEND_CLI), args);
    p.closeWriteChannel();
    p.waitForFinished(-1); // bounded by Qt Test's watchdog, which the sanitizer build lengthens
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace attend::testing
