#pragma once

// Helpers for tests of D-Bus clients: a private session bus of their own (the desktop's is never
// touched) and a fake service that writes down every call it answers.

#include <QMutex>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

namespace attend::testing {

// A dbus-daemon for the test's lifetime, with a thread for fake services to answer from (a
// blocking call from the test's own thread would otherwise wait for itself).
class PrivateBus
{
public:
    PrivateBus() = default;
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;
    ~PrivateBus()
    {
        m_serviceThread.quit();
        m_serviceThread.wait();
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }

    // False when dbus-daemon is not installed (./test.sh installs it) or does not start.
    bool start()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return false;
        m_daemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted() || !m_daemon.waitForReadyRead(10000))
            return false;
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        m_serviceThread.start();
        return !m_address.isEmpty();
    }
    QString address() const { return m_address; }
    QThread *serviceThread() { return &m_serviceThread; }

private:
    QProcess m_daemon;
    QString m_address;
    QThread m_serviceThread;
};

// A fake service's record of the calls it answered, safe to read from the test's thread.
class RecordingService : public QObject
{
public:
    QStringList calls() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_calls;
    }

protected:
    void record(const QString &call)
    {
        const QMutexLocker lock(&m_mutex);
        m_calls << call;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_calls;
};

} // namespace attend::testing
