#pragma once

// Where a test's databases live (issue #23: the storage tests run against both stores). By
// default SQLite files in a temporary folder; when ATTEND_TEST_POSTGRES names the information
// folder of the throwaway server tests/postgres/pgserver.sh started (ctest's `postgres`
// fixture), fresh databases on that server instead, dropped when the store goes.

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace attend::testing {

class TestStore
{
public:
    TestStore()
    {
        const QString info = qEnvironmentVariable("ATTEND_TEST_POSTGRES");
        if (info.isEmpty())
            return;
        QFile url(info + QStringLiteral("/url"));
        if (!url.open(QIODevice::ReadOnly))
            qFatal("ATTEND_TEST_POSTGRES=%s holds no url: is the test server running?",
                   qPrintable(info));
        m_server = QUrl(QString::fromUtf8(url.readAll().trimmed()));
        // libpq (also in attend-cli started by a test) reads the password from here.
        qputenv("PGPASSFILE", (info + QStringLiteral("/pgpass")).toLocal8Bit());
    }
    ~TestStore()
    {
        for (const QString &name : std::as_const(m_created))
            admin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        QSqlDatabase::removeDatabase(QStringLiteral("attend-test-admin"));
    }
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    bool isPostgres() const { return !m_server.isEmpty(); }
    // A folder for the test's other files.
    QString folder() const { return m_dir.path(); }
    // A new, empty database: a file named `name` in the folder, or a new database on the
    // server. Empty when the server refuses.
    QString location(const QString &name)
    {
        if (!isPostgres())
            return m_dir.filePath(name);
        const QString database =
            QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(20));
        if (!admin(QStringLiteral("CREATE DATABASE \"%1\"").arg(database)))
            return {};
        m_created << database;
        QUrl url = m_server;
        url.setPath(u'/' + database);
        return url.toString(QUrl::PrettyDecoded);
    }
    // The server's maintenance database (only with PostgreSQL).
    QString serverLocation() const { return m_server.toString(QUrl::PrettyDecoded); }

private:
    bool admin(const QString &sql)
    {
        const QString name = QStringLiteral("attend-test-admin");
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            const QUrlQuery query(m_server);
            db.setHostName(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            db.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
            db.setDatabaseName(m_server.path().mid(1));
            db.setUserName(m_server.userName());
            if (!db.open()) {
                qWarning("test server: %s", qPrintable(db.lastError().text()));
                return false;
            }
        }
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        // The server may have restarted under a test (tst_serverroles): once more, anew.
        db.close();
        if (db.open() && QSqlQuery(db).exec(sql))
            return true;
        qWarning("test server: %s", qPrintable(query.lastError().text()));
        return false;
    }

    QTemporaryDir m_dir;
    QUrl m_server;
    QStringList m_created;
};

} // namespace attend::testing
