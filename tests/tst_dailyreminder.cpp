#include "dailyreminder.h"
#include "stringlist.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace attend;
using testing::strings;

namespace {

// The freedesktop notification service's Notify call, answered from a thread of its own and
// written down.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList calls() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_calls;
    }

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &, int)
    {
        const QMutexLocker lock(&m_mutex);
        m_calls << QStringLiteral("%1 / %2: %3").arg(app, summary, body);
        return 7;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_calls;
};

} // namespace

class TestDailyReminder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theNextReminderIsLaterTodayOrTomorrow_data();
    void theNextReminderIsLaterTodayOrTomorrow();
    void aReminderIsShownOnlyWhenSomethingWaits();
    void theAutostartEntryIsWrittenAndRemoved();

private:
    QProcess m_bus;
    QString m_address;
    QThread m_serviceThread;
};

void TestDailyReminder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // autostart entries go to a test folder
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed (./test.sh installs it)");
    m_bus.start(daemon, strings({"--session", "--nofork", "--print-address=1"}));
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(m_bus.waitForReadyRead(10000));
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    m_serviceThread.start();
}

void TestDailyReminder::cleanupTestCase()
{
    m_serviceThread.quit();
    m_serviceThread.wait();
    m_bus.terminate();
    m_bus.waitForFinished();
}

void TestDailyReminder::theNextReminderIsLaterTodayOrTomorrow_data()
{
    QTest::addColumn<QTime>("now");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("17:30 for 18:00: half an hour") << QTime(17, 30) << QTime(18, 0) << 1'800'000ll;
    QTest::newRow("18:00 for 18:00: tomorrow") << QTime(18, 0) << QTime(18, 0) << 86'400'000ll;
    QTest::newRow("19:00 for 18:00: in 23 hours") << QTime(19, 0) << QTime(18, 0) << 82'800'000ll;
}

void TestDailyReminder::theNextReminderIsLaterTodayOrTomorrow()
{
    QFETCH(QTime, now);
    QFETCH(QTime, at);
    QFETCH(qint64, msecs);
    const QDateTime when(QDate(2026, 11, 30), now, Qt::UTC);
    QCOMPARE(DailyReminder::msecsUntil(when, at), msecs);
}

void TestDailyReminder::aReminderIsShownOnlyWhenSomethingWaits()
{
    QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("service"));
    FakeNotifications notifications;
    notifications.moveToThread(&m_serviceThread);
    QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications,
                                   QDBusConnection::ExportAllSlots));
    QVERIFY(service.registerService(QStringLiteral("org.freedesktop.Notifications")));
    std::optional<QString> waiting;
    DailyReminder reminder(QDBusConnection::connectToBus(m_address, QStringLiteral("client")),
                           [&waiting] { return waiting; });
    QVERIFY(!reminder.remind()); // nothing waiting: nothing shown
    waiting = QStringLiteral("Today's programme is waiting: P01.");
    QVERIFY(reminder.remind());
    QCOMPARE(notifications.calls(),
             strings({"Attend / Attend: Today's programme is waiting: P01."}));
    reminder.setTime(QTime(18, 0));
    QCOMPARE(reminder.time(), std::optional<QTime>(QTime(18, 0)));
    reminder.setTime(std::nullopt); // off
    QVERIFY(!reminder.time());
    service.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("client"));
    QDBusConnection::disconnectFromBus(QStringLiteral("service"));
    // Without a notification service on the bus: not shown, no error.
    DailyReminder lonely(QDBusConnection::connectToBus(m_address, QStringLiteral("lonely")),
                         [&waiting] { return waiting; });
    QVERIFY(!lonely.remind());
    QDBusConnection::disconnectFromBus(QStringLiteral("lonely"));
}

void TestDailyReminder::theAutostartEntryIsWrittenAndRemoved()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                         QStringLiteral("/autostart/attend.desktop");
    QFile::remove(path);
    QString problem;
    QVERIFY(!DailyReminder::autostartOn());
    QVERIFY(DailyReminder::setAutostart(true, QStringLiteral("/opt/my apps/attend"), &problem));
    QVERIFY(DailyReminder::autostartOn());
    QFile entry(path);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QVERIFY(text.contains(QStringLiteral("\nExec=\"/opt/my apps/attend\"\n")));
    QVERIFY(DailyReminder::setAutostart(false, {}, &problem));
    QVERIFY(!QFile::exists(path));
    QVERIFY(problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestDailyReminder)
#include "tst_dailyreminder.moc"
