#pragma once

#include <QDBusConnection>
#include <QString>
#include <optional>

namespace attend {

// Keeps the screen from blanking or locking while a session runs: the freedesktop ScreenSaver
// Inhibit call over D-Bus (org.freedesktop.ScreenSaver), released at the end. Where there is no
// session bus, or no screen saver on it, it does nothing.
class ScreenSaverInhibitor
{
public:
    explicit ScreenSaverInhibitor(QDBusConnection bus) : m_bus(std::move(bus)) {}
    ~ScreenSaverInhibitor() { release(); }
    ScreenSaverInhibitor(const ScreenSaverInhibitor &) = delete;
    ScreenSaverInhibitor &operator=(const ScreenSaverInhibitor &) = delete;

    // Returns whether the screen saver took the request.
    bool inhibit(const QString &reason);
    void release();
    bool inhibited() const { return m_cookie.has_value(); }

private:
    QDBusConnection m_bus;
    std::optional<uint> m_cookie;
};

} // namespace attend
