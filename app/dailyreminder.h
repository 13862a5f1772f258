#pragma once

#include <QDBusConnection>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace attend {

// The optional daily reminder of a programme (docs/programme.md): at the chosen time, while
// Attend is running, one desktop notification (org.freedesktop.Notifications) if today's plan
// still has work — once a day, never repeated, nothing when the desktop has no notification
// service. Off by default; what is waiting is asked of `pending` when the time comes.
class DailyReminder : public QObject
{
    Q_OBJECT
public:
    // The text to show, or none when nothing is waiting today.
    using Pending = std::function<std::optional<QString>()>;

    DailyReminder(QDBusConnection bus, Pending pending, QObject *parent = nullptr);

    // Arms the reminder for `at` each day (none: off).
    void setTime(std::optional<QTime> at);
    std::optional<QTime> time() const { return m_at; }
    // Milliseconds from `now` to the next `at` (later today, else tomorrow).
    static qint64 msecsUntil(const QDateTime &now, QTime at);
    // Shows the notification now if something is waiting; whether it was shown.
    bool remind();

    // A login autostart entry (XDG autostart: ~/.config/autostart/attend.desktop) that starts
    // `program`, so the reminder comes without opening Attend first; false with a reason.
    static bool setAutostart(bool on, const QString &program, QString *problem);
    static bool autostartOn();

private:
    void arm();

    QDBusConnection m_bus;
    Pending m_pending;
    std::optional<QTime> m_at;
    QTimer m_timer;
};

} // namespace attend
