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

// `input`: what the command reads on its standard input (e.g. a passphrase).
inline CliRun runCli(const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATTEND_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1); // bounded by Qt Test's watchdog, which the sanitizer build lengthens
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The environment of a person whose home (and so the app's settings) is `home`.
inline QProcessEnvironment homeAt(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

} // namespace attend::testing
