#include "screensaverinhibitor.h"
#include "stringlist.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace attend;
using testing::strings;

namespace {

const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");

// The freedesktop screen saver's two calls, answered from a thread of its own (a blocking call
// from the test's thread would otherwise wait for itself), each written down.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QStringList calls() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_calls;
    }

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason)
    {
        const QMutexLocker lock(&m_mutex);
        m_calls << QStringLiteral("Inhibit %1: %2").arg(application, reason);
        return 41;
    }
    void UnInhibit(uint cookie)
    {
        const QMutexLocker lock(&m_mutex);
        m_calls << QStringLiteral("UnInhibit %1").arg(cookie);
    }

private:
    mutable QMutex m_mutex;
    QStringList m_calls;
};

} // namespace

class TestScreenSaverInhibitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theScreenSaverIsInhibitedAndReleasedOnce();
    void withoutAScreenSaverOnTheBusNothingIsAsked();
    void withoutABusNothingHappens();

private:
    QProcess m_bus;
    QString m_address;
    QThread m_serviceThread;
};

void TestScreenSaverInhibitor::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("attend"));
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed (./test.sh installs it)");
    // A private session bus: the test never touches the desktop's.
    m_bus.start(daemon, strings({"--session", "--nofork", "--print-address=1"}));
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(m_bus.waitForReadyRead(10000));
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
    m_serviceThread.start();
}

void TestScreenSaverInhibitor::cleanupTestCase()
{
    m_serviceThread.quit();
    m_serviceThread.wait();
    m_bus.terminate();
    m_bus.waitForFinished();
}

void TestScreenSaverInhibitor::theScreenSaverIsInhibitedAndReleasedOnce()
{
    QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("service"));
    QVERIFY(service.isConnected());
    FakeScreenSaver saver;
    saver.moveToThread(&m_serviceThread);
    QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &saver,
                                   QDBusConnection::ExportAllSlots));
    QVERIFY(service.registerService(kService));
    {
        ScreenSaverInhibitor inhibitor(
            QDBusConnection::connectToBus(m_address, QStringLiteral("client")));
        QVERIFY(inhibitor.inhibit(QStringLiteral("A session is running")));
        QVERIFY(inhibitor.inhibited());
        QVERIFY(inhibitor.inhibit(QStringLiteral("again"))); // held already: not asked twice
        inhibitor.release();
        QVERIFY(!inhibitor.inhibited());
        inhibitor.release();
        QVERIFY(inhibitor.inhibit(QStringLiteral("A second session")));
    } // the destructor releases the second
    QCOMPARE(saver.calls(), strings({"Inhibit attend: A session is running", "UnInhibit 41",
                                     "Inhibit attend: A second session", "UnInhibit 41"}));
    service.unregisterService(kService);
    service.unregisterObject(QStringLiteral("/org/freedesktop/ScreenSaver"));
    QDBusConnection::disconnectFromBus(QStringLiteral("client"));
    QDBusConnection::disconnectFromBus(QStringLiteral("service"));
}

void TestScreenSaverInhibitor::withoutAScreenSaverOnTheBusNothingIsAsked()
{
    ScreenSaverInhibitor inhibitor(
        QDBusConnection::connectToBus(m_address, QStringLiteral("lonely")));
    QVERIFY(!inhibitor.inhibit(QStringLiteral("A session is running")));
    QVERIFY(!inhibitor.inhibited());
    QDBusConnection::disconnectFromBus(QStringLiteral("lonely"));
}

void TestScreenSaverInhibitor::withoutABusNothingHappens()
{
    ScreenSaverInhibitor inhibitor(QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/attend-test-bus"), QStringLiteral("none")));
    QVERIFY(!inhibitor.inhibit(QStringLiteral("A session is running")));
    QVERIFY(!inhibitor.inhibited());
}

QTEST_GUILESS_MAIN(TestScreenSaverInhibitor)
#include "tst_screensaverinhibitor.moc"
