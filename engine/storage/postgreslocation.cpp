#include "postgreslocation.h"

#include <algorithm>

#include <QUrl>
#include <QUrlQuery>

namespace attend {

namespace {

// The libpq keywords a URL may carry (PostgreSQL 15 documentation, §34.1.2 "Parameter Key
// Words"); host and port are the URL's own parts, a password never is.
const QStringList &passedKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("tcp_user_timeout"),
    };
    return keywords;
}

Error invalid(const QString &location, const QString &why)
{
    // Without its password, which must not reach the screen or a log.
    QUrl shown(location);
    shown.setPassword({});
    QUrlQuery query(shown);
    query.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(query);
    const QString safe = shown.toString(QUrl::PrettyDecoded);
    return Error(Error::Kind::InvalidInput,
                 Error::tr("%1 is not a usable PostgreSQL location: %2").arg(safe, why), safe);
}

} // namespace

bool PostgresLocation::isUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

Result<PostgresLocation> PostgresLocation::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isUrl(location))
        return invalid(location, url.errorString());
    if (!url.password().isEmpty())
        return invalid(location, Error::tr("it holds a password. Put the password in ~/.pgpass "
                                           "or the PGPASSWORD variable instead."));
    PostgresLocation l;
    l.host = url.host();
    l.user = url.userName();
    if (url.port() != -1)
        l.port = url.port();
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(u'/'))
        return invalid(location, Error::tr("it names no database (…/dbname)."));
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") {
            l.host = value;
        } else if (key == u"port" && value.toInt() > 0 && value.toInt() < 65536) {
            l.port = value.toInt();
        } else if (key == u"password") {
            return invalid(location, Error::tr("it holds a password. Put the password in "
                                               "~/.pgpass or the PGPASSWORD variable instead."));
        } else if (passedKeywords().contains(key) && !value.contains(u';')) {
            l.options << key + u'=' + value;
        } else {
            return invalid(location,
                           Error::tr("it has an unknown or malformed setting \"%1\".").arg(key));
        }
    }
    return l;
}

QString PostgresLocation::url() const
{
    // Written out by hand: QUrl drops the empty authority of "postgresql:///db?host=/socket".
    const auto encoded = [](const QString &part) {
        return QString::fromUtf8(QUrl::toPercentEncoding(part));
    };
    const bool socket = host.startsWith(u'/');
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + u'@';
    if (!socket)
        text += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (port && !socket)
        text += u':' + QString::number(*port);
    text += u'/' + encoded(database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + host;
    if (port && socket)
        query << QStringLiteral("port=") + QString::number(*port);
    query << options;
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString PostgresLocation::connectOptions() const
{
    // Without one, libpq waits for a host that does not answer as long as the system does
    // (minutes): a session trying its server again must not.
    const bool timeout = std::any_of(options.begin(), options.end(), [](const QString &o) {
        return o.startsWith(QStringLiteral("connect_timeout="));
    });
    return (timeout ? options
                    : options +
                          QStringList{
                              QStringLiteral("connect_timeout=%1").arg(kDefaultConnectTimeoutS)})
        .join(u';');
}

} // namespace attend
