#include "dailyreminder.h"

#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QVariantMap>

namespace attend {

namespace {

QString autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/attend.desktop");
}

} // namespace

DailyReminder::DailyReminder(QDBusConnection bus, Pending pending, QObject *parent)
    : QObject(parent), m_bus(std::move(bus)), m_pending(std::move(pending))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // a reminder, not a stimulus
    connect(&m_timer, &QTimer::timeout, this, [this] {
        remind();
        arm(); // tomorrow's
    });
}

void DailyReminder::setTime(std::optional<QTime> at)
{
    m_at = at;
    arm();
}

void DailyReminder::arm()
{
    m_timer.stop();
    if (m_at)
        m_timer.start(int(msecsUntil(QDateTime::currentDateTime(), *m_at)));
}

qint64 DailyReminder::msecsUntil(const QDateTime &now, QTime at)
{
    QDateTime next(now.date(), at, now.timeSpec());
    if (next <= now)
        next = next.addDays(1);
    return now.msecsTo(next);
}

bool DailyReminder::remind()
{
    const std::optional<QString> text = m_pending ? m_pending() : std::nullopt;
    if (!text || !m_bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("Attend") << uint(0) << QStringLiteral("attend") << tr("Attend") << *text
         << QStringList() << QVariantMap() << int(-1);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, 1000);
    return reply.type() == QDBusMessage::ReplyMessage;
}

bool DailyReminder::setAutostart(bool on, const QString &program, QString *problem)
{
    const QString path = autostartPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *problem = tr("Could not remove %1.").arg(path);
            return false;
        }
        return true;
    }
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *problem = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Quoted as the Desktop Entry specification asks for a path with spaces.
    const QString exec = QStringLiteral("\"%1\"").arg(program);
    file.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Attend\n"
                              "Comment=%1\nExec=%2\nIcon=attend\nTerminal=false\n"
                              "X-GNOME-Autostart-enabled=true\n")
                   .arg(tr("Attention training: the daily reminder of a programme"), exec)
                   .toUtf8());
    if (!file.flush()) {
        *problem = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DailyReminder::autostartOn()
{
    return QFile::exists(autostartPath());
}

} // namespace attend
