#include "dailyreminder.h"
#include "privatebus.h"
#include "stringlist.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace attend;
using testing::strings;

namespace {

// The freedesktop notification service's Notify call, answered and written down.
class FakeNotifications : public testing::RecordingService
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &, int)
    {
        record(QStringLiteral("%1 / %2: %3").arg(app, summary, body));
        return 7;
    }
};

} // namespace

class TestDailyReminder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theNextReminderIsLaterTodayOrTomorrow_data();
    void theNextReminderIsLaterTodayOrTomorrow();
    void aReminderIsShownOnlyWhenSomethingWaits();
    void theAutostartEntryIsWrittenAndRemoved();

private:
    testing::PrivateBus m_bus;
    QString m_address;
};

void TestDailyReminder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // autostart entries go to a test folder
    if (!m_bus.start())
        QSKIP("no private D-Bus (./test.sh installs dbus-daemon)");
    m_address = m_bus.address();
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
    notifications.moveToThread(m_bus.serviceThread());
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
