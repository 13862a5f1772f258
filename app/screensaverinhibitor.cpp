#include "screensaverinhibitor.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace attend {

namespace {

const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
// A screen saver that does not answer must not hold up the session's start.
constexpr int kTimeoutMs = 1000;

QDBusMessage call(const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kService, method);
    message.setArguments(arguments);
    return message;
}

} // namespace

bool ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_cookie)
        return true;
    if (!m_bus.isConnected() || !m_bus.interface() ||
        !m_bus.interface()->isServiceRegistered(kService).value())
        return false;
    const QDBusMessage reply = m_bus.call(
        call(QStringLiteral("Inhibit"), {QCoreApplication::applicationName(), reason}),
        QDBus::Block, kTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    m_cookie = reply.arguments().constFirst().toUInt();
    return true;
}

void ScreenSaverInhibitor::release()
{
    if (!m_cookie)
        return;
    m_bus.call(call(QStringLiteral("UnInhibit"), {*m_cookie}), QDBus::Block, kTimeoutMs);
    m_cookie.reset();
}

} // namespace attend
