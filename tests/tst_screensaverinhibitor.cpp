#include "privatebus.h"
#include "screensaverinhibitor.h"
#include "stringlist.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QTest>

using namespace attend;
using testing::strings;

namespace {

const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");

// The freedesktop screen saver's two calls, answered and written down.
class FakeScreenSaver : public testing::RecordingService
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason)
    {
        record(QStringLiteral("Inhibit %1: %2").arg(application, reason));
        return 41;
    }
    void UnInhibit(uint cookie) { record(QStringLiteral("UnInhibit %1").arg(cookie)); }
};

} // namespace

class TestScreenSaverInhibitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theScreenSaverIsInhibitedAndReleasedOnce();
    void withoutAScreenSaverOnTheBusNothingIsAsked();
    void withoutABusNothingHappens();

private:
    testing::PrivateBus m_bus;
    QString m_address;
};

void TestScreenSaverInhibitor::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("attend"));
    if (!m_bus.start())
        QSKIP("no private D-Bus (./test.sh installs dbus-daemon)");
    m_address = m_bus.address();
}

void TestScreenSaverInhibitor::theScreenSaverIsInhibitedAndReleasedOnce()
{
    QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("service"));
    QVERIFY(service.isConnected());
    FakeScreenSaver saver;
    saver.moveToThread(m_bus.serviceThread());
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
